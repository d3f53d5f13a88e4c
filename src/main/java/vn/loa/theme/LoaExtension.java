package vn.loa.theme;

import vn.loa.text.Json;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import vn.loa.index.UnitNames;
import vn.loa.render.RelativeUrls;
import vn.loa.text.Vietnamese;
import vn.loa.text.VietnameseDates;

/**
 * What Loa adds to Pebble: {@code url('/tin-tuc/')} makes a link relative to the page being
 * written, {@code asset('/css/loa.css')} makes one to a stylesheet or script under its
 * fingerprinted name ({@link Assets}), {@code abs_url} makes it absolute with the site's base URL, and filters write dates
 * the Vietnamese way ({@code vn_date}: Thứ Sáu, 17/5/2024); {@code unit_slug} gives the slug of a
 * unit's archive page ({@code /don-vi/<slug>/}), empty for a name without letters. It also
 * replaces Pebble's {@code range} and its looping and calling tags with guarded ones
 * ({@link BoundedRange}, {@link GuardedTags}), so that a template cannot hang or overflow.
 */
final class LoaExtension extends AbstractExtension {

    /** The context variable holding the site-absolute URL of the file being rendered. */
    static final String PAGE_URL = "page_url";

    /**
     * The context variable that makes {@code url()} absolute: set for the 404 page, which a server
     * sends for a missing address at any depth, where relative links would not resolve.
     */
    static final String ABSOLUTE_LINKS = "absolute_links";

    private final RelativeUrls urls;
    private final String baseUrl;
    private final ZoneId zone;
    private final Assets assets;

    LoaExtension(RelativeUrls urls, String baseUrl, ZoneId zone, Assets assets) {
        this.urls = urls;
        this.assets = assets;
        this.baseUrl = baseUrl;
        this.zone = zone;
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of(
                "url", new OneArgFunction("path", this::url),
                "asset", new OneArgFunction("path", (path, ctx) -> url(assets.published(path), ctx)),
                "abs_url", new OneArgFunction("path", (path, ctx) -> absolute(path)),
                "range", new BoundedRange());
    }

    /** Pebble's looping and calling tags, guarded by the output's {@link RenderBudget}. */
    @Override
    public List<TokenParser> getTokenParsers() {
        return GuardedTags.parsers();
    }

    private String url(String path, EvaluationContext ctx) {
        return Boolean.TRUE.equals(ctx.getVariable(ABSOLUTE_LINKS)) && baseUrl != null
                ? absolute(path) : urls.relative((String) ctx.getVariable(PAGE_URL), path);
    }

    String absolute(String path) {
        if (baseUrl == null || !RelativeUrls.isSiteAbsolute(path)) {
            return path;
        }
        return baseUrl + path.substring(1);
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "vn_date", dateFilter(VietnameseDates::fullDate),
                "short_date", dateFilter(VietnameseDates::shortDate),
                "long_date", dateFilter(VietnameseDates::longDate),
                "iso_date", dateFilter(LocalDate::toString),
                "weekday", dateFilter(d -> VietnameseDates.weekday(d.getDayOfWeek())),
                "hhmm", new SimpleFilter(v -> v instanceof LocalTime t ? VietnameseDates.time(t)
                        : v instanceof LocalDateTime dt ? VietnameseDates.time(dt.toLocalTime()) : null),
                "rfc3339", new SimpleFilter(v -> rfc3339(v)),
                "json", new SimpleFilter(v -> Json.write(v)),
                "slugify", new SimpleFilter(v -> v == null ? null : Vietnamese.slugify(v.toString())),
                "unit_slug", new SimpleFilter(v -> v == null ? "" : UnitNames.slug(v.toString())));
    }

    private String rfc3339(Object v) {
        if (v == null) {
            return null;
        }
        LocalDateTime dt = v instanceof LocalDate d ? d.atStartOfDay() : (LocalDateTime) v;
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dt.atZone(zone).toOffsetDateTime().withNano(0));
    }

    private static Filter dateFilter(java.util.function.Function<LocalDate, String> f) {
        return new SimpleFilter(v -> {
            if (v == null) {
                return null;
            }
            if (v instanceof LocalDate d) {
                return f.apply(d);
            }
            if (v instanceof LocalDateTime dt) {
                return f.apply(dt.toLocalDate());
            }
            if (v instanceof TemporalAccessor t) {
                return f.apply(LocalDate.from(t));
            }
            return v.toString();
        });
    }

    private record SimpleFilter(java.util.function.Function<Object, Object> f) implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
            return f.apply(input);
        }
    }

    private record OneArgFunction(String name, java.util.function.BiFunction<String, EvaluationContext, String> f) implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of(name);
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
            Object v = args.get(name);
            return v == null ? null : f.apply(v.toString(), context);
        }
    }
}

package vn.loa.theme;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.loa.Key;
import vn.loa.index.Event;
import vn.loa.index.Site;
import vn.loa.load.SiteConfig;
import vn.loa.render.RelativeUrls;

/**
 * The theme stage: compiles the theme's templates once, declares every file of the site with the
 * key of what it reads ({@link OutputPlan}), and renders a file through its template with a fresh
 * context when the engine asks for its bytes.
 */
public final class SiteRenderer {

    static final List<String> TEMPLATES = List.of("home.peb", "plan.peb", "news.peb", "page.peb", "list.peb",
            "tags.peb", "tag.peb", "404.peb", "campaigns.peb", "campaign.peb", "campaign-year.peb", "printable-week.peb", "event.peb",
            "atom.peb", "sitemap.peb", "robots.peb", "years.peb", "year.peb", "units.peb", "unit.peb", "search.peb");

    private final PebbleEngine engine;
    private final Map<String, PebbleTemplate> templates = new HashMap<>();
    private final Theme theme;
    private final LoaExtension extension;
    private final boolean offline;
    private final String baseUrl;
    private final RelativeUrls urls;
    private final ZoneId zone;
    private final TemplateKeys templateKeys;
    private final Assets assets;
    private Site linksOf;
    private vn.loa.index.EventLinks links;
    private volatile WrittenOutput written = WrittenOutput.NONE;

    public SiteRenderer(Theme theme, SiteConfig config, boolean offline, boolean strict) {
        this.theme = theme;
        this.offline = offline;
        this.baseUrl = config.baseUrl();
        this.urls = new RelativeUrls(offline);
        this.zone = config.timeZone();
        this.assets = new Assets(theme.staticFiles());
        this.extension = new LoaExtension(urls, config.baseUrl(), config.timeZone(), assets);
        this.engine = new PebbleEngine.Builder()
                .loader(theme.loader())
                .extension(extension)
                .autoEscaping(true)
                .addEscapingStrategy(HtmlEscaping.NAME, new HtmlEscaping())
                .strictVariables(strict)
                .newLineTrimming(true)
                .defaultLocale(vn.loa.text.Vietnamese.LOCALE)
                .maxRenderedSize(RenderGuard.maxRenderedChars())
                .build();
        this.templateKeys = new TemplateKeys(theme.loader(), assets);
        for (String name : TEMPLATES) {
            templates.put(name, RenderGuard.compile(theme, engine, name));
        }
    }

    /** Every file of the site, keyed from the pages' values; for a plan nobody keeps ({@code loa check}). */
    public List<Output> plan(Site site) {
        return plan(site, PageKeys.DIGEST, "");
    }

    /**
     * Every file of the site except the content's own files, which the loader listed.
     *
     * @param keys    the keys of the pages' two parts
     * @param version what else every output depends on (Loa's own version)
     */
    public List<Output> plan(Site site, PageKeys keys, String version) {
        return plan(site, keys, version, vn.loa.image.Photos.NONE);
    }

    /** The same, with the files made of the content's photos ({@link ImageOutputs}) instead of copies of them. */
    public List<Output> plan(Site site, PageKeys keys, String version, vn.loa.image.Photos photos) {
        return plan(site, keys, version, photos, PlanScope.ALL).outputs();
    }

    /**
     * The outputs a scope wants, each as the whole plan declares it, with the kind of each. Safe to
     * call from two threads at once (serve plans the rest of a site while the next save is planned).
     */
    public Planned plan(Site site, PageKeys keys, String version, vn.loa.image.Photos photos, PlanScope scope) {
        Map<String, Object> base = baseContext(site);
        long siteKey = Key.of("site").add(version).addValue(site.config()).addValue(theme.strings()).add(offline)
                .addValue(site.campaigns()).get();
        OutputPlan plan = new OutputPlan(this, site, keys, base, siteKey, photos, scope, lastSummaries);
        plan.kind("search", SearchOutputs::plan);
        plan.kind("home", HomeOutputs::plan);
        plan.kind(PlanScope.PAGE, PageOutputs::plan);
        plan.kind("list", ListOutputs::plan);
        plan.kind("campaign", CampaignOutputs::plan);
        plan.kind(PlanScope.EVENT, EventOutputs::plan);
        plan.kind("calendar", CalendarOutputs::plan);
        plan.kind("archive", ArchiveOutputs::plan);
        plan.kind("feed", FeedOutputs::plan);
        plan.kind("editor", EditorOutputs::plan);
        plan.kind("server", ServerFileOutputs::plan);
        plan.kind("image", ImageOutputs::plan);
        plan.kind("static", p -> theme.staticFiles().forEach((path, src) -> {
            byte[] bytes = assets.has(path) ? assets.bytes(path) : src.bytes();
            p.add(new Output(assets.published(path), Key.of("static").add(Key.bytes(bytes)).get(), () -> bytes));
        }));
        lastSummaries = plan.declared();
        return plan.planned();
    }

    /** The summaries the last plan found, which the next one takes ({@link OutputPlan#summary}). */
    private volatile Map<Object, Long> lastSummaries;

    /**
     * The event links of a site, kept while it is the last site planned: serve plans a site's first
     * outputs, then the rest of it, and after a template edit the same site again.
     */
    synchronized vn.loa.index.EventLinks links(Site site) {
        if (linksOf != site) {
            linksOf = site;
            links = vn.loa.index.EventLinks.of(site, links);
        }
        return links;
    }

    long templateKey(String template, java.time.LocalDate today) {
        return templateKeys.of(template, today);
    }

    String absolute(String path) {
        return extension.absolute(path);
    }

    ZoneId zone() {
        return zone;
    }

    boolean offline() {
        return offline;
    }

    /** Tells the theme what the output holds, so that an output may be made from its files ({@link WrittenOutput}). */
    public void writtenAs(WrittenOutput output) {
        this.written = output;
    }

    WrittenOutput written() {
        return written;
    }

    RelativeUrls urls() {
        return urls;
    }

    /**
     * An event page's absolute URL for calendars (for an event made without a page, the block of
     * the page that states it), or null when the site has no base URL.
     */
    String eventPageUrl(Event e) {
        return baseUrl == null ? null : extension.absolute(e.url() != null ? e.url() : e.sourceUrl());
    }

    /** A link printed in a data file: absolute with a base URL, else relative to the file. */
    String linkFrom(String fileUrl, String target) {
        return baseUrl != null ? extension.absolute(target) : urls.relative(fileUrl, target);
    }

    /** The host of the base URL, which makes event UIDs unique in the world; loa.local without one. */
    String uidDomain() {
        String host = baseUrl == null ? null : java.net.URI.create(baseUrl).getHost();
        return host == null ? "loa.local" : host;
    }

    private Map<String, Object> baseContext(Site site) {
        Map<String, Object> base = new HashMap<>();
        base.put("site", site.config());
        base.put("t", theme.strings());
        base.put("today", site.today());
        base.put("offline", offline);
        base.put("campaign_list", site.campaigns());
        base.values().removeIf(java.util.Objects::isNull);
        return Map.copyOf(base);
    }

    byte[] render(String template, Map<String, Object> ctx) {
        return RenderGuard.render(theme, templates.get(template), template, ctx);
    }
}

package vn.loa.theme;

import vn.loa.text.Json;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.loa.calendar.EventsJson;
import vn.loa.calendar.IcsWriter;
import vn.loa.index.ArchiveEntry;
import vn.loa.index.CampaignYear;
import vn.loa.index.Event;
import vn.loa.index.Site;
import vn.loa.index.Tag;
import vn.loa.index.Unit;
import vn.loa.index.Year;
import vn.loa.load.Campaign;
import vn.loa.load.Section;
import vn.loa.render.RelativeUrls;
import vn.loa.render.RenderedPage;
import vn.loa.search.SearchDoc;
import vn.loa.search.SearchIndex;
import vn.loa.search.SearchPage;
import vn.loa.text.VietnameseDates;

/**
 * The theme stage: decides every file of the site and renders each through its Pebble template
 * with a fresh context. Templates are compiled once; rendering happens later, in parallel, when
 * the write stage asks each {@link Output} for its bytes.
 */
public final class SiteRenderer {

    static final List<String> TEMPLATES = List.of("home.peb", "plan.peb", "news.peb", "page.peb", "list.peb",
            "tags.peb", "tag.peb", "404.peb", "campaigns.peb", "campaign.peb", "campaign-year.peb", "event.peb",
            "atom.peb", "sitemap.peb", "robots.peb", "years.peb", "year.peb", "units.peb", "unit.peb", "search.peb");

    private final PebbleEngine engine;
    private final Map<String, PebbleTemplate> templates = new HashMap<>();
    private final Theme theme;
    private final LoaExtension extension;
    private final boolean offline;
    private final String baseUrl;
    private final RelativeUrls urls;
    private final java.time.ZoneId zone;

    public SiteRenderer(Theme theme, vn.loa.load.SiteConfig config, boolean offline, boolean strict) {
        this.theme = theme;
        this.offline = offline;
        this.baseUrl = config.baseUrl();
        this.urls = new RelativeUrls(offline);
        this.zone = config.timeZone();
        this.extension = new LoaExtension(urls, config.baseUrl(), config.timeZone());
        this.engine = new PebbleEngine.Builder()
                .loader(theme.loader())
                .extension(extension)
                .autoEscaping(true)
                .strictVariables(strict)
                .newLineTrimming(true)
                .defaultLocale(vn.loa.text.Vietnamese.LOCALE)
                .maxRenderedSize(RenderGuard.maxRenderedChars())
                .build();
        for (String name : TEMPLATES) {
            templates.put(name, RenderGuard.compile(theme, engine, name));
        }
    }

    /** Every file of the site, except the content's own static files, which the loader listed. */
    public List<Output> plan(Site site) {
        Map<String, Object> base = baseContext(site);
        List<Output> out = new ArrayList<>();
        IcsWriter ics = new IcsWriter(zone, uidDomain(), stamp(site));
        Map<String, Campaign> campaigns = site.config().campaigns();
        Map<RenderedPage, List<Event>> eventsByPage = new java.util.IdentityHashMap<>();
        for (Event e : site.events()) {
            eventsByPage.computeIfAbsent(e.page(), k -> new ArrayList<>()).add(e);
        }
        java.util.function.Function<RenderedPage, PageView> view = r -> new PageView(r,
                r.page().campaign() == null ? null : campaigns.get(r.page().campaign()),
                eventsByPage.getOrDefault(r, List.of()));

        // Home
        Map<String, Object> home = new HashMap<>();
        home.put("latest_news", site.section(Section.NEWS).stream().limit(6).map(view).toList());
        home.put("latest_plans", site.section(Section.PLANS).stream().limit(5).map(view).toList());
        site.featuredCampaignYear().ifPresent(y -> {
            home.put("featured", y);
            home.put("featured_status", site.isCurrent(y) ? "current" : y.week().start().isAfter(site.today()) ? "next" : "latest");
            home.put("featured_days", days(y));
            home.put("jsonld", EventJsonLd.of(y.inWeek(), extension::absolute, zone));
        });
        out.add(html("/", "home.peb", base, home, List.of()));

        // Pages
        for (RenderedPage r : site.pages()) {
            PageView p = view.apply(r);
            String template = switch (r.page().section()) {
                case PLANS -> "plan.peb";
                case NEWS -> "news.peb";
                case PAGES -> "page.peb";
            };
            List<Crumb> crumbs = new ArrayList<>();
            if (r.page().section().isListed()) {
                crumbs.add(new Crumb(r.page().section().label(), r.page().section().urlPrefix()));
            }
            crumbs.add(new Crumb(p.getTitle(), null));
            out.add(html(r.page().url(), template, base, () -> {
                Map<String, Object> vars = new HashMap<>();
                vars.put("page", p);
                vars.put("jsonld", p.getEvents().isEmpty() ? null : EventJsonLd.of(p.getEvents(), extension::absolute, zone));
                return vars;
            }, crumbs));
        }

        // Section lists
        for (Section s : List.of(Section.PLANS, Section.NEWS)) {
            List<PageView> items = site.section(s).stream().map(view).toList();
            paginate(out, base, s.urlPrefix(), s.label(), items, site.config().pageSize(), "list.peb",
                    Map.of("section", s.folder()), List.of());
        }

        // Tags
        out.add(html("/the/", "tags.peb", base, Map.of("tags", site.tags()), List.of(new Crumb("Thẻ", null))));
        for (Tag tag : site.tags()) {
            List<PageView> items = tag.pages().stream().map(view).toList();
            paginate(out, base, tag.url(), tag.name(), items, site.config().pageSize(), "tag.peb",
                    Map.of("tag", tag), List.of(new Crumb("Thẻ", "/the/")));
        }

        // Campaigns
        List<Map<String, Object>> archive = new ArrayList<>();
        for (Campaign c : site.campaigns()) {
            archive.add(Map.of("campaign", c, "years", site.yearsOf(c)));
        }
        out.add(html("/chien-dich/", "campaigns.peb", base, Map.of("campaigns", archive), List.of(new Crumb("Chiến dịch", null))));
        for (Campaign c : site.campaigns()) {
            List<CampaignYear> years = site.yearsOf(c);
            out.add(html("/chien-dich/" + c.id() + "/", "campaign.peb", base, Map.of("campaign", c, "years", years),
                    List.of(new Crumb("Chiến dịch", "/chien-dich/"), new Crumb(c.name(), null))));
            for (int i = 0; i < years.size(); i++) {
                CampaignYear y = years.get(i);
                Map<String, Object> vars = new HashMap<>();
                vars.put("cy", y);
                vars.put("days", days(y));
                vars.put("plans", y.plans().stream().map(view).toList());
                vars.put("documents", y.plans().stream().filter(r -> !r.page().attachments().isEmpty()).map(view).toList());
                vars.put("news", y.news().stream().map(view).toList());
                vars.put("newer", i > 0 ? years.get(i - 1) : null);
                vars.put("older", i + 1 < years.size() ? years.get(i + 1) : null);
                vars.put("jsonld", y.events().isEmpty() ? null : EventJsonLd.of(y.events(), extension::absolute, zone));
                List<Crumb> crumbs = List.of(new Crumb("Chiến dịch", "/chien-dich/"), new Crumb(c.name(), "/chien-dich/" + c.id() + "/"),
                        new Crumb("Năm " + y.year(), null));
                out.add(html(y.url(), "campaign-year.peb", base, vars, crumbs));
                String name = c.name() + " " + y.year() + " — " + site.config().title();
                out.add(new Output(IcsWriter.yearFileUrl(y).substring(1), () -> ics.calendar(name, y.events(), this::eventPageUrl)));
                String jsonUrl = y.url() + EventsJson.FILE;
                out.add(new Output(jsonUrl.substring(1), () -> EventsJson.write(y, u -> linkFrom(jsonUrl, u))
                        .getBytes(StandardCharsets.UTF_8)));
                for (Event e : y.events()) {
                    out.add(new Output(e.icsUrl().substring(1), () -> ics.calendar(e.title(), List.of(e), this::eventPageUrl)));
                    out.add(html(e.url(), "event.peb", base, () -> {
                        Map<String, Object> ev = new HashMap<>();
                        ev.put("event", e);
                        ev.put("cy", y);
                        ev.put("same_day", y.events().stream().filter(o -> o != e && sameDay(o, e)).toList());
                        ev.put("jsonld", EventJsonLd.of(List.of(e), extension::absolute, zone));
                        return ev;
                    }, List.of(new Crumb("Chiến dịch", "/chien-dich/"),
                            new Crumb(c.name(), "/chien-dich/" + c.id() + "/"), new Crumb("Năm " + y.year(), y.url()),
                            new Crumb(e.title(), null))));
                }
            }
        }

        // Archive: years, units, a feed per campaign
        archive(out, base, site, view);

        // Search: the page and its index (vn.loa.search)
        java.util.function.Function<String, String> fromSearch = u -> urls.relative(SearchIndex.PAGE, u);
        // Built on a thread of its own from now on, while the writer threads render pages: begun
        // on first use instead, it was the last work left and kept one core idle.
        Supplier<SearchIndex> search = inBackground("loa-search", () -> SearchIndex.build(SearchDoc.of(site, fromSearch),
                site.campaigns(), fromSearch));
        out.add(html(SearchIndex.PAGE, "search.peb", base, () -> SearchPage.vars(site, search.get(), offline),
                List.of(new Crumb("Tìm kiếm", null))));
        out.add(Output.folder(SearchIndex.FOLDER, () -> offline ? search.get().scriptFiles() : search.get().files()));

        // 404, feeds, crawlers
        out.add(html("/404.html", "404.peb", base, Map.of(LoaExtension.ABSOLUTE_LINKS, true),
                List.of(new Crumb("Không tìm thấy trang", null))));
        for (Section s : List.of(Section.NEWS, Section.PLANS)) {
            Map<String, Object> vars = new HashMap<>();
            vars.put("feed_title", site.config().title() + " — " + s.label());
            vars.put("feed_url", s.urlPrefix() + "index.xml");
            vars.put("list_url", s.urlPrefix());
            vars.put("items", site.section(s).stream().limit(30).map(view).toList());
            vars.put("updated", site.section(s).stream().map(r -> r.page().date()).findFirst().orElse(null));
            out.add(text(s.urlPrefix() + "index.xml", "atom.peb", base, vars));
        }
        if (site.config().baseUrl() != null) {
            List<String> urls = new ArrayList<>();
            urls.add("/");
            site.pages().forEach(r -> urls.add(r.page().url()));
            urls.add("/ke-hoach/");
            urls.add("/tin-tuc/");
            urls.add("/chien-dich/");
            site.campaigns().forEach(c -> {
                urls.add("/chien-dich/" + c.id() + "/");
                site.yearsOf(c).forEach(y -> urls.add(y.url()));
            });
            site.tags().forEach(t -> urls.add(t.url()));
            urls.add("/nam/");
            site.years().forEach(y -> urls.add(y.url()));
            urls.add("/don-vi/");
            site.units().forEach(u -> urls.add(u.url()));
            out.add(text("/sitemap.xml", "sitemap.peb", base, Map.of("urls", urls)));
        }
        out.add(text("/robots.txt", "robots.peb", base, Map.of()));

        // Theme static files
        theme.staticFiles().forEach((path, src) -> out.add(new Output(path, src::bytes)));
        return out;
    }

    /**
     * The archive: {@code /nam/} and a page per year, {@code /don-vi/} and a page per unit (both
     * paginated, by month), and an Atom feed per campaign with its plans and news.
     */
    private void archive(List<Output> out, Map<String, Object> base, Site site,
                         java.util.function.Function<RenderedPage, PageView> view) {
        java.util.function.Function<ArchiveEntry, EntryView> entry = e -> new EntryView(e,
                e.page() == null ? null : view.apply(e.page()));
        int size = site.config().pageSize();
        out.add(html("/nam/", "years.peb", base, Map.of("years", site.years()), List.of(new Crumb("Lưu trữ theo năm", null))));
        for (Year y : site.years()) {
            paginateEntries(out, base, y.url(), "Năm " + y.year(), y.entries().stream().map(entry).toList(), size, "year.peb",
                    Map.of("year", y), List.of(new Crumb("Lưu trữ theo năm", "/nam/")));
        }
        out.add(html("/don-vi/", "units.peb", base, Map.of("units", site.units()), List.of(new Crumb("Đơn vị", null))));
        for (Unit u : site.units()) {
            paginateEntries(out, base, u.url(), u.name(), u.entries().stream().map(entry).toList(), size, "unit.peb",
                    Map.of("unit", u), List.of(new Crumb("Đơn vị", "/don-vi/")));
        }
        for (Campaign c : site.campaigns()) {
            String list = "/chien-dich/" + c.id() + "/";
            List<PageView> items = site.pages().stream().filter(r -> c.id().equals(r.page().campaign())).map(view).toList();
            Map<String, Object> vars = new HashMap<>();
            vars.put("feed_title", site.config().title() + " — " + c.name());
            vars.put("feed_url", list + "index.xml");
            vars.put("list_url", list);
            vars.put("items", items);
            vars.put("updated", items.isEmpty() ? null : items.get(0).getDate());
            out.add(text(list + "index.xml", "atom.peb", base, vars));
        }
    }

    /** Like {@link #paginate}, and each page's entries also grouped by month ({@code months}). */
    private void paginateEntries(List<Output> out, Map<String, Object> base, String url, String title, List<EntryView> items,
                                 int pageSize, String template, Map<String, Object> extra, List<Crumb> parents) {
        paginate(out, base, url, title, items, pageSize, template, extra, parents, slice -> Map.of("months", months(slice)));
    }

    /** Entries in runs of one month: {@code year}, {@code month}, {@code id} ({@code thang-5-2024}), {@code entries}. */
    static List<Map<String, Object>> months(List<EntryView> entries) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<EntryView> run = null;
        LocalDate last = null;
        for (EntryView e : entries) {
            if (last == null || e.getDay().getYear() != last.getYear() || e.getDay().getMonthValue() != last.getMonthValue()) {
                run = new ArrayList<>();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("year", e.getDay().getYear());
                m.put("month", e.getDay().getMonthValue());
                m.put("id", "thang-" + e.getDay().getMonthValue() + "-" + e.getDay().getYear());
                m.put("entries", run);
                out.add(m);
            }
            run.add(e);
            last = e.getDay();
        }
        return out;
    }

    /** An event page's absolute URL for calendars, or null when the site has no base URL. */
    private String eventPageUrl(Event e) {
        return baseUrl == null ? null : extension.absolute(e.url());
    }

    /** A link printed in a data file: absolute with a base URL, else relative to the file. */
    private String linkFrom(String fileUrl, String target) {
        return baseUrl != null ? extension.absolute(target) : urls.relative(fileUrl, target);
    }

    private static boolean sameDay(Event a, Event b) {
        return b.spec().kind() != vn.loa.load.EventKind.VAGUE && a.firstDay().equals(b.firstDay());
    }

    /** The host of the base URL, which makes event UIDs unique in the world; loa.local without one. */
    private String uidDomain() {
        String host = baseUrl == null ? null : java.net.URI.create(baseUrl).getHost();
        return host == null ? "loa.local" : host;
    }

    /**
     * DTSTAMP of every calendar: the newest page's date, so that building the same content twice
     * gives the same files.
     */
    private java.time.Instant stamp(Site site) {
        return site.pages().stream().map(r -> r.page().date()).filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.naturalOrder()).orElse(java.time.LocalDateTime.of(2000, 1, 1, 0, 0))
                .atZone(zone).toInstant();
    }

    /**
     * The focus week's days with their events in time order, for the calendar. A period is listed
     * on every day it covers; on the days after its first one in the week it is marked
     * {@code continued}, so that a theme can show it briefly there.
     */
    static List<Map<String, Object>> days(CampaignYear y) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (LocalDate d : y.week().days()) {
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("date", d);
            day.put("weekday", VietnameseDates.weekday(d.getDayOfWeek()));
            day.put("campaign_day", d.equals(y.campaignDay()));
            List<Map<String, Object>> entries = new ArrayList<>();
            y.on(d).stream().sorted(Comparator.comparing((Event e) -> !e.start().equals(e.end()) && e.start().isBefore(d))
                            .thenComparing(Event::sortTime).thenComparing(Event::title, vn.loa.text.Vietnamese.collation()))
                    .forEach(e -> entries.add(Map.of("event", e,
                            "continued", e.start().isBefore(d) && !d.equals(y.week().start()))));
            day.put("entries", entries);
            day.put("events", entries.stream().map(m -> m.get("event")).toList());
            out.add(day);
        }
        return out;
    }

    private void paginate(List<Output> out, Map<String, Object> base, String url, String title, List<PageView> items,
                          int pageSize, String template, Map<String, Object> extra, List<Crumb> parents) {
        paginate(out, base, url, title, items, pageSize, template, extra, parents, slice -> Map.of());
    }

    /**
     * A list in pages of {@code pageSize}: page 1 at {@code url}, page n at {@code url/trang/n/};
     * {@code more} adds what a template needs about each page's slice.
     */
    private <T> void paginate(List<Output> out, Map<String, Object> base, String url, String title, List<T> items,
                              int pageSize, String template, Map<String, Object> extra, List<Crumb> parents,
                              java.util.function.Function<List<T>, Map<String, Object>> more) {
        int total = Paginator.count(items.size(), pageSize);
        for (int n = 1; n <= total; n++) {
            Paginator pager = new Paginator(url, n, total);
            List<T> slice = items.subList((n - 1) * pageSize, Math.min(items.size(), n * pageSize));
            Map<String, Object> vars = new HashMap<>(extra);
            vars.put("title", title);
            vars.put("items", slice);
            vars.putAll(more.apply(slice));
            vars.put("count", items.size());
            vars.put("pager", pager);
            List<Crumb> crumbs = new ArrayList<>(parents);
            crumbs.add(n == 1 ? new Crumb(title, null) : new Crumb(title, url));
            if (n > 1) {
                crumbs.add(new Crumb("Trang " + n, null));
            }
            out.add(html(pager.getUrl(), template, base, vars, crumbs));
        }
    }

    private Map<String, Object> baseContext(Site site) {
        Map<String, Object> base = new HashMap<>();
        base.put("site", site.config());
        base.put("t", theme.strings());
        base.put("today", site.today());
        base.put("offline", offline);
        base.put("campaign_list", site.campaigns());
        base.put("jsonld", null);
        return Map.copyOf(withNulls(base));
    }

    private static Map<String, Object> withNulls(Map<String, Object> m) {
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }

    /** A value made at once on a thread of its own; {@code get} waits for it, and rethrows its failure. */
    private static <T> Supplier<T> inBackground(String name, Supplier<T> make) {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(make::get);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return () -> {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        };
    }

    private Output html(String url, String template, Map<String, Object> base, Supplier<Map<String, Object>> vars,
                        List<Crumb> crumbs) {
        String path = url.endsWith("/") ? url.substring(1) + "index.html" : url.substring(1);
        return new Output(path, () -> html(url, template, base, vars.get(), crumbs).content().get());
    }

    private Output html(String url, String template, Map<String, Object> base, Map<String, Object> vars, List<Crumb> crumbs) {
        String path = url.endsWith("/") ? url.substring(1) + "index.html" : url.substring(1);
        return new Output(path, () -> {
            Map<String, Object> ctx = new HashMap<>(base);
            ctx.put("jsonld", null);
            ctx.putAll(vars);
            ctx.put(LoaExtension.PAGE_URL, url);
            ctx.put("breadcrumbs", crumbs);
            return render(template, ctx);
        });
    }

    private Output text(String url, String template, Map<String, Object> base, Map<String, Object> vars) {
        return new Output(url.substring(1), () -> {
            Map<String, Object> ctx = new HashMap<>(base);
            ctx.putAll(vars);
            ctx.put(LoaExtension.PAGE_URL, url);
            return render(template, ctx);
        });
    }

    private byte[] render(String template, Map<String, Object> ctx) {
        return RenderGuard.render(theme, templates.get(template), template, ctx);
    }
}

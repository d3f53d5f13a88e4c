package vn.loa.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.loa.Key;
import vn.loa.index.Event;
import vn.loa.index.Site;
import vn.loa.load.Campaign;
import vn.loa.render.RenderedPage;

/**
 * The outputs of one site as they are declared, each with the key of what it reads. The kinds of
 * output ({@link HomeOutputs}, {@link PageOutputs}, {@link ListOutputs}, {@link CampaignOutputs},
 * {@link ArchiveOutputs}, {@link FeedOutputs}, {@link SearchOutputs}) add theirs through it.
 *
 * <p>Every key holds the site key (Loa's version, the resolved configuration, the theme's
 * strings, the campaigns that have content, offline links) and the key of the output's template
 * with the partials it uses; then what the kind says the output shows: a page's two parts, the
 * summaries of the pages a list shows, a campaign year, and so on.
 */
final class OutputPlan {

    final SiteRenderer renderer;
    final Site site;
    final PageKeys keys;
    final Map<String, Object> base;
    final vn.loa.image.Photos photos;
    final PlanScope scope;
    private final long siteKey;
    /** The events of each page, made when a page is first shown (a plan of a few outputs may show none). */
    private volatile Map<RenderedPage, List<Event>> eventsByPage;
    private final Map<Object, Long> summaries = new IdentityHashMap<>();
    /**
     * The summaries the last plan of the theme found: a page's rendered object is made again
     * when its file is read again, so the same object has the same summary (serve plans a few
     * outputs of a new site after a save: the pages it lists are mostly those of the last).
     */
    private Map<Object, Long> earlier;
    /** What a page showing an event reads of it ({@link EventOutputs#eventKey}), made once per event. */
    private final Map<Event, Long> eventKeys = new IdentityHashMap<>();
    private java.time.Instant stamp;
    private final List<Output> outputs = new ArrayList<>();
    private final List<String> kinds = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();

    OutputPlan(SiteRenderer renderer, Site site, PageKeys keys, Map<String, Object> base, long siteKey,
               vn.loa.image.Photos photos, PlanScope scope, Map<Object, Long> earlier) {
        this.earlier = earlier == null ? Map.of() : earlier;
        this.renderer = renderer;
        this.photos = photos;
        this.scope = scope;
        this.site = site;
        this.keys = keys;
        this.base = base;
        this.siteKey = siteKey;
    }

    /** Declares the outputs of one kind, when the scope wants them. */
    void kind(String kind, java.util.function.Consumer<OutputPlan> declare) {
        if (scope.wants(kind)) {
            kinds.add(kind);
            starts.add(outputs.size());
            declare.accept(this);
        }
    }

    /**
     * The outputs declared, and the summaries found, which the next plan takes; the last plan's
     * are let go (they may hold pages the engine let go of, with their bodies).
     */
    Map<Object, Long> declared() {
        synchronized (summaries) {
            earlier = Map.of();
            return summaries;
        }
    }

    Planned planned() {
        return new Planned(outputs, List.copyOf(kinds), starts.stream().mapToInt(Integer::intValue).toArray());
    }

    /** How events and news posts link to each other and which events neighbour which; one for the site. */
    vn.loa.index.EventLinks links() {
        return renderer.links(site);
    }

    /** A page as templates see it. */
    PageView view(RenderedPage r) {
        Map<String, Campaign> campaigns = site.config().campaigns();
        return new PageView(r, r.page().campaign() == null ? null : campaigns.get(r.page().campaign()),
                eventsByPage().getOrDefault(r, List.of()), keys);
    }

    List<PageView> views(List<RenderedPage> pages) {
        return pages.stream().map(this::view).toList();
    }

    long summary(RenderedPage r) {
        return known(r, () -> keys.summary(r));
    }

    /**
     * A key of what an output shows of an item (a page's summary, an archive entry), made once
     * per item: found by this plan, or by the last one for the same object, which shows the same.
     */
    long known(Object item, java.util.function.LongSupplier key) {
        synchronized (summaries) {
            Long k = summaries.get(item);
            if (k == null) {
                Map<Object, Long> before = earlier;
                synchronized (before) {
                    k = before.get(item);
                }
                k = k != null ? k : key.getAsLong();
                summaries.put(item, k);
            }
            return k;
        }
    }

    /** The key of what a page showing an event reads of it ({@link EventOutputs#eventKey}). */
    long eventKey(Event e) {
        synchronized (eventKeys) {
            Long k = eventKeys.get(e);
            if (k == null) {
                k = EventOutputs.eventRef(this, e);
                eventKeys.put(e, k);
            }
            return k;
        }
    }

    private Map<RenderedPage, List<Event>> eventsByPage() {
        Map<RenderedPage, List<Event>> byPage = eventsByPage;
        if (byPage == null) {
            byPage = new IdentityHashMap<>();
            for (Event e : site.events()) {
                byPage.computeIfAbsent(e.page(), k -> new ArrayList<>()).add(e);
            }
            eventsByPage = byPage; // made whole before it is seen: two threads at most make it twice
        }
        return byPage;
    }

    /** The DTSTAMP of every calendar of the site ({@link CampaignOutputs#stamp}), found once. */
    synchronized java.time.Instant stamp() {
        if (stamp == null) {
            stamp = CampaignOutputs.stamp(site, renderer.zone());
        }
        return stamp;
    }

    /** A key started for an output of a kind: the site key and the kind's name. */
    Key key(String kind) {
        return Key.of(kind).add(siteKey);
    }

    /** Adds the summaries of pages, in order, to a key. */
    Key summaries(Key key, List<RenderedPage> pages) {
        key.add(pages.size());
        pages.forEach(r -> key.add(summary(r)));
        return key;
    }

    /** An HTML page at a site-absolute URL, with its context made when it is rendered. */
    void html(String url, String template, Key inputs, List<RenderedPage> shows, List<Crumb> crumbs,
              Supplier<Map<String, Object>> vars) {
        html(url, template, inputs, List.of(), shows, crumbs, vars);
    }

    /** An HTML page that also shows the bodies of {@code reads} (a page its own). */
    void html(String url, String template, Key inputs, List<RenderedPage> reads, List<RenderedPage> shows, List<Crumb> crumbs,
              Supplier<Map<String, Object>> vars) {
        String path = url.endsWith("/") ? url.substring(1) + "index.html" : url.substring(1);
        long key = inputs.add(renderer.templateKey(template, site.today())).add(url).addValue(crumbs).get();
        List<Crumb> trail = List.copyOf(crumbs); // held until made: no room to grow (400,000 outputs at 100,000 pages)
        add(path, key, reads, shows, () -> {
            Map<String, Object> ctx = new HashMap<>(base);
            ctx.put("jsonld", null);
            ctx.putAll(vars.get());
            ctx.put(LoaExtension.PAGE_URL, url);
            ctx.put("breadcrumbs", trail);
            return renderer.render(template, ctx);
        });
    }

    void html(String url, String template, Key inputs, List<RenderedPage> shows, List<Crumb> crumbs, Map<String, Object> vars) {
        html(url, template, inputs, shows, crumbs, () -> vars);
    }

    /** A text file (a feed, the sitemap) made by a template. */
    void text(String url, String template, Key inputs, List<RenderedPage> shows, Map<String, Object> vars) {
        long key = inputs.add(renderer.templateKey(template, site.today())).add(url).get();
        add(url.substring(1), key, List.of(), shows, () -> {
            Map<String, Object> ctx = new HashMap<>(base);
            ctx.putAll(vars);
            ctx.put(LoaExtension.PAGE_URL, url);
            return renderer.render(template, ctx);
        });
    }

    /** A file made in code (a calendar, JSON). */
    void file(String url, Key inputs, Supplier<byte[]> content) {
        long key = inputs.add(url).get();
        outputs.add(new Output(url.startsWith("/") ? url.substring(1) : url, key, content));
    }

    void add(Output o) {
        outputs.add(o);
    }

    private void add(String path, long key, List<RenderedPage> reads, List<RenderedPage> shows, Supplier<byte[]> content) {
        outputs.add(new Output(path, key, List.copyOf(reads), List.copyOf(shows), content, null));
    }

    /**
     * A list in pages of {@code pageSize}: page 1 at {@code url}, page n at {@code url/trang/n/}.
     * {@code keyOf} keys one item; {@code pageOf} gives the page an item shows, if any;
     * {@code more} adds what a template needs about each page's slice, when the page is made (an {@code items}
     * of its own replaces the slice: the items as templates see them).
     */
    <T> void paginate(String url, String title, List<T> items, String template, Key inputs, Map<String, Object> extra,
                      List<Crumb> parents, Function<T, Long> keyOf, Function<T, RenderedPage> pageOf,
                      Function<List<T>, Map<String, Object>> more) {
        int pageSize = site.config().pageSize();
        int total = Paginator.count(items.size(), pageSize);
        long listKey = inputs.get();
        for (int n = 1; n <= total; n++) {
            Paginator pager = new Paginator(url, n, total);
            List<T> slice = items.subList((n - 1) * pageSize, Math.min(items.size(), n * pageSize));
            List<Crumb> crumbs = new ArrayList<>(parents);
            crumbs.add(n == 1 ? new Crumb(title, null) : new Crumb(title, url));
            if (n > 1) {
                crumbs.add(new Crumb("Trang " + n, null));
            }
            Key key = Key.of("slice").add(listKey).add(title).add(n).add(total).add(items.size());
            List<RenderedPage> shows = new ArrayList<>();
            for (T item : slice) {
                key.add(keyOf.apply(item));
                RenderedPage r = pageOf.apply(item);
                if (r != null) {
                    shows.add(r);
                }
            }
            html(pager.getUrl(), template, key, shows, crumbs, () -> {
                Map<String, Object> vars = new HashMap<>(extra);
                vars.put("title", title);
                vars.put("items", slice);
                vars.putAll(more.apply(slice));
                vars.put("count", items.size());
                vars.put("pager", pager);
                return vars;
            });
        }
    }
}

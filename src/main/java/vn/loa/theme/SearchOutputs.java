package vn.loa.theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.loa.Key;
import vn.loa.index.Event;
import vn.loa.index.Tag;
import vn.loa.load.Campaign;
import vn.loa.render.RenderedPage;
import vn.loa.search.DocTerms;
import vn.loa.search.IndexPatch;
import vn.loa.search.SearchDoc;
import vn.loa.search.SearchIndex;
import vn.loa.search.SearchIndexBuilder;
import vn.loa.search.SearchPage;

/**
 * Search: its index (every page, both parts, in the site's order, and every event that has a page
 * of its own) and its page (the campaigns, years and tags it offers as filters, and the version
 * of the index).
 */
final class SearchOutputs {

    private SearchOutputs() {
    }

    static void plan(OutputPlan plan) {
        Key index = plan.key("search-index");
        for (RenderedPage r : plan.site.pages()) {
            index.add(plan.summary(r));
        }
        // An event's document reads its page's summary (its title, the event's fields: keyed
        // above) and where its page is, and the events' order.
        List<Event> events = plan.site.events();
        for (Event e : SearchDoc.indexed(events)) {
            index.add(e.id()).add(e.url()).add(e.when()).add(plan.summary(e.page()));
        }
        long indexKey = index.get();
        List<RenderedPage> pages = plan.site.pages();
        Function<String, String> fromSearch = u -> plan.renderer.urls().relative(SearchIndex.PAGE, u);
        // Built once for the pages of now, by the first thread that needs it (the engine makes the
        // index before the other outputs); built again when the pages change (serve keeps a plan
        // while only bodies change).
        Output keyed = Output.folder(SearchIndex.FOLDER, indexKey, pages, null);
        KeyedOnce<SearchIndex> search = new KeyedOnce<>(() -> keyed.key(plan.keys), () -> index(plan, keyed, pages, events, fromSearch));
        Key page = plan.key("search-page").add(indexKey);
        for (Campaign c : plan.site.campaigns()) {
            page.add(c.id());
            plan.site.yearsOf(c).forEach(y -> page.add(y.year()));
        }
        for (Tag t : plan.site.tags()) {
            page.add(t.name()).add(t.slug()).add(t.pages().size());
        }
        // The page names the index's version, so it reads what the index reads.
        plan.html(SearchIndex.PAGE, "search.peb", page, pages, List.of(), List.of(new Crumb("Tìm kiếm", null)),
                () -> SearchPage.vars(plan.site, search.get(), plan.renderer.offline()));
        plan.add(Output.folder(SearchIndex.FOLDER, indexKey, pages, () -> files(search, plan.renderer.offline())));
    }

    /**
     * The index's files, taken from it so that they are held no longer than they are written (the
     * search page needs only its version); made again when a folder is made twice under one key
     * (a build that failed after writing it, in serve).
     */
    private static java.util.Map<String, byte[]> files(KeyedOnce<SearchIndex> search, boolean offline) {
        java.util.Map<String, byte[]> files = search.get().takeFiles();
        if (files == null) {
            files = search.again().takeFiles();
        }
        return offline ? SearchIndex.scripts(files) : files;
    }

    /** A page or an event to index, with the date that orders the documents ({@link SearchDoc#ORDER}'s). */
    private record Source(RenderedPage page, Event event, java.time.LocalDate date) {
    }

    /** A document as its row shows it, and what is indexed of it. */
    private record Doc(SearchDoc shown, DocTerms terms) {
    }

    /**
     * The index, built from the terms the engine keeps of each page (its text is not needed, and
     * need not be held) and those of the events, made on the spot; in id order ({@link SearchDoc#of}'s).
     * Each document's row and terms are made 512 at a time, as the builder takes them: the rows of
     * 200,000 documents, made at once, held 70 MB until the last was added. A big site's are given
     * several times, the rows only the first ({@link SearchIndexBuilder#build}).
     */
    private static SearchIndex index(OutputPlan plan, Output keyed, List<RenderedPage> pages, List<Event> events,
                                     Function<String, String> link) {
        List<Source> sources = new ArrayList<>(pages.size());
        for (RenderedPage r : pages) {
            sources.add(new Source(r, null, plan.keys.current(r).page().day()));
        }
        for (Event e : SearchDoc.indexed(events)) {
            sources.add(new Source(null, e, e.firstDay()));
        }
        // SearchDoc.ORDER, a stable sort: newest first, undated last.
        sources.sort(Comparator.comparing(Source::date, SearchDoc.DATE_ORDER));
        Map<RenderedPage, PageKeys.Indexed> indexed = new IdentityHashMap<>();
        for (RenderedPage r : pages) {
            PageKeys.Indexed then = plan.keys.indexed(r);
            if (then != null) {
                indexed.put(r, then);
            }
        }
        try {
            return patched(plan, keyed, sources, indexed, link).orElseGet(() -> built(plan, sources, link));
        } finally {
            plan.keys.reindexed(indexed.keySet());
        }
    }

    /**
     * The index made from the one the output holds, when that one was made from these pages with
     * the bodies some had before this process read them again, and nothing else changed
     * ({@link IndexPatch}): the key the output was made with is the folder's key with those bodies.
     */
    private static java.util.Optional<SearchIndex> patched(OutputPlan plan, Output keyed, List<Source> sources,
                                                          Map<RenderedPage, PageKeys.Indexed> indexed, Function<String, String> link) {
        WrittenOutput written = plan.renderer.written();
        if (indexed.isEmpty() || plan.renderer.offline()
                || !written.madeWith(keyed.path(), keyed.key(r -> indexed.containsKey(r) ? indexed.get(r).body() : plan.keys.body(r)))) {
            return java.util.Optional.empty();
        }
        List<IndexPatch.Changed> changed = new ArrayList<>();
        for (int id = 0; id < sources.size(); id++) {
            RenderedPage r = sources.get(id).page();
            PageKeys.Indexed then = r == null ? null : indexed.get(r);
            if (then != null && then.body() != plan.keys.body(r)) {
                changed.add(new IndexPatch.Changed(id, then.terms(), plan.keys.terms(r), SearchDoc.of(plan.keys.current(r), link).shown()));
            }
        }
        return IndexPatch.apply(name -> written.read(keyed.path() + name), sources.size(), changed, plan.site.campaigns(), link,
                SearchIndex.Options.DEFAULT);
    }

    /** The index made from every document. */
    private static SearchIndex built(OutputPlan plan, List<Source> sources, Function<String, String> link) {
        SearchIndexBuilder.Docs docs = new SearchIndexBuilder.Docs() {
            @Override
            public int size() {
                return sources.size();
            }

            @Override
            public void each(boolean rows, java.util.function.BiConsumer<SearchDoc, DocTerms> to) {
                int chunk = 512;
                for (int from = 0; from < sources.size(); from += chunk) {
                    List<Doc> some = vn.loa.Parallel.map(sources.subList(from, Math.min(sources.size(), from + chunk)), s -> {
                        if (s.page() != null) {
                            return new Doc(rows ? SearchDoc.of(plan.keys.current(s.page()), link).shown() : null, plan.keys.terms(s.page()));
                        }
                        SearchDoc d = SearchDoc.of(s.event(), link);
                        return new Doc(d.shown(), DocTerms.of(d));
                    });
                    some.forEach(d -> to.accept(d.shown(), d.terms()));
                }
            }
        };
        return SearchIndexBuilder.build(docs, plan.site.campaigns(), link, SearchIndex.Options.DEFAULT);
    }
}

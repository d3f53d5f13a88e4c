package vn.loa.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loa.index.Site;
import vn.loa.theme.Output;
import vn.loa.theme.PlanScope;
import vn.loa.theme.Planned;
import vn.loa.theme.SiteRenderer;

/**
 * The site of the last index stage (with the key of what it read) and the outputs of the last
 * theme stage (for a day and a compiled theme), and, made when asked for, the outputs by the
 * pages they read or show.
 *
 * <p>A plan may declare some outputs alone ({@link PlanScope}): serve's first outputs after a page
 * is added, renamed, removed or retitled. Its {@link #whole} plan, of the same site, is made when
 * the rest of the site is.
 */
final class Plan {

    private final long shape;
    private final long indexKey;
    private final Site site;
    private final LocalDate day;
    private final SiteRenderer theme;
    private final CurrentPages pages;
    private final vn.loa.image.Photos photos;
    private final PlanScope scope;
    private final Planned planned;
    private final List<Output> notDeferred;
    private final List<Output> deferred;
    private final Map<Path, List<Output>> byPage = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    /** The place of each output in the list, by its path: made with the index by page. */
    private volatile Map<String, Integer> byPath;
    private Plan whole;

    /** The plan of what a scope wants of a site. */
    Plan(long shape, long indexKey, Site site, LocalDate day, SiteRenderer theme, CurrentPages pages, vn.loa.image.Photos photos,
         PlanScope scope) {
        this.shape = shape;
        this.indexKey = indexKey;
        this.site = site;
        this.day = day;
        this.theme = theme;
        this.pages = pages;
        this.photos = photos;
        this.scope = scope;
        this.planned = theme.plan(site, pages, Engine.VERSION, photos, scope);
        this.notDeferred = outputs().stream().filter(o -> !deferrable(o)).toList();
        this.deferred = outputs().stream().filter(Plan::deferrable).toList();
    }

    /**
     * The whole plan of pages as the memo keeps them (without their bodies, once lightened);
     * null when one of them is no longer the memo's (a build read it again since).
     */
    static Plan ofKept(PageMemo memo, List<vn.loa.load.Page> pages, vn.loa.load.SiteConfig config, LocalDate day, long shape,
                       long indexKey, SiteRenderer theme, vn.loa.theme.PageKeys keys, vn.loa.image.Photos photos) {
        List<vn.loa.render.RenderedPage> kept = new ArrayList<>(pages.size());
        for (vn.loa.load.Page p : pages) {
            vn.loa.render.RenderedPage r = memo.rendered(memo.kept(p));
            if (r == null) {
                return null;
            }
            kept.add(r);
        }
        return new Plan(shape, indexKey, vn.loa.index.SiteIndexer.index(config, kept, day, null), day, theme, new CurrentPages(keys),
                photos, PlanScope.ALL);
    }

    long shape() {
        return shape;
    }

    long indexKey() {
        return indexKey;
    }

    Site site() {
        return site;
    }

    LocalDate day() {
        return day;
    }

    SiteRenderer theme() {
        return theme;
    }

    CurrentPages pages() {
        return pages;
    }

    PlanScope scope() {
        return scope;
    }

    /**
     * The key of what decides which outputs a plan declares and what each shows but bodies, kept in
     * the manifest from one process to the next: every page's summary, the day and the settings
     * ({@code indexKey}), the theme ({@code themeKey}), the photos and the files copied.
     */
    static long shapeOf(long indexKey, long themeKey, vn.loa.image.Photos photos, List<vn.loa.load.Content.StaticFile> copied) {
        vn.loa.Key k = vn.loa.Key.of("plan-shape").add(indexKey).add(themeKey).add(photos.key());
        for (vn.loa.load.Content.StaticFile f : copied) {
            k.add(f.source().toString()).add(f.target()).addValue(vn.loa.load.PageSource.stamp(f.source()));
        }
        return k.get();
    }

    /**
     * The kinds of output that read the bodies of pages not their own: those, but a page's own
     * ({@link PlanScope#isPerPage}), that read pages, and those whose template read the bodies of
     * pages it lists, as the output {@code written} says.
     */
    List<String> bodyKinds(OutputManifest written) {
        java.util.SortedSet<String> kinds = new java.util.TreeSet<>();
        List<Output> outputs = outputs();
        for (int i = 0; i < outputs.size(); i++) {
            Output o = outputs.get(i);
            String kind = planned.kindAt(i);
            OutputManifest.Entry e = o.shows().isEmpty() ? null : written.get(o.path());
            if (!o.reads().isEmpty() && !PlanScope.isPerPage(kind) || e != null && e.readsBodies()) {
                kinds.add(kind);
            }
        }
        return List.copyOf(kinds);
    }

    /**
     * A new process after a save of bodies alone: when the output is as the manifest says and the
     * plan's shape is the one the manifest keeps, the outputs whose keys can have changed are those
     * that read the bodies of the pages read again: a page's own and its events', and every output
     * of the kinds the manifest names ({@link #bodyKinds}). The scope that declares them; null when
     * the whole plan is needed.
     */
    static PlanScope sinceSaved(OutputManifest m, long shape, java.util.Set<Path> read) {
        return shape == 0 || m.inputs().shape() != shape ? null : new PlanScope(java.util.Set.copyOf(m.inputs().bodyKinds()), read);
    }

    List<Output> outputs() {
        return planned.outputs();
    }

    List<Output> notDeferred() {
        return notDeferred;
    }

    List<Output> deferred() {
        return deferred;
    }

    boolean isWhole() {
        return scope.isAll();
    }

    /** This plan when it declares every output; else the plan of every output of the same site, made once. */
    synchronized Plan whole() {
        if (isWhole()) {
            return this;
        }
        if (whole == null) {
            whole = new Plan(shape, indexKey, site, day, theme, pages, photos, PlanScope.ALL);
        }
        return whole;
    }

    /**
     * The plan of the same site and pages with a scope: the kinds and pages of this plan's outputs
     * that read or show these pages or are at these paths (of a whole plan: its kinds and pages
     * alone), with the pages read now.
     */
    Plan scoped(Collection<Path> read, Set<String> paths, PlanScope also, long shape, long indexKey, Site site, LocalDate day,
                CurrentPages pages, vn.loa.image.Photos photos) {
        Set<String> kinds = new HashSet<>(also.kinds());
        Set<Path> files = new HashSet<>(also.pages());
        files.addAll(read);
        Set<Output> wanted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        wanted.addAll(reading(read));
        List<Output> outputs = outputs();
        Map<String, Integer> at = byPath;
        java.util.SortedSet<Integer> places = new java.util.TreeSet<>();
        if (at != null) {
            // Found by their paths rather than by a look at every output (40,000 at 10,000 pages).
            java.util.stream.Stream.concat(wanted.stream().map(Output::path), paths.stream()).map(at::get)
                    .filter(java.util.Objects::nonNull).forEach(places::add);
        } else {
            for (int i = 0; i < outputs.size(); i++) {
                if (wanted.contains(outputs.get(i)) || paths.contains(outputs.get(i).path())) {
                    places.add(i);
                }
            }
        }
        for (int i : places) {
            Output o = outputs.get(i);
            if (deferrable(o)) {
                continue; // the rest of the site makes it
            }
            String kind = planned.kindAt(i);
            if (PlanScope.isPerPage(kind) && !o.reads().isEmpty()) {
                o.reads().forEach(r -> files.add(r.page().file()));
            } else {
                kinds.add(kind);
            }
        }
        return new Plan(shape, indexKey, site, day, theme, pages, photos, new PlanScope(kinds, files));
    }

    /**
     * The outputs that read or show the bodies of these pages (files relative to the root): a
     * look at every output the first time a plan is asked (after a save that made a new plan),
     * an index by page from the second (saves of bodies alone, which keep the plan).
     */
    List<Output> reading(Collection<Path> files) {
        if (byPage.isEmpty() && asked.getAndIncrement() == 0) {
            Set<Path> wanted = Set.copyOf(files);
            return outputs().stream().filter(o -> o.reads().stream().anyMatch(r -> wanted.contains(r.page().file()))
                    || o.shows().stream().anyMatch(r -> wanted.contains(r.page().file()))).toList();
        }
        indexByPage();
        Set<Output> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        files.forEach(f -> out.addAll(byPage.getOrDefault(f, List.of())));
        return List.copyOf(out);
    }

    /**
     * Makes the index by page that {@link #reading} uses from its second call on: serve makes it
     * on the task thread for the plan of its first build, which its saves keep (at 100,000 pages
     * the first two saves spent 0.8 and 1.6 s looking at every output).
     */
    void indexByPage() {
        synchronized (byPage) {
            if (byPage.isEmpty()) {
                Map<Path, List<Output>> index = new HashMap<>();
                for (Output o : outputs()) {
                    Set<Path> of = new HashSet<>();
                    o.reads().forEach(r -> of.add(r.page().file()));
                    o.shows().forEach(r -> of.add(r.page().file()));
                    of.forEach(f -> index.computeIfAbsent(f, k -> new ArrayList<>()).add(o));
                }
                byPage.putAll(index);
                Map<String, Integer> places = new HashMap<>();
                List<Output> outputs = outputs();
                for (int i = 0; i < outputs.size(); i++) {
                    places.put(outputs.get(i).path(), i);
                }
                byPath = places.size() == outputs.size() ? places : null; // no two outputs at one path
            }
        }
    }

    /**
     * The files (not folders) that read the bodies of pages now gone (their pages and their
     * events' pages): of this plan, and, when it declared some outputs alone, of the last whole
     * plan. The lists that only showed them follow with the rest of the site, a second later.
     */
    List<Output> ownOutputs(Set<Path> gone, Plan lastWhole) {
        if (gone.isEmpty()) {
            return List.of();
        }
        Set<Output> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        out.addAll(reading(gone));
        if (lastWhole != null && lastWhole != this) {
            out.addAll(lastWhole.reading(gone));
        }
        return out.stream().filter(o -> !o.isFolder() && o.reads().stream().anyMatch(r -> gone.contains(r.page().file()))).toList();
    }

    /** The outputs at these paths, in the plan's order: found by path once the plan has its index ({@link #indexByPage}). */
    List<Output> at(Set<String> paths) {
        Map<String, Integer> places = byPath;
        if (paths.isEmpty()) {
            return List.of();
        }
        if (places == null) {
            return outputs().stream().filter(o -> paths.contains(o.path())).toList();
        }
        return paths.stream().map(places::get).filter(java.util.Objects::nonNull).sorted().map(outputs()::get).toList();
    }

    /** The output at this path; null when there is none. */
    Output at(String path) {
        List<Output> found = at(Set.of(path));
        return found.isEmpty() ? null : found.get(0);
    }

    /** The outputs a save of a few pages makes at once, and the files of the last plan it removes. */
    record First(List<Output> outputs, Set<String> removed) {
    }

    /**
     * serve: the outputs that read or show the pages {@code read} again and those at the paths
     * {@code open} names, and the files of the last plan that read a page now gone and are no
     * longer made (the page's own, {@code ownGone}): what a save of a few pages shows at once. The
     * lists a gone page left follow with the rest of the site.
     */
    First first(Collection<Path> read, List<Output> ownGone, Set<String> open) {
        Set<Output> first = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        first.addAll(reading(read));
        Set<String> paths = new HashSet<>(open);
        ownGone.forEach(o -> paths.add(o.path()));
        List<Output> now = at(paths);
        first.addAll(now);
        Set<String> removed = new HashSet<>();
        ownGone.forEach(o -> removed.add(o.path()));
        now.forEach(o -> removed.remove(o.path()));
        return new First(first.stream().filter(o -> !deferrable(o)).toList(), removed);
    }

    /** The outputs that read the bodies of many pages: slow to make, and not what an edit is checked on. */
    static boolean deferrable(Output o) {
        return o.isFolder() || o.reads().size() > 1;
    }
}

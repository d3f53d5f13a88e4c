package vn.loa.theme;

import java.nio.file.Path;
import java.util.Set;
import vn.loa.render.RenderedPage;

/**
 * Which outputs a plan declares: every one, or (serve's first outputs after a page is added,
 * renamed, removed or retitled) those of some kinds of output, and those of the pages'
 * own kinds ({@link #PAGE}, {@link #EVENT}) for some pages. An output is declared alike whatever
 * the scope: a plan of some outputs holds each as the whole plan would.
 *
 * @param kinds the kinds declared whole; null: all
 * @param pages the source files whose pages and events are declared (relative to the root); null: all
 */
public record PlanScope(Set<String> kinds, Set<Path> pages) {

    /** The page of each plan, news post and standalone page ({@link PageOutputs}). */
    public static final String PAGE = "page";
    /** The page and calendar file of each event ({@link EventOutputs}). */
    public static final String EVENT = "event";

    public static final PlanScope ALL = new PlanScope(null, null);
    public static final PlanScope NONE = new PlanScope(Set.of(), Set.of());

    public PlanScope {
        kinds = kinds == null ? null : Set.copyOf(kinds);
        // A hash set: asked for every page of the site, it compares a path only with one of the same hash.
        pages = pages == null ? null : java.util.Collections.unmodifiableSet(new java.util.HashSet<>(pages));
    }

    /** Whether a kind's outputs are declared, or some of them for {@link #PAGE} and {@link #EVENT}. */
    boolean wants(String kind) {
        return kinds == null || kinds.contains(kind) || (isPerPage(kind) && !pages.isEmpty());
    }

    /** Whether a page's outputs of one of its own kinds are declared. */
    boolean wants(String kind, RenderedPage r) {
        return kinds == null || kinds.contains(kind) || pages.contains(r.page().file());
    }

    /** Whether a kind's outputs are made page by page, so that a scope can hold some pages' alone. */
    public static boolean isPerPage(String kind) {
        return PAGE.equals(kind) || EVENT.equals(kind);
    }

    public boolean isAll() {
        return kinds == null;
    }
}

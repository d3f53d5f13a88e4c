package vn.loa.theme;

import vn.loa.render.RenderedPage;

/**
 * The keys of a page's two parts, as the engine made them: {@code summary} is everything but the
 * body (front matter, the summary lists show, the anchors of its events), {@code body} the body
 * (HTML, table of contents, text). Lists depend on the first, the page itself on both.
 */
public interface PageKeys {

    long summary(RenderedPage page);

    long body(RenderedPage page);

    /**
     * The page as it is now: the engine may keep the lists of the last build while only bodies
     * change, so a page of the site's lists may have an older body than its file. Its HTML may be
     * left out (the engine keeps pages of earlier builds without), and so may its text, in a site
     * too big to hold every body.
     */
    default RenderedPage current(RenderedPage page) {
        return page;
    }

    /** The page as it is now, with its HTML and text, for an output that shows it. */
    default RenderedPage whole(RenderedPage page) {
        return current(page);
    }

    /** The page as it is now with its text (its HTML perhaps left out), for search. */
    default RenderedPage withText(RenderedPage page) {
        RenderedPage now = current(page);
        return now.text() != null ? now : whole(page);
    }

    /**
     * The page as the search index of the output was made from it, when this process has read its
     * file again since (a body saved): the key of its body then and what search indexed of it; null
     * when the engine does not know it.
     */
    default Indexed indexed(RenderedPage page) {
        return null;
    }

    /** Forgets what {@link #indexed} gave of these pages: an index is being made from the pages of now. */
    default void reindexed(java.util.Collection<RenderedPage> pages) {
    }

    /** A page as an earlier search index was made from it ({@link #indexed}). */
    record Indexed(long body, vn.loa.search.DocTerms terms) {
    }

    /** What search indexes of the page as it is now: made from its text, unless the engine kept it. */
    default vn.loa.search.DocTerms terms(RenderedPage page) {
        return termsOf(withText(page));
    }

    /** What search indexes of a page with its text: its title, meta and body (links play no part). */
    static vn.loa.search.DocTerms termsOf(RenderedPage page) {
        return vn.loa.search.DocTerms.of(vn.loa.search.SearchDoc.of(page, u -> u));
    }

    /** Keys made on the spot from the page's values, for a plan whose keys nobody keeps ({@code loa check}). */
    PageKeys DIGEST = new PageKeys() {
        @Override
        public long summary(RenderedPage page) {
            return summaryOf(page);
        }

        @Override
        public long body(RenderedPage page) {
            return bodyOf(page);
        }
    };

    /**
     * The key of everything but the body: the page without its Markdown, the anchors of its events,
     * and the summary lists show (the front matter's, else the start of the body).
     */
    static long summaryOf(RenderedPage r) {
        vn.loa.load.Page p = r.page();
        return vn.loa.Key.of("summary").addValue(p.withoutBody()).add(p.summary() != null ? "" : r.summary())
                .addValue(r.eventAnchors()).get();
    }

    static long bodyOf(RenderedPage r) {
        return vn.loa.Key.of("body").add(r.html()).addValue(r.toc()).add(r.text()).addValue(r.links()).get();
    }
}

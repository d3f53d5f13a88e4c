package vn.loa.engine;

import vn.loa.render.RenderedPage;
import vn.loa.theme.PageKeys;

/** The pages of now, for a plan that may outlive the build that made it. */
final class CurrentPages implements PageKeys {
    private volatile PageKeys now;

    CurrentPages(PageKeys now) {
        this.now = now;
    }

    void set(PageKeys keys) {
        now = keys;
    }

    @Override
    public long summary(RenderedPage page) {
        return now.summary(page);
    }

    @Override
    public long body(RenderedPage page) {
        return now.body(page);
    }

    @Override
    public RenderedPage current(RenderedPage page) {
        return now.current(page);
    }

    @Override
    public RenderedPage whole(RenderedPage page) {
        return now.whole(page);
    }

    @Override
    public vn.loa.search.DocTerms terms(RenderedPage page) {
        return now.terms(page);
    }

    @Override
    public Indexed indexed(RenderedPage page) {
        return now.indexed(page);
    }

    @Override
    public void reindexed(java.util.Collection<RenderedPage> pages) {
        now.reindexed(pages);
    }
}


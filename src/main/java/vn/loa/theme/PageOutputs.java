package vn.loa.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.loa.Key;
import vn.loa.render.RenderedPage;

/**
 * A page of each plan, news post and standalone page: reads that page whole (both its parts); a
 * news post also the events it reports on ({@link vn.loa.index.EventLinks}).
 */
final class PageOutputs {

    private PageOutputs() {
    }

    static void plan(OutputPlan plan) {
        for (RenderedPage r : plan.site.pages()) {
            if (!plan.scope.wants(PlanScope.PAGE, r)) {
                continue;
            }
            String template = switch (r.page().section()) {
                case PLANS -> "plan.peb";
                case NEWS -> "news.peb";
                case PAGES -> "page.peb";
            };
            List<Crumb> crumbs = new ArrayList<>();
            if (r.page().section().isListed()) {
                crumbs.add(new Crumb(r.page().section().label(), r.page().section().urlPrefix()));
            }
            crumbs.add(new Crumb(r.page().title(), null));
            List<vn.loa.index.Event> reported = plan.links().reportedBy(r);
            Key key = plan.key("page").add(plan.summary(r)).add(reported.size());
            reported.forEach(e -> key.add(plan.eventKey(e)));
            if (!plan.photos.isEmpty()) {
                key.add(ImageOutputs.keyOf(plan.photos, r));
            }
            plan.html(r.page().url(), template, key, List.of(r), List.of(), crumbs, () -> {
                PageView p = plan.photos.isEmpty() ? plan.view(r) : plan.view(r).withPhotos(plan.photos, plan.renderer.urls());
                Map<String, Object> vars = new HashMap<>();
                vars.put("page", p);
                vars.put("reported_events", reported);
                vars.put("jsonld", p.getEvents().isEmpty() ? null
                        : EventJsonLd.of(p.getEvents(), plan.renderer::absolute, plan.renderer.zone()));
                return vars;
            });
        }
    }
}

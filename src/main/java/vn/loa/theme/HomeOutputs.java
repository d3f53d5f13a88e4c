package vn.loa.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.loa.Key;
import vn.loa.index.Site;
import vn.loa.load.Section;
import vn.loa.render.RenderedPage;

/**
 * The home page: the latest news and plans, the campaign week to feature, and the next events to
 * come. Reads their summaries, that year, and the events chosen for the build's day (the choice is
 * in the key, as for the calendar of upcoming events: the page changes with the day only when it does).
 */
final class HomeOutputs {

    /** How many upcoming events the home page lists. */
    static final int UPCOMING = 6;

    private HomeOutputs() {
    }

    static void plan(OutputPlan plan) {
        Site site = plan.site;
        List<RenderedPage> news = site.section(Section.NEWS).stream().limit(6).toList();
        List<RenderedPage> plans = site.section(Section.PLANS).stream().limit(5).toList();
        List<RenderedPage> shows = new ArrayList<>(news);
        shows.addAll(plans);
        Key key = plan.summaries(plan.key("home"), shows);
        Map<String, Object> home = new HashMap<>();
        home.put("latest_news", plan.views(news));
        home.put("latest_plans", plan.views(plans));
        site.featuredCampaignYear().ifPresent(y -> {
            String status = site.isCurrent(y) ? "current" : y.week().start().isAfter(site.today()) ? "next" : "latest";
            key.add(CampaignOutputs.key(plan, y)).add(status);
            home.put("featured", y);
            home.put("featured_status", status);
            home.put("featured_days", CampaignOutputs.days(y));
            home.put("jsonld", EventJsonLd.of(y.inWeek(), plan.renderer::absolute, plan.renderer.zone()));
        });
        List<vn.loa.index.Event> upcoming = CalendarOutputs.upcoming(site.events(), site.today()).stream().limit(UPCOMING).toList();
        key.add(upcoming.size());
        upcoming.forEach(e -> key.add(plan.eventKey(e)));
        home.put("upcoming_events", upcoming);
        plan.html("/", "home.peb", key, shows, List.of(), home);
    }
}

package vn.loa.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.loa.load.Campaign;
import vn.loa.load.EventKind;
import vn.loa.load.FocusWeek;
import vn.loa.render.RenderedPage;

/** One year of a campaign: its focus week, plans, news and events. */
public record CampaignYear(Campaign campaign, int year, FocusWeek week, List<RenderedPage> plans,
                           List<RenderedPage> news, List<Event> events) {

    public CampaignYear {
        plans = List.copyOf(plans);
        news = List.copyOf(news);
        events = List.copyOf(events);
    }

    public static String urlOf(String campaignId, int year) {
        return "/chien-dich/" + campaignId + "/" + year + "/";
    }

    public String url() {
        return urlOf(campaign.id(), year);
    }

    public LocalDate campaignDay() {
        return campaign.dayIn(year);
    }

    /** Themes of the year's plans, in plan order, without repeats. */
    public List<String> themes() {
        List<String> out = new ArrayList<>();
        plans.forEach(p -> p.page().document().themes().stream().filter(t -> !out.contains(t)).forEach(out::add));
        return out;
    }

    public List<String> slogans() {
        List<String> out = new ArrayList<>();
        plans.forEach(p -> p.page().document().slogans().stream().filter(t -> !out.contains(t)).forEach(out::add));
        return out;
    }

    /** Events that show on a day of the week grid. */
    public List<Event> on(LocalDate day) {
        return events.stream().filter(e -> e.occursOn(day)).toList();
    }

    /** Deadlines and activities that begin before the focus week (the lead-up timeline). */
    public List<Event> before() {
        return events.stream().filter(e -> e.firstDay().isBefore(week.start())
                && (e.kind() == EventKind.DEADLINE || e.kind() == EventKind.VAGUE || e.end().isBefore(week.start())))
                .toList();
    }

    /** What happens after the week. */
    public List<Event> after() {
        return events.stream().filter(e -> e.firstDay().isAfter(week.end())).toList();
    }

    /** Deadlines and vague spans that touch the week: listed beside the grid, not on a day. */
    public List<Event> undated() {
        return events.stream().filter(e -> (e.kind() == EventKind.DEADLINE || e.kind() == EventKind.VAGUE)
                && !e.firstDay().isBefore(week.start()) && !e.firstDay().isAfter(week.end())).toList();
    }

    /** Events shown on at least one day of the focus week. */
    public List<Event> inWeek() {
        return events.stream().filter(e -> week.days().stream().anyMatch(e::occursOn)).toList();
    }
}

package vn.loa.theme;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loa.Key;
import vn.loa.calendar.EventsJson;
import vn.loa.calendar.IcsWriter;
import vn.loa.index.CampaignYear;
import vn.loa.index.Event;
import vn.loa.index.Site;
import vn.loa.load.Campaign;
import vn.loa.render.RenderedPage;
import vn.loa.text.VietnameseDates;

/**
 * The campaign archive: {@code /chien-dich/}, a page per campaign, and per campaign year its hub
 * (week calendar, press kit, plans and news), its calendar file and events JSON (its events'
 * pages are {@link EventOutputs}'). All of a year's outputs read that year: the summaries of its
 * plans and news, which hold its events.
 */
final class CampaignOutputs {

    /** Where a campaign year's printable week calendar is, below the year's page. */
    static final String PRINTABLE_WEEK = "lich/";

    private CampaignOutputs() {
    }

    /** The key of a campaign year: its campaign and week, and the summaries of its pages in order. */
    static long key(OutputPlan plan, CampaignYear y) {
        Key k = Key.of("campaign-year").addValue(y.campaign()).add(y.year()).addValue(y.week());
        plan.summaries(k, y.plans());
        plan.summaries(k, y.news());
        y.events().forEach(e -> k.add(e.id()));
        return k.get();
    }

    static void plan(OutputPlan plan) {
        Site site = plan.site;
        IcsWriter ics = ics(plan);
        long icsKey = icsKey(plan);

        List<Map<String, Object>> archive = new ArrayList<>();
        Key all = plan.key("campaigns");
        for (Campaign c : site.campaigns()) {
            archive.add(Map.of("campaign", c, "years", site.yearsOf(c)));
            site.yearsOf(c).forEach(y -> all.add(key(plan, y)));
        }
        List<Map<String, String>> offers = new ArrayList<>(List.of(CalendarOutputs.upcomingOffer()));
        site.campaigns().forEach(c -> offers.add(CalendarOutputs.campaignOffer(c)));
        plan.html("/chien-dich/", "campaigns.peb", all, List.of(), List.of(new Crumb("Chiến dịch", null)),
                Map.of("campaigns", archive, CalendarOutputs.VAR, offers));

        for (Campaign c : site.campaigns()) {
            List<CampaignYear> years = site.yearsOf(c);
            Key campaignKey = plan.key("campaign").addValue(c);
            years.forEach(y -> campaignKey.add(key(plan, y)));
            plan.html("/chien-dich/" + c.id() + "/", "campaign.peb", campaignKey, List.of(),
                    List.of(new Crumb("Chiến dịch", "/chien-dich/"), new Crumb(c.name(), null)), Map.of("campaign", c, "years", years,
                            CalendarOutputs.VAR, List.of(CalendarOutputs.campaignOffer(c), CalendarOutputs.upcomingOffer())));
            for (int i = 0; i < years.size(); i++) {
                year(plan, ics, icsKey, c, years.get(i), i > 0 ? years.get(i - 1) : null, i + 1 < years.size() ? years.get(i + 1) : null);
            }
        }
    }

    private static void year(OutputPlan plan, IcsWriter ics, long icsKey, Campaign c, CampaignYear y, CampaignYear newer,
                             CampaignYear older) {
        SiteRenderer renderer = plan.renderer;
        long yearKey = key(plan, y);
        List<RenderedPage> pages = new ArrayList<>(y.plans());
        pages.addAll(y.news());
        List<Crumb> crumbs = List.of(new Crumb("Chiến dịch", "/chien-dich/"), new Crumb(c.name(), "/chien-dich/" + c.id() + "/"),
                new Crumb("Năm " + y.year(), null));
        // The week grid marks the day of the build: the page is keyed by which of its days that is
        // (none, most days of the year), not by the date, so it is made again only when the mark moves.
        WeekGrid week = WeekGrid.of(y, plan.site.today());
        plan.html(y.url(), "campaign-year.peb", plan.key("campaign-year").add(yearKey)
                        .add(newer == null ? 0 : newer.year()).add(older == null ? 0 : older.year()).add(week.todayColumn()),
                pages, crumbs, () -> {
                    Map<String, Object> vars = new HashMap<>();
                    vars.put("cy", y);
                    vars.put("days", days(y));
                    vars.put("week", week);
                    vars.put("plans", plan.views(y.plans()));
                    vars.put("documents", plan.views(y.plans().stream().filter(r -> !r.page().attachments().isEmpty()).toList()));
                    vars.put("news", plan.views(y.news()));
                    vars.put("newer", newer);
                    vars.put("older", older);
                    vars.put(CalendarOutputs.VAR, CalendarOutputs.yearOffers(y));
                    vars.put("jsonld", y.events().isEmpty() ? null : EventJsonLd.of(y.events(), renderer::absolute, renderer.zone()));
                    return vars;
                });
        // The week on one printed A4 landscape page: it reads what the year's page reads.
        plan.html(y.url() + PRINTABLE_WEEK, "printable-week.peb", plan.key("printable-week").add(yearKey), pages,
                List.of(new Crumb("Chiến dịch", "/chien-dich/"), new Crumb(c.name(), "/chien-dich/" + c.id() + "/"),
                        new Crumb("Năm " + y.year(), y.url()), new Crumb("Lịch tuần để in", null)), () -> {
                    Map<String, Object> vars = new HashMap<>(PrintableWeek.of(y));
                    vars.put("cy", y);
                    return vars;
                });
        String name = c.name() + " " + y.year() + " — " + plan.site.config().title();
        plan.file(IcsWriter.yearFileUrl(y), plan.key("ics-year").add(yearKey).add(icsKey),
                () -> ics.calendar(name, y.events(), renderer::eventPageUrl));
        String jsonUrl = y.url() + EventsJson.FILE;
        plan.file(jsonUrl, plan.key("events-json").add(yearKey),
                () -> EventsJson.write(y, u -> renderer.linkFrom(jsonUrl, u)).getBytes(StandardCharsets.UTF_8));
        // Its events' pages and calendar files: EventOutputs.
    }

    /** The calendar writer of a build: the site's zone, its host in UIDs, the content's {@link #stamp}. */
    static IcsWriter ics(OutputPlan plan) {
        return new IcsWriter(plan.renderer.zone(), plan.renderer.uidDomain(), plan.stamp());
    }

    /** What every calendar file reads besides its events: the host in its UIDs and its DTSTAMP. */
    static long icsKey(OutputPlan plan) {
        return Key.of("ics").add(plan.renderer.uidDomain()).add(plan.stamp().toEpochMilli()).get();
    }

    /**
     * DTSTAMP of every calendar: the newest page's date, so that building the same content twice
     * gives the same files.
     */
    static java.time.Instant stamp(Site site, java.time.ZoneId zone) {
        // The site's pages are newest first, undated last: the first one's date, when it has one.
        java.time.LocalDateTime newest = site.pages().isEmpty() ? null : site.pages().get(0).page().date();
        return (newest != null ? newest : java.time.LocalDateTime.of(2000, 1, 1, 0, 0)).atZone(zone).toInstant();
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
                            .thenComparing(Event::sortTime).thenComparing(Event::title, vn.loa.text.Vietnamese.collation())
                            .thenComparing(Event::id))
                    .forEach(e -> entries.add(Map.of("event", e,
                            "continued", e.start().isBefore(d) && !d.equals(y.week().start()))));
            day.put("entries", entries);
            day.put("events", entries.stream().map(m -> m.get("event")).toList());
            out.add(day);
        }
        return out;
    }
}

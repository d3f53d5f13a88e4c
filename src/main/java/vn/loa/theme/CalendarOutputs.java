package vn.loa.theme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.loa.Key;
import vn.loa.calendar.IcsWriter;
import vn.loa.index.CampaignYear;
import vn.loa.index.Event;
import vn.loa.index.Site;
import vn.loa.load.Campaign;
import vn.loa.load.EventKind;
import vn.loa.text.Vietnamese;

/**
 * The calendars to subscribe to beyond a campaign year's: one per campaign, all its years
 * ({@code /chien-dich/<campaign>/<campaign>.ics}, reading those years), and the events of the
 * whole site that have not ended on the build's day ({@link IcsWriter#UPCOMING_URL}, reading the
 * pages that state the events it holds). An event is written by the same writer as in its year's
 * file, so it has the same UID, DTSTAMP and LAST-MODIFIED in all of them.
 */
final class CalendarOutputs {

    /** The template variable holding the calendars a page offers (see {@code partials/subscribe.peb}). */
    static final String VAR = "calendars";

    private CalendarOutputs() {
    }

    static void plan(OutputPlan plan) {
        Site site = plan.site;
        SiteRenderer renderer = plan.renderer;
        IcsWriter ics = CampaignOutputs.ics(plan);
        long icsKey = CampaignOutputs.icsKey(plan);
        String siteTitle = site.config().title();

        for (Campaign c : site.campaigns()) {
            List<CampaignYear> years = new ArrayList<>(site.yearsOf(c));
            years.sort(Comparator.comparingInt(CampaignYear::year)); // oldest first, like the events in a year
            Key key = plan.key("ics-campaign").addValue(c).add(icsKey);
            years.forEach(y -> key.add(CampaignOutputs.key(plan, y)));
            List<Event> events = years.stream().flatMap(y -> y.events().stream()).toList();
            plan.file(IcsWriter.campaignFileUrl(c), key,
                    () -> ics.calendar(c.name() + " — " + siteTitle, events, renderer::eventPageUrl));
        }

        // Which events are still to come depends on the day; the key holds the events chosen (and
        // the pages that state them), so the file is made again only when the choice or they change.
        List<Event> upcoming = upcoming(site.events(), site.today());
        Key key = plan.key("ics-upcoming").add(icsKey).add(upcoming.size());
        for (Event e : upcoming) {
            key.add(e.id()).add(e.campaign() == null ? "" : e.campaign().id()).add(e.year() == null ? 0 : e.year())
                    .add(plan.summary(e.page()));
        }
        plan.file(IcsWriter.UPCOMING_URL, key, () -> ics.calendar("Sự kiện sắp tới — " + siteTitle, upcoming, renderer::eventPageUrl));
    }

    /**
     * The events whose last day is today or later (a deadline's day, a period's end), in the order
     * they begin; events of the same moment by title, then by campaign and id.
     */
    static List<Event> upcoming(List<Event> events, LocalDate today) {
        return events.stream().filter(e -> !lastDay(e).isBefore(today))
                .sorted(Comparator.comparing(Event::firstDay).thenComparing(Event::sortTime)
                        .thenComparing(Event::title, Vietnamese.collation())
                        .thenComparing(e -> e.campaign() == null ? "" : e.campaign().id())
                        .thenComparing(e -> e.year() == null ? 0 : e.year())
                        .thenComparing(e -> e.page().page().url()).thenComparing(Event::id))
                .toList();
    }

    private static LocalDate lastDay(Event e) {
        return e.kind() == EventKind.DEADLINE || e.end() == null ? e.firstDay() : e.end();
    }

    /** One calendar a page offers: its name and file. */
    static Map<String, String> offer(String title, String url) {
        return Map.of("title", title, "url", url);
    }

    /** The site's calendar of events to come, offered on every page that offers calendars. */
    static Map<String, String> upcomingOffer() {
        return offer("Mọi sự kiện sắp tới", IcsWriter.UPCOMING_URL);
    }

    /** A campaign's calendar, all years. */
    static Map<String, String> campaignOffer(Campaign c) {
        return offer(c.name() + " (mọi năm)", IcsWriter.campaignFileUrl(c));
    }

    /** What a campaign year's page and its events' pages offer, the year's own calendar first. */
    static List<Map<String, String>> yearOffers(CampaignYear y) {
        return List.of(offer(y.campaign().name() + " " + y.year(), IcsWriter.yearFileUrl(y)), campaignOffer(y.campaign()),
                upcomingOffer());
    }
}

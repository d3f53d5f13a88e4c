package vn.loa.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.loa.index.CampaignYear;
import vn.loa.index.Event;
import vn.loa.load.EventKind;
import vn.loa.text.VietnameseDates;
import vn.loa.text.Json;

/**
 * A campaign year's events as JSON ({@code su-kien.json}), for scripts and newsrooms:
 *
 * <pre>
 * {"campaign": {"id", "name"}, "year": 2024, "week": {"start", "end"},
 *  "events": [{"id", "title", "kind", "start", "end", "time", "end_time", "part_of_day", "location",
 *              "lead": [], "partners": [], "url", "source_url", "ics", "page": {"title", "url"}}]}
 * </pre>
 *
 * Dates are ISO {@code YYYY-MM-DD}, times {@code HH:MM} in the site's time zone, and every key is
 * always present, null when the source does not say. {@code kind} is {@code event},
 * {@code period}, {@code deadline} or {@code vague}; a deadline has a null {@code start} and its
 * day in {@code end}. Events keep the year's order (day, time of day, title).
 */
public final class EventsJson {

    /** The file name, in the campaign year's folder. */
    public static final String FILE = "su-kien.json";

    private EventsJson() {
    }

    /**
     * @param url turns a site-absolute path ({@code /chien-dich/…/}, maybe with a {@code #fragment})
     *            into the URL to print: absolute when the site has a base URL, else relative
     */
    public static String write(CampaignYear year, Function<String, String> url) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Map<String, Object> campaign = new LinkedHashMap<>();
        campaign.put("id", year.campaign().id());
        campaign.put("name", year.campaign().name());
        doc.put("campaign", campaign);
        doc.put("year", year.year());
        Map<String, Object> week = new LinkedHashMap<>();
        week.put("start", date(year.week().start()));
        week.put("end", date(year.week().end()));
        doc.put("week", week);
        List<Object> events = new ArrayList<>(year.events().size());
        for (Event e : year.events()) {
            events.add(event(e, url));
        }
        doc.put("events", events);
        return Json.write(doc) + "\n";
    }

    private static Map<String, Object> event(Event e, Function<String, String> url) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("title", e.title());
        m.put("kind", e.kind().id());
        m.put("start", e.kind() == EventKind.DEADLINE ? null : date(e.start()));
        m.put("end", date(e.end()));
        m.put("time", time(e.time()));
        m.put("end_time", time(e.endTime()));
        m.put("part_of_day", e.partOfDay());
        m.put("location", e.location() == null || e.location().isBlank() ? null : e.location().strip());
        m.put("lead", e.lead());
        m.put("partners", e.partners());
        m.put("url", link(e.url(), url));
        m.put("source_url", link(e.sourceUrl(), url));
        m.put("ics", link(IcsWriter.eventFileUrl(e), url));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", e.page().page().title());
        page.put("url", link(e.page().page().url(), url));
        m.put("page", page);
        return m;
    }

    private static String link(String path, Function<String, String> url) {
        return path == null ? null : url.apply(path);
    }

    private static String date(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static String time(LocalTime time) {
        return time == null ? null : VietnameseDates.time(time);
    }
}

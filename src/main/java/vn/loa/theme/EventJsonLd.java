package vn.loa.theme;

import vn.loa.text.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.loa.index.Event;

/** schema.org {@code Event} JSON-LD for the pages that show events. */
final class EventJsonLd {

    private EventJsonLd() {
    }

    /**
     * @param absolute makes a site-absolute path absolute when the site has a base URL
     */
    static String of(List<Event> events, UnaryOperator<String> absolute, java.time.ZoneId zone) {
        List<Object> graph = new ArrayList<>();
        for (Event e : events) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("@type", "Event");
            m.put("name", e.title());
            m.put("startDate", e.time() != null ? dateTime(e.firstDay().atTime(e.time()), zone) : e.firstDay().toString());
            m.put("endDate", e.endTime() != null ? dateTime(e.end().atTime(e.endTime()), zone) : e.end().toString());
            m.put("eventStatus", "https://schema.org/EventScheduled");
            m.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
            if (e.location() != null) {
                Map<String, Object> place = new LinkedHashMap<>();
                place.put("@type", "Place");
                place.put("name", e.location());
                place.put("address", e.location());
                m.put("location", place);
            }
            if (!e.lead().isEmpty()) {
                List<Object> org = new ArrayList<>();
                e.lead().forEach(u -> {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("@type", "Organization");
                    o.put("name", u);
                    org.add(o);
                });
                m.put("organizer", org);
            }
            if (e.sourceText() != null) {
                m.put("description", e.sourceText());
            }
            String url = e.url() != null ? e.url() : e.sourceUrl();
            m.put("url", absolute.apply(url));
            graph.add(m);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@graph", graph);
        return Json.write(doc);
    }

    /** {@code 2024-05-17T14:00:00+07:00}: a local time with the site's offset on that day. */
    private static String dateTime(java.time.LocalDateTime t, java.time.ZoneId zone) {
        return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(zone).toOffsetDateTime());
    }
}

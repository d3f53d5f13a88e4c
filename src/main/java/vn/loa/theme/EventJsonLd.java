package vn.loa.theme;

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
    static String of(List<Event> events, UnaryOperator<String> absolute) {
        List<Object> graph = new ArrayList<>();
        for (Event e : events) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("@type", "Event");
            m.put("name", e.title());
            m.put("startDate", e.firstDay() + (e.time() != null ? "T" + e.time() + ":00+07:00" : ""));
            m.put("endDate", e.end() + (e.endTime() != null ? "T" + e.endTime() + ":00+07:00" : ""));
            m.put("eventStatus", "https://schema.org/EventScheduled");
            m.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
            if (e.location() != null) {
                m.put("location", new java.util.TreeMap<>(Map.of("@type", "Place", "name", e.location(), "address", e.location())));
            }
            if (!e.lead().isEmpty()) {
                List<Object> org = new ArrayList<>();
                e.lead().forEach(u -> org.add(new java.util.TreeMap<>(Map.of("@type", "Organization", "name", u))));
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
}

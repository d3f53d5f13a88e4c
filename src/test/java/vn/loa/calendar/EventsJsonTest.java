package vn.loa.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.calendar.TestEvents.KHCN;
import static vn.loa.calendar.TestEvents.PLAN;
import static vn.loa.calendar.TestEvents.event;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.loa.index.CampaignYear;
import vn.loa.index.Event;
import vn.loa.load.FocusWeek;

class EventsJsonTest {

    static final Function<String, String> ABSOLUTE = p -> "https://khcn.honglam.example.vn" + p;
    /** As a page at /chien-dich/ngay-khcn/2024/ would link: relative to its folder. */
    static final Function<String, String> RELATIVE = p -> "../../.." + p;

    static final List<String> EVENT_KEYS = List.of("id", "title", "kind", "start", "end", "time", "end_time",
            "part_of_day", "location", "lead", "partners", "url", "source_url", "ics", "page");

    private static CampaignYear year(Event... events) {
        return new CampaignYear(KHCN, 2024, KHCN.week(2024), List.of(PLAN), List.of(), List.of(events));
    }

    private static JsonObject parse(String json) {
        JsonElement root = JsonParser.parseString(json);
        assertTrue(root.isJsonObject());
        return root.getAsJsonObject();
    }

    private static List<String> keys(JsonObject o) {
        return new ArrayList<>(o.keySet());
    }

    private static String str(JsonObject o, String key) {
        assertTrue(o.has(key), "key '" + key + "' is present");
        JsonElement v = o.get(key);
        return v.isJsonNull() ? null : v.getAsString();
    }

    private static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        a.forEach(e -> out.add(e.getAsString()));
        return out;
    }

    @Test
    void documentWithEveryKindOfEvent() {
        Event talk = event("Tọa đàm kỷ niệm").id("toa-dam").on(2024, 5, 17).at(14, 0).until(16, 30)
                .location("Hội trường tầng 2, Tòa nhà B").lead("Phòng Quản lý Khoa học")
                .partners("Trung tâm Nghiên cứu, Ứng dụng và Dịch vụ KH&CN", "Văn phòng Sở").anchor("stt-3").build();
        Event meeting = event("Gặp mặt các nhà khoa học").on(2024, 5, 17).partOfDay("chiều").build();
        Event deadline = event("Gửi báo cáo").deadline(LocalDate.of(2024, 5, 10)).build();
        Event fair = event("Triển lãm").period(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 23)).build();
        Event review = event("Tổng kết").vague(LocalDate.of(2024, 10, 21), LocalDate.of(2024, 10, 31)).build();
        String json = EventsJson.write(year(deadline, talk, meeting, fair, review), ABSOLUTE);
        assertTrue(json.endsWith("}\n"));
        JsonObject doc = parse(json);

        assertEquals(List.of("campaign", "year", "week", "events"), keys(doc));
        JsonObject campaign = doc.getAsJsonObject("campaign");
        assertEquals(List.of("id", "name"), keys(campaign));
        assertEquals("ngay-khcn", str(campaign, "id"));
        assertEquals("Ngày Khoa học và Công nghệ Việt Nam", str(campaign, "name"));
        assertEquals(2024, doc.get("year").getAsInt());
        assertTrue(doc.get("year").getAsJsonPrimitive().isNumber());
        JsonObject week = doc.getAsJsonObject("week");
        assertEquals("2024-05-15", str(week, "start"));
        assertEquals("2024-05-21", str(week, "end"));

        JsonArray events = doc.getAsJsonArray("events");
        assertEquals(5, events.size());
        for (JsonElement e : events) {
            assertEquals(EVENT_KEYS, keys(e.getAsJsonObject()), "every key, always, in this order");
        }

        JsonObject d = events.get(0).getAsJsonObject();
        assertEquals("gui-bao-cao", str(d, "id"));
        assertEquals("deadline", str(d, "kind"));
        assertEquals(null, str(d, "start"));
        assertEquals("2024-05-10", str(d, "end"));
        assertEquals(null, str(d, "time"));
        assertEquals(null, str(d, "location"));
        assertEquals(0, d.getAsJsonArray("lead").size());

        JsonObject t = events.get(1).getAsJsonObject();
        assertEquals("toa-dam", str(t, "id"));
        assertEquals("Tọa đàm kỷ niệm", str(t, "title"));
        assertEquals("event", str(t, "kind"));
        assertEquals("2024-05-17", str(t, "start"));
        assertEquals("2024-05-17", str(t, "end"));
        assertEquals("14:00", str(t, "time"));
        assertEquals("16:30", str(t, "end_time"));
        assertEquals(null, str(t, "part_of_day"));
        assertEquals("Hội trường tầng 2, Tòa nhà B", str(t, "location"));
        assertEquals(List.of("Phòng Quản lý Khoa học"), strings(t.getAsJsonArray("lead")));
        assertEquals(List.of("Trung tâm Nghiên cứu, Ứng dụng và Dịch vụ KH&CN", "Văn phòng Sở"), strings(t.getAsJsonArray("partners")));
        assertEquals("https://khcn.honglam.example.vn/chien-dich/ngay-khcn/2024/su-kien/toa-dam/", str(t, "url"));
        assertEquals("https://khcn.honglam.example.vn/ke-hoach/ke-hoach-ngay-khcn-2024/#stt-3", str(t, "source_url"));
        assertEquals("https://khcn.honglam.example.vn/chien-dich/ngay-khcn/2024/su-kien/toa-dam/toa-dam.ics", str(t, "ics"));
        JsonObject page = t.getAsJsonObject("page");
        assertEquals(List.of("title", "url"), keys(page));
        assertEquals(PLAN.page().title(), str(page, "title"));
        assertEquals("https://khcn.honglam.example.vn/ke-hoach/ke-hoach-ngay-khcn-2024/", str(page, "url"));

        JsonObject m = events.get(2).getAsJsonObject();
        assertEquals(null, str(m, "time"));
        assertEquals(null, str(m, "end_time"));
        assertEquals("chiều", str(m, "part_of_day"));
        assertEquals("https://khcn.honglam.example.vn/ke-hoach/ke-hoach-ngay-khcn-2024/#su-kien", str(m, "source_url"));

        JsonObject f = events.get(3).getAsJsonObject();
        assertEquals("period", str(f, "kind"));
        assertEquals("2024-05-20", str(f, "start"));
        assertEquals("2024-05-23", str(f, "end"));

        JsonObject r = events.get(4).getAsJsonObject();
        assertEquals("vague", str(r, "kind"));
        assertEquals("2024-10-21", str(r, "start"));
        assertEquals("2024-10-31", str(r, "end"));
    }

    @Test
    void relativeUrlsWhenTheSiteHasNoBaseUrl() {
        JsonObject e = parse(EventsJson.write(year(event("Tọa đàm").id("toa-dam").build()), RELATIVE))
                .getAsJsonArray("events").get(0).getAsJsonObject();
        assertEquals("../../../chien-dich/ngay-khcn/2024/su-kien/toa-dam/", str(e, "url"));
        assertEquals("../../../chien-dich/ngay-khcn/2024/su-kien/toa-dam/toa-dam.ics", str(e, "ics"));
        assertEquals("../../../ke-hoach/ke-hoach-ngay-khcn-2024/#su-kien", str(e, "source_url"));
        assertEquals("../../../ke-hoach/ke-hoach-ngay-khcn-2024/", str(e.getAsJsonObject("page"), "url"));
    }

    @Test
    void textWithQuotesMarkupAndLineBreaksReadsBackExactly() {
        String title = "Hội thảo \"Đổi mới\" <b>sáng tạo</b> & công nghệ \\ số\nngày 2\t😀";
        String json = EventsJson.write(year(event(title).location("  Phòng 1  ").build()), ABSOLUTE);
        assertTrue(!json.contains("<") && !json.contains(">"), "safe inside a <script> element");
        JsonObject e = parse(json).getAsJsonArray("events").get(0).getAsJsonObject();
        assertEquals(title, str(e, "title"));
        assertEquals("Phòng 1", str(e, "location"));
    }

    @Test
    void timesAreHoursAndMinutes() {
        Event e = event("Khai mạc").on(2024, 5, 18).at(8, 0).build();
        JsonObject o = parse(EventsJson.write(year(e), ABSOLUTE)).getAsJsonArray("events").get(0).getAsJsonObject();
        assertEquals("08:00", str(o, "time"));
        assertEquals(null, str(o, "end_time"));
    }

    @Test
    void yearWithoutEventsAndWithAMovedWeek() {
        CampaignYear y = new CampaignYear(KHCN, 2022, new FocusWeek(LocalDate.of(2022, 5, 14), LocalDate.of(2022, 5, 19)),
                List.of(), List.of(), List.of());
        JsonObject doc = parse(EventsJson.write(y, ABSOLUTE));
        assertEquals(2022, doc.get("year").getAsInt());
        assertEquals("2022-05-14", str(doc.getAsJsonObject("week"), "start"));
        assertEquals("2022-05-19", str(doc.getAsJsonObject("week"), "end"));
        assertEquals(0, doc.getAsJsonArray("events").size());
    }
}

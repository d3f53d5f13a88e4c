package vn.loa.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.loa.index.Event;
import vn.loa.load.EventKind;
import vn.loa.load.EventSpec;

/** What an event page quotes of the body that states the event ({@link EventText}). */
class EventTextTest {

    private static Event event(String anchor) {
        EventSpec spec = new EventSpec(anchor, "Sự kiện " + anchor, EventKind.EVENT, LocalDate.of(2024, 5, 18), null,
                null, null, null, null, null, List.of(), List.of(), null, null, 1);
        return new Event(anchor, spec, null, null, 2024, anchor);
    }

    private static List<String> texts(List<Map<String, Object>> blocks) {
        return blocks.stream().map(b -> String.valueOf(b.containsKey("text") ? b.get("text") : b.get("items"))).toList();
    }

    private static final String BODY = """
            <h2>I. Nội dung</h2>
            <h3>1. Hội thảo</h3>
            <p id="a">Hội thảo lúc 8h00 ngày 16/5.</p>
            <ul><li>Chủ trì: Phòng Quản lý Khoa học.</li><li>Địa điểm: Hội trường.</li></ul>
            <h3>2. Lễ kỷ niệm và triển lãm</h3>
            <p>Hai hoạt động trong ngày 18/5:</p>
            <ul><li id="b">Lễ kỷ niệm lúc 8h00.</li><li><span id="c">Triển lãm</span> từ 9h00.</li></ul>
            <h3>3. Chiếu phim</h3>
            <p id="d">Chiếu phim lúc 15h00.</p>
            <p>Dành cho thiếu nhi.</p>
            <h2>II. Tổ chức</h2>
            <p>Các phòng phối hợp.</p>
            """;

    @Test
    void anEventAloneUnderItsHeadingIsQuotedWithTheBlocksUpToTheNextHeading() {
        Event a = event("a");
        Event d = event("d");
        Map<Event, List<Map<String, Object>>> quoted = EventText.of(List.of(a, d), BODY, Set.of("a", "b", "c", "d"));
        assertEquals(List.of("Hội thảo lúc 8h00 ngày 16/5.", "[Chủ trì: Phòng Quản lý Khoa học., Địa điểm: Hội trường.]"),
                texts(quoted.get(a)));
        assertEquals(List.of("Chiếu phim lúc 15h00.", "Dành cho thiếu nhi."), texts(quoted.get(d)));
    }

    @Test
    void anEventSharingItsHeadingWithAnotherIsQuotedAsItsOwnBlock() {
        // "b" and "c" are stated in one list under one heading: each page quotes only its item.
        Event b = event("b");
        Event c = event("c");
        Map<Event, List<Map<String, Object>>> quoted = EventText.of(List.of(b, c), BODY, Set.of("a", "b", "c", "d"));
        assertEquals(List.of("Lễ kỷ niệm lúc 8h00."), texts(quoted.get(b)), "an anchor on a list item: the item");
        assertEquals(List.of("[Lễ kỷ niệm lúc 8h00., Triển lãm từ 9h00.]"), texts(quoted.get(c)),
                "an anchor inside a list item: the whole list, the block that states it");
    }

    @Test
    void aSectionHoldingAnAnchorNotOfAnEventIsStillQuotedWhole() {
        // Only the anchors of events count as "another event's"; "b" and "c" are not events of this body here.
        Event b = event("b");
        Map<Event, List<Map<String, Object>>> quoted = EventText.of(List.of(b), BODY, Set.of("b"));
        assertEquals(List.of("Hai hoạt động trong ngày 18/5:", "[Lễ kỷ niệm lúc 8h00., Triển lãm từ 9h00.]"), texts(quoted.get(b)));
    }
}

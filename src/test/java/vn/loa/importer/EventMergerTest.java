package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, item 6: one event, one entry — mentions merged, rescheduled events on their new date with a note. */
class EventMergerTest {

    @Test
    void theLeadsMentionAndTheBodysAreOneEventWithWhatEachAdds() {
        ImportedDocument d = EventFixtures.read("tin-trien-lam-doi-lich.txt");
        List<ImportedEvent> on20 = d.events().stream().filter(e -> e.kind().equals("event") && "2024-04-20".equals(String.valueOf(e.start())))
                .toList();
        assertEquals(1, on20.size(), "«Sáng 20/4/2024, …» and «Triển lãm khai mạc ngày 20/4» are one: " + d.events());
        ImportedEvent opening = on20.get(0);
        assertEquals("Triển lãm “Sáng tạo trẻ Lâm Hà” năm 2024", opening.text());
        assertEquals("sáng", opening.partOfDay());
        assertEquals("Nhà Văn hóa Thanh niên tỉnh", opening.location());
        assertEquals("Sáng 20/4/2024", opening.sourceQuote(), "the more precise mention is quoted");
    }

    @Test
    void aTableRowAndAProseMentionAreOneEventNamedByTheRow() {
        ImportedDocument d = EventFixtures.read("ke-hoach-bang-va-van-xuoi.txt");
        List<ImportedEvent> on16 = d.events().stream().filter(e -> "2024-05-16".equals(String.valueOf(e.start()))).toList();
        assertEquals(1, on16.size(), d.events()::toString);
        ImportedEvent w = on16.get(0);
        assertEquals(ImportedEvent.TABLE, w.found());
        assertEquals("Hội thảo “Chuyển đổi số trong doanh nghiệp nhỏ và vừa”", w.text());
        assertEquals("sáng", w.partOfDay(), "the prose adds the part of the day");
        assertEquals("Hội trường Sở Khoa học và Công nghệ", w.location(), "and the place, cut before ', do ThS. …'");
        assertEquals(List.of("Phòng Quản lý Công nghệ"), w.lead(), "the row adds its units");
        assertEquals(4, d.events().size());
    }

    @Test
    void mentionsOfTwoActivitiesOnOneDayStayTwo() {
        ImportedEvent a = event("Hội thảo “Chuyển đổi số trong nông nghiệp”", null);
        ImportedEvent b = event("Triển lãm sản phẩm khoa học và công nghệ", null);
        assertEquals(2, EventMerger.merge(List.of(a, b)).size());
        ImportedEvent morning = event("Hội thảo chuyển đổi số", java.time.LocalTime.of(8, 0));
        ImportedEvent afternoon = event("Hội thảo chuyển đổi số", java.time.LocalTime.of(14, 0));
        assertEquals(2, EventMerger.merge(List.of(morning, afternoon)).size(), "two sessions at different times");
        assertTrue(EventMerger.sameName("Tọa đàm", "Tọa đàm “Khoa học và công nghệ đồng hành cùng doanh nghiệp”"));
        assertFalse(EventMerger.sameName("Hội thảo A B", "Tọa đàm A B C"));
    }

    @Test
    void mergedMentionsThatDisagreeAreMarked() {
        ImportedEvent a = new ImportedEvent("Tọa đàm khởi nghiệp", "event", day(), day(), null, null, null, null, true, List.of(), List.of(),
                "Hội trường Sở", "ngày 18/5/2024", ImportedEvent.SENTENCE, java.util.Set.of(), null, null);
        ImportedEvent b = new ImportedEvent("Tọa đàm khởi nghiệp", "event", day(), day(), null, null, "sáng", null, true, List.of(), List.of(),
                "Nhà Văn hóa Thanh niên", "sáng 18/5/2024", ImportedEvent.SENTENCE, java.util.Set.of(), null, null);
        List<ImportedEvent> m = EventMerger.merge(List.of(a, b));
        assertEquals(1, m.size());
        assertEquals("sáng 18/5/2024", m.get(0).sourceQuote());
        assertEquals("vừa", m.get(0).confidence());
        assertTrue(m.get(0).checks().contains(Doubt.MERGED.label()));
    }

    @Test
    void aRescheduledEventHasItsNewDateAndANote() {
        ImportedDocument d = EventFixtures.read("tin-trien-lam-doi-lich.txt");
        ImportedEvent prize = EventFixtures.quoted(d, "ngày 05/5/2024");
        assertEquals("Lễ tổng kết và trao giải cuộc thi ý tưởng", prize.text());
        assertEquals("dời từ ngày 28/4/2024", prize.note());
        assertEquals("Hội trường Tỉnh đoàn", prize.location());
        assertFalse(EventFixtures.anyOn(d, "2024-04-28"), "the old date is no second event");
        ImportedEvent meeting = EventFixtures.quoted(d, "ngày 12/5/2024");
        assertEquals("Buổi gặp mặt các nhà sáng chế", meeting.text());
        assertEquals("dời từ ngày 10/5/2024", meeting.note(), "… thay vì ngày 10/5/2024");
        assertFalse(EventFixtures.anyOn(d, "2024-05-10"));
        assertEquals("vừa", meeting.confidence());
    }

    @Test
    void everyWordOfMovingMovesTheEvent() {
        for (String moved : List.of("được lùi sang", "nay chuyển sang", "hoãn đến", "được dời sang", "đã được lùi lại đến")) {
            List<ImportedEvent> e = Importer.parseText("KẾ HOẠCH\nTổ chức Hội nghị tổng kết năm 2024\n\nI. NỘI DUNG\n\n"
                    + "Hội nghị tổng kết dự kiến tổ chức ngày 20/11/2024, " + moved + " ngày 22/11/2024 tại Phòng họp số 1.\n").events();
            assertEquals(1, e.size(), moved + ": " + e);
            assertEquals("2024-11-22", e.get(0).start().toString(), moved);
            assertEquals("Hội nghị tổng kết", e.get(0).text(), moved);
            assertEquals("dời từ ngày 20/11/2024", e.get(0).note(), moved);
            assertEquals("Phòng họp số 1", e.get(0).location(), moved);
        }
    }

    private static java.time.LocalDate day() {
        return java.time.LocalDate.of(2024, 5, 18);
    }

    private static ImportedEvent event(String text, java.time.LocalTime time) {
        return new ImportedEvent(text, "event", day(), day(), time, null, null, null, true, List.of(), List.of(), null, "ngày 18/5/2024",
                ImportedEvent.SENTENCE, java.util.Set.of(), null, null);
    }
}

package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 13, item 10: how each event was found and how sure the importer is of it. */
class EventConfidenceTest {

    @Test
    void eachEventSaysHowItWasFound() {
        ImportedDocument d = EventFixtures.read("ke-hoach-bang-va-van-xuoi.txt");
        assertEquals(ImportedEvent.TABLE, EventFixtures.quoted(d, "15h00 ngày 17/5/2024").found());
        assertEquals(ImportedEvent.SENTENCE, EventFixtures.quoted(d, "trước ngày 25/5/2024").found());
        ImportedDocument workshop = Importer.parseText("KẾ HOẠCH\nTổ chức Hội thảo khoa học năm 2025\n\nI. NỘI DUNG\n\n"
                + "1. Hội thảo “Nông nghiệp số”\n\n- Chủ trì: Phòng Quản lý Khoa học.\n- Thời gian: 8h00 ngày 25/9/2025.\n");
        ImportedEvent item = workshop.events().get(0);
        assertEquals(ImportedEvent.ITEM, item.found());
        assertEquals("Hội thảo “Nông nghiệp số”", item.text());
        assertEquals("cao", item.confidence());
        assertEquals("II. NỘI DUNG", EventFixtures.quoted(d, "15h00 ngày 17/5/2024").section());
        assertEquals("1. Hội thảo “Nông nghiệp số”", item.section());
    }

    @Test
    void aYearGuessedAndAWrongWeekdayLowerTheConfidence() {
        // A news post with no date of its own: "ngày 18/5" takes this year, a guess.
        ImportedDocument post = Importer.parseText("Sở tổ chức Tọa đàm khoa học\n\nTọa đàm khoa học diễn ra ngày 18/5 tại Hội trường Sở.\n");
        ImportedEvent guessed = post.events().get(0);
        assertEquals(Set.of(Doubt.YEAR_GUESSED), guessed.doubts());
        assertEquals("vừa", guessed.confidence());
        assertEquals(List.of("năm được đoán"), guessed.checks());
        // 18/5/2024 was a Saturday.
        ImportedDocument plan = Importer.parseText("KẾ HOẠCH\nTổ chức Tọa đàm năm 2024\n\nI. NỘI DUNG\n\n"
                + "Tọa đàm khoa học diễn ra sáng Thứ Hai (18/5/2024) tại Hội trường Sở.\n");
        ImportedEvent wrongDay = plan.events().get(0);
        assertTrue(wrongDay.doubts().contains(Doubt.WEEKDAY), wrongDay::toString);
        assertEquals("thấp", wrongDay.confidence());
    }

    @Test
    void aDateWithItsYearInADatedDocumentIsSure() {
        ImportedDocument d = EventFixtures.read("ke-hoach-van-xuoi.txt");
        assertEquals("cao", EventFixtures.quoted(d, "sáng 15/11/2024").confidence());
        assertEquals("vừa", EventFixtures.quoted(d, "ngày 22/11/2024").confidence(), "moved");
        assertEquals("dời từ ngày 20/11/2024", EventFixtures.quoted(d, "ngày 22/11/2024").note());
    }

    @Test
    void theJsonCarriesFoundConfidenceAndNote() {
        ImportedDocument d = EventFixtures.read("tin-trien-lam-doi-lich.txt");
        String json = ImportJson.write(d);
        assertTrue(json.contains("\"found\":\"câu\",\"confidence\":\"vừa\",\"note\":\"dời từ ngày 28/4/2024\",\"check\":[\"đã dời ngày\"]"), json);
        assertTrue(json.contains("\"found\":\"câu\",\"confidence\":\"cao\",\"note\":null,\"check\":[]"), json);
    }
}

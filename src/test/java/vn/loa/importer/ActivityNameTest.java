package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * An activity's name without what goes with it (its theme, who takes part) and without the verb and place around it,
 * when the sentence starts with a frame of time (issue 13, round 2). From a news post composed for these tests.
 */
class ActivityNameTest {

    private static final String POST = """
            Khai mạc Tuần lễ khoa học và công nghệ tỉnh

            Thứ Hai, 08/6/2026 - 08:00

            Sáng 08/6, Sở Khoa học và Công nghệ tổ chức Lễ khai mạc Tuần lễ khoa học và công nghệ với chủ đề "Khoa học cho nông thôn mới".

            Trong tuần lễ, chiều 10/6 sẽ diễn ra hội thảo "Giống cây trồng chịu hạn" tại Trung tâm Hội nghị tỉnh; ngày 12/6, Hội Nông dân tỉnh tổ chức Tọa đàm khởi nghiệp nông thôn với sự tham gia của 80 hội viên.
            """;

    @Test
    void aThemeOrTheGuestsAreNotTheName() {
        ImportedDocument d = Importer.parseText(POST);
        ImportedEvent opening = EventFixtures.quoted(d, "Sáng 08/6");
        assertFalse(opening.text().contains("chủ đề"), opening.text());
        assertTrue(opening.text().contains("Lễ khai mạc Tuần lễ khoa học và công nghệ"), opening.text());
        ImportedEvent talk = EventFixtures.quoted(d, "ngày 12/6");
        assertFalse(talk.text().contains("sự tham gia"), talk.text());
    }

    @Test
    void aFrameOfTimeBeforeTheDateGivesWayToTheActivityAfterIt() {
        ImportedDocument d = Importer.parseText(POST);
        ImportedEvent workshop = EventFixtures.quoted(d, "chiều 10/6");
        assertEquals("Hội thảo \"Giống cây trồng chịu hạn\"", workshop.text());
        assertEquals("Trung tâm Hội nghị tỉnh", workshop.location());
    }
}

package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 13, item 2: the dates of documents cited in the body are not events. */
class CitedDocumentsTest {

    private static List<ImportedEvent> events(String body) {
        return Importer.parseText("KẾ HOẠCH\nTổ chức Ngày hội Sáng tạo trẻ năm 2024\n\nI. NỘI DUNG\n\n" + body + "\n").events();
    }

    @Test
    void aPlanCitingDocumentsInItsBodyHasOnlyItsActivities() {
        ImportedDocument d = EventFixtures.read("ke-hoach-dan-van-ban.txt");
        assertEquals(List.of("2024-04-20", "2024-04-25"), d.events().stream().map(e -> String.valueOf(e.start())).toList(), d.events()::toString);
        for (String cited : List.of("2024-03-01", "2024-02-20", "2024-01-12", "2024-04-03", "2024-03-10")) {
            assertFalse(EventFixtures.anyOn(d, cited), cited);
        }
        assertEquals("Nhà Văn hóa Thanh niên tỉnh", EventFixtures.quoted(d, "ngày 20/4/2024").location(),
                "the place stops before ', theo Công văn …'");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thực hiện đúng chỉ đạo tại Thông báo kết luận của Chủ tịch UBND tỉnh ngày 20/9/2024.",
        "Các phòng triển khai theo Công văn số 12/SKHCN-VP ngày 3/4/2024 của Sở.",
        "Nội dung thực hiện theo văn bản của Bộ Khoa học và Công nghệ ngày 3/4/2024.",
        "Căn cứ Kế hoạch số 45/KH-UBND ngày 10/3/2024 của UBND tỉnh, Sở chuẩn bị các điều kiện.",
        "Căn cứ Kế hoạch tổ chức Hội thi ngày 10/3/2024 của Tỉnh đoàn, Sở phối hợp thực hiện.",
        "Kinh phí thực hiện theo Quyết định phê duyệt dự toán của Giám đốc Sở ngày 05/01/2024.",
        "Nhiệm vụ được giao tại Thông báo số 15/TB-VP ngày 2/2/2024 của Văn phòng UBND tỉnh."})
    void aCitedDocumentsDateIsNoEvent(String sentence) {
        assertEquals(List.of(), events(sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hội nghị phổ biến Quyết định số 150/QĐ-UBND được tổ chức vào ngày 25/4/2024 tại Hội trường Sở.",
        "Kế hoạch tổ chức Hội thi được triển khai ngày 25/4/2024.",
        "Lễ công bố Quyết định thành lập Trung tâm diễn ra sáng 25/4/2024."})
    void anActivityAboutADocumentIsStillAnEvent(String sentence) {
        List<ImportedEvent> e = events(sentence);
        assertEquals(1, e.size(), e::toString);
        assertEquals("2024-04-25", String.valueOf(e.get(0).start()));
    }

    @Test
    void aDocumentIsNeverAPlace() {
        List<ImportedEvent> e = events("Lễ ra mắt Câu lạc bộ diễn ra ngày 25/4/2024 tại Thông báo số 15/TB-VP của Văn phòng.");
        assertEquals(1, e.size());
        assertEquals(null, e.get(0).location());
        assertTrue(Places.isDocument("Quyết định số 150/QĐ-UBND"));
        assertFalse(Places.isDocument("Hội trường Sở Khoa học và Công nghệ"));
    }
}

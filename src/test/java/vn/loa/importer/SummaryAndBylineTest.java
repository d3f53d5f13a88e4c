package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A news post's summary made of whole sentences (abbreviations respected), and a byline written at the end of its last
 * paragraph (issue 13, round 2). From posts composed for these tests.
 */
class SummaryAndBylineTest {

    @Test
    void theSummaryIsTheLeadsFirstSentencesNotACutInTheMiddleOfOne() {
        String s = BodyStructure.summary("Sáng 12/5, tại TP. Vinh, TS. Nguyễn Văn Bình chủ trì hội thảo về giống lúa chịu mặn. "
                + "Hơn 120 đại biểu đến từ các viện, trường và hợp tác xã tham dự. Hội thảo đã nghe 12 tham luận về kết quả "
                + "khảo nghiệm giống lúa tại các huyện ven biển trong hai vụ đông xuân và hè thu vừa qua.");
        assertEquals("Sáng 12/5, tại TP. Vinh, TS. Nguyễn Văn Bình chủ trì hội thảo về giống lúa chịu mặn. "
                + "Hơn 120 đại biểu đến từ các viện, trường và hợp tác xã tham dự.", s);
        assertEquals("Hội nghị khai mạc lúc 8 giờ.", BodyStructure.summary("Hội nghị khai mạc lúc 8 giờ"));
        String long1 = "Từ ".repeat(200) + "cuối.";
        String cut = BodyStructure.summary(long1);
        assertTrue(cut.endsWith("…") && cut.length() <= 212, cut);
    }

    @Test
    void aBylineInBracketsAtTheEndOfTheLastParagraph() {
        ImportedDocument d = Importer.parseText("""
                Nghiệm thu mô hình nuôi tôm công nghệ cao

                Thứ Sáu, 15/5/2026 - 09:00

                Ngày 14/5/2026, Hội đồng khoa học tỉnh nghiệm thu mô hình nuôi tôm công nghệ cao tại xã Hải An.

                Mô hình cho năng suất cao hơn 30% so với cách nuôi truyền thống. (Tin, ảnh: Minh Anh)
                """);
        assertEquals("Minh Anh", d.author());
        assertFalse(d.markdown().contains("Minh Anh"), d.markdown());
        assertTrue(d.markdown().contains("truyền thống."), d.markdown());
        assertNull(d.signer());
    }

    @Test
    void aNameAfterTheEndMark() {
        ImportedDocument d = Importer.parseText("""
                Tập huấn an toàn bức xạ cho cơ sở y tế

                Ngày 20/6/2026, Sở Khoa học và Công nghệ tổ chức lớp tập huấn an toàn bức xạ cho 60 cán bộ các bệnh viện./. Thu Hà
                """);
        assertEquals("Thu Hà", d.author());
        assertFalse(d.markdown().contains("Thu Hà"), d.markdown());
    }

    @Test
    void bracketsThatAreNoBylineStay() {
        ImportedDocument d = Importer.parseText("""
                Hội thi sáng tạo kỹ thuật tỉnh lần thứ X

                Hội thi nhận được 95 giải pháp của các tác giả trong tỉnh (tăng 20% so với lần thứ IX)
                """);
        assertNull(d.author());
        assertTrue(d.markdown().contains("(tăng 20% so với lần thứ IX)"), d.markdown());
    }
}

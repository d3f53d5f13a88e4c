package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A news post's first paragraph, its sapo, is its lead and its summary; an official document has no lead. */
class SapoTest {

    private static final String SAPO = "Sáng 16/5, tại Trung tâm Hội nghị tỉnh, Sở Khoa học và Công nghệ Sơn Hà tổ chức Lễ kỷ niệm "
            + "Ngày Khoa học và Công nghệ Việt Nam và tôn vinh 18 nhà khoa học tiêu biểu của tỉnh.";

    @Test
    void theFirstParagraphAfterTheDatelineIsTheLead() {
        ImportedDocument d = Importer.parseText("Tôn vinh 18 nhà khoa học tiêu biểu tỉnh Sơn Hà\nThứ Năm, 16/05/2024 - 11:05\n\n" + SAPO + "\n\n"
                + "Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh ghi nhận những đóng góp của đội ngũ trí thức.\n\nTin, ảnh: Thu Hà\n");
        assertEquals(SAPO, d.lead());
        assertEquals(SAPO, d.summary());
        assertTrue(d.check().contains("lead"), "a first paragraph is a guess");
        assertTrue(d.markdown().startsWith("Sáng 16/5, tại Trung tâm Hội nghị tỉnh"), "the sapo stays in the body");
    }

    @Test
    void aSapoInBoldIsMarkedAndLosesItsMarkdown() {
        ImportedDocument d = Importer.parseMarkdown("Thứ Năm, 16/05/2024 - 11:05\n\n![Quang cảnh buổi lễ](le.jpg)\n\n**" + SAPO + "**\n\n"
                + "Buổi lễ có sự tham dự của *hơn 200 đại biểu*.\n\n**Thu Hà**\n",
                "Tôn vinh 18 nhà khoa học tiêu biểu tỉnh Sơn Hà", LocalDate.of(2024, 5, 16));
        assertEquals(SAPO, d.lead());
        assertFalse(d.check().contains("lead"), d.check().toString());
        assertEquals("Thu Hà", d.author());
    }

    @Test
    void aLongSummaryIsItsFirstWholeSentences() {
        String longSapo = SAPO + " Đây là lần thứ ba tỉnh tổ chức tôn vinh, nhằm ghi nhận các công trình nghiên cứu có giá trị ứng dụng cao "
                + "trong nông nghiệp, y tế và chuyển đổi số của địa phương.";
        ImportedDocument d = Importer.parseText("Tôn vinh nhà khoa học\n16/05/2024\n\n" + longSapo + "\n");
        assertEquals(longSapo, d.lead());
        // Round 2 of issue 13: whole sentences (Sentences), not a cut at a word, as long as they fit in about 220 characters.
        assertEquals(SAPO, d.summary());
    }

    @Test
    void aDocumentInTheOfficialFormHasNoLead() {
        ImportedDocument d = Importer.parseText("UBND TỈNH SƠN HÀ\nSố: 09/CT-UBND\nSơn Hà, ngày 4 tháng 3 năm 2024\n\nCHỈ THỊ\n"
                + "Về đẩy mạnh ứng dụng khoa học, công nghệ và đổi mới sáng tạo\n\n"
                + "Trong những năm qua, hoạt động khoa học và công nghệ của tỉnh đã có nhiều chuyển biến tích cực, đóng góp vào tăng trưởng.\n\n"
                + "1. Các sở, ban, ngành rà soát nhiệm vụ khoa học và công nghệ, báo cáo UBND tỉnh trước ngày 30/4/2024.\n");
        assertNull(d.lead());
        assertEquals("Chỉ thị", d.kind());
        assertFalse(d.check().contains("lead"));
    }

    @Test
    void aPlanWithoutItsFormThatOpensWithASectionHasNoLead() {
        ImportedDocument d = Importer.parseMarkdown("## I. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao nhận thức của cán bộ, viên chức về sở hữu trí tuệ.\n",
                "Kế hoạch tuyên truyền sở hữu trí tuệ năm 2024", null);
        assertNull(d.lead());
    }
}

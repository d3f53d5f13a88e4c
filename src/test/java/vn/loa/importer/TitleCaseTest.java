package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The capitals of a title: kind and subject in one sentence, a subject typed in capitals, lines that go on. */
class TitleCaseTest {

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Kế hoạch   | Tổ chức các hoạt động chào mừng Ngày Khoa học và Công nghệ Việt Nam năm 2024 | Kế hoạch tổ chức các hoạt động chào mừng Ngày Khoa học và Công nghệ Việt Nam năm 2024
            Thông báo  | Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 4                      | Thông báo kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 4
            Chỉ thị    | Về việc tăng cường ứng dụng khoa học và công nghệ                            | Chỉ thị về việc tăng cường ứng dụng khoa học và công nghệ
            Kế hoạch   | Ngày Sáng tạo và Đổi mới sáng tạo thế giới năm 2025                          | Kế hoạch Ngày Sáng tạo và Đổi mới sáng tạo thế giới năm 2025
            Quyết định | UBND tỉnh phê duyệt danh mục nhiệm vụ                                        | Quyết định UBND tỉnh phê duyệt danh mục nhiệm vụ
            Kế hoạch   | Sở Khoa học và Công nghệ triển khai Năm Chuyển đổi số                        | Kế hoạch Sở Khoa học và Công nghệ triển khai Năm Chuyển đổi số
            Kế hoạch   | Techfest Sơn Hà năm 2024                                                     | Kế hoạch Techfest Sơn Hà năm 2024
            """)
    void thePageTitleIsKindAndSubjectAsOneSentence(String kind, String subject, String title) {
        assertEquals(title, TitleCase.pageTitle(kind, subject));
    }

    @Test
    void withoutAKindThePageTitleIsTheSubject() {
        assertEquals("Sở KH&CN tổ chức Hội thảo khởi nghiệp", TitleCase.pageTitle(null, "Sở KH&CN tổ chức Hội thảo khởi nghiệp"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            TỔ CHỨC CÁC HOẠT ĐỘNG CHÀO MỪNG NGÀY KHOA HỌC VÀ CÔNG NGHỆ VIỆT NAM NĂM 2024        | Tổ chức các hoạt động chào mừng Ngày Khoa học và Công nghệ Việt Nam năm 2024
            HƯỞNG ỨNG NGÀY KH&CN VIỆT NAM 18/5 TRÊN ĐỊA BÀN HUYỆN                             | Hưởng ứng Ngày KH&CN Việt Nam 18/5 trên địa bàn huyện
            TRIỂN KHAI CHƯƠNG TRÌNH PHỐI HỢP GIỮA SỞ KHOA HỌC VÀ CÔNG NGHỆ VÀ UBND CÁC HUYỆN  | Triển khai chương trình phối hợp giữa Sở Khoa học và Công nghệ và UBND các huyện
            ĐÀO TẠO CNTT VÀ STEM CHO GIÁO VIÊN THPT LẦN THỨ II                                | Đào tạo CNTT và STEM cho giáo viên THPT lần thứ II
            HỘI NGHỊ TỔNG KẾT HOẠT ĐỘNG CỦA LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH        | Hội nghị tổng kết hoạt động của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh
            """)
    void aSubjectInCapitalsGetsSentenceCaseWithItsNamesAndAbbreviations(String capitals, String sentence) {
        assertTrue(TitleCase.allCapitals(capitals));
        assertEquals(sentence, TitleCase.sentenceCase(capitals));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chào mừng Ngày Khoa học và Công nghệ Việt Nam | chào mừng Ngày Khoa học và Công nghệ Việt Nam
            Năm 2024 trên địa bàn tỉnh                    | năm 2024 trên địa bàn tỉnh
            Ngày Sáng tạo và Đổi mới sáng tạo thế giới    | Ngày Sáng tạo và Đổi mới sáng tạo thế giới
            Việt Nam năm 2025                             | Việt Nam năm 2025
            UBND các xã, thị trấn                         | UBND các xã, thị trấn
            và Đổi mới sáng tạo thế giới năm 2024         | và Đổi mới sáng tạo thế giới năm 2024
            """)
    void aLineThatGoesOnStartsInLowerCaseUnlessANameBeginsIt(String line, String goingOn) {
        assertEquals(goingOn, TitleCase.continuing(line));
    }

    @Test
    void aSubjectSplitAcrossLinesIsOneSentenceInTheJsonAndOnThePage() {
        ImportedDocument d = Importer.parseText("UBND TỈNH SƠN HÀ\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 31/KH-SKHCN\nSơn Hà, ngày 8 tháng 4 năm 2024\n\n"
                + "KẾ HOẠCH\nTổ chức các hoạt động\nChào mừng Ngày Khoa học và Công nghệ Việt Nam\nNăm 2024\n\n"
                + "Thực hiện Công văn số 902/BKHCN-VP ngày 25/3/2024 của Bộ Khoa học và Công nghệ, Sở xây dựng Kế hoạch như sau:\n\n"
                + "I. MỤC ĐÍCH, YÊU CẦU\n\nLan tỏa tinh thần đổi mới sáng tạo trong cán bộ, viên chức.\n");
        assertEquals("Tổ chức các hoạt động chào mừng Ngày Khoa học và Công nghệ Việt Nam năm 2024", d.title());
        assertEquals("Kế hoạch tổ chức các hoạt động chào mừng Ngày Khoa học và Công nghệ Việt Nam năm 2024",
                TitleCase.pageTitle(d.kind(), d.title()));
        assertEquals("ngay-khcn", d.campaign());
        assertTrue(d.check().isEmpty(), d.check().toString());
    }

    @Test
    void aSubjectInCapitalsIsMarkedForTheEditor() {
        ImportedDocument d = Importer.parseText("SỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 14/TB-SKHCN\nSơn Hà, ngày 3 tháng 6 năm 2024\n\nTHÔNG BÁO\n"
                + "KẾT QUẢ XÉT CHỌN NHIỆM VỤ KH&CN CẤP TỈNH NĂM 2025\n\nSở Khoa học và Công nghệ thông báo kết quả xét chọn như sau:\n");
        assertEquals("Kết quả xét chọn nhiệm vụ KH&CN cấp tỉnh năm 2025", d.title());
        assertEquals(java.util.List.of("title"), d.check());
    }
}

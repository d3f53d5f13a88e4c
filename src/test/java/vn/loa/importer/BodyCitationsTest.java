package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The basis of issue 13, item 2: the basis paragraph's documents, then those cited in the body (with a number, or an
 * author and a date), once; a document named by what it is and issued with another is one item. From documents
 * composed for these tests.
 */
class BodyCitationsTest {

    private static final String PLAN = """
            UBND TỈNH PHÚ YÊN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ KHOA HỌC VÀ CÔNG NGHỆ\tĐộc lập - Tự do - Hạnh phúc
            Số: 77/KH-SKHCN\tPhú Yên, ngày 02 tháng 3 năm 2026

            KẾ HOẠCH
            Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Phú Yên lần thứ IX

            Căn cứ Điều lệ Hội thi Sáng tạo kỹ thuật ban hành kèm theo Quyết định số 88/QĐ-HTS ngày 05/01/2026 của Ban Tổ chức Hội thi toàn quốc;
            Căn cứ Quyết định số 310/QĐ-UBND ngày 20/02/2026 của UBND tỉnh về việc giao nhiệm vụ năm 2026;
            Sở Khoa học và Công nghệ xây dựng Kế hoạch như sau:
            I. NỘI DUNG
            1. Nhận hồ sơ dự thi từ ngày 15/3 đến ngày 15/7/2026 tại Văn phòng Sở.
            2. Kinh phí thực hiện theo Quyết định số 310/QĐ-UBND ngày 20/02/2026 và Công văn số 45/SKHCN-KHTC ngày 25/02/2026 của Sở về dự toán.
            3. Các đơn vị thực hiện theo Kế hoạch này và theo Thông báo kết luận của Chủ tịch UBND tỉnh ngày 10/02/2026.
            4. Văn phòng Sở báo cáo kết quả thực hiện Kế hoạch số 77/KH-SKHCN trước ngày 30/8/2026.
            """;

    @Test
    void aDocumentIssuedWithAnotherIsOneBasisItemAndBodyCitationsFollowOnce() {
        ImportedDocument d = Importer.parseText(PLAN);
        assertEquals(List.of(
                "Điều lệ Hội thi Sáng tạo kỹ thuật ban hành kèm theo Quyết định số 88/QĐ-HTS ngày 05/01/2026 của Ban Tổ chức Hội thi toàn quốc",
                "Quyết định số 310/QĐ-UBND ngày 20/02/2026 của UBND tỉnh về việc giao nhiệm vụ năm 2026",
                "Công văn số 45/SKHCN-KHTC ngày 25/02/2026 của Sở về dự toán",
                "Thông báo kết luận của Chủ tịch UBND tỉnh ngày 10/02/2026"), d.basis(),
                "the plan's own number and 'Kế hoạch này' are not cited; 310/QĐ-UBND only once");
        assertTrue(d.events().stream().noneMatch(e -> e.end() != null && e.end().getMonthValue() == 2),
                "no cited document's date is an event: " + d.events());
        assertEquals(2, d.events().size(), d.events().toString());
    }

    @Test
    void aReportSentenceAfterTheBasisIsNotPartOfIt() {
        ImportedDocument d = Importer.parseText("""
                BÁO CÁO
                Kết quả kiểm tra đo lường năm 2025

                Thực hiện Kế hoạch số 12/KH-SKHCN ngày 10/01/2025 của Sở Khoa học và Công nghệ, Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo kết quả như sau:
                I. KẾT QUẢ
                Chi cục đã kiểm tra 40 cơ sở kinh doanh xăng dầu.
                """);
        assertEquals(List.of("Kế hoạch số 12/KH-SKHCN ngày 10/01/2025 của Sở Khoa học và Công nghệ"), d.basis());
    }

    @Test
    void aDocumentWithoutNumberOrDateIsNoCitation() {
        ImportedDocument d = Importer.parseText("""
                Tập huấn sở hữu trí tuệ cho doanh nghiệp

                Ngày 20/5/2026, theo Kế hoạch của Sở, Trung tâm Ứng dụng tổ chức lớp tập huấn về sở hữu trí tuệ. Quyết định thành lập Ban Tổ chức được ban hành trước đó.
                """);
        assertEquals(List.of(), d.basis());
    }
}

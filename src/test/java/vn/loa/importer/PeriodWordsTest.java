package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spans that are not activities (issue 13, round 2): the period a report covers, an anniversary; and a span that
 * starts {@code từ nay}, on the document's own day. From documents composed for these tests.
 */
class PeriodWordsTest {

    private static final String REPORT = """
            UBND TỈNH HÒA BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ KHOA HỌC VÀ CÔNG NGHỆ\tĐộc lập - Tự do - Hạnh phúc
            Số: 188/BC-SKHCN\tHòa Bình, ngày 20 tháng 6 năm 2026

            BÁO CÁO
            Kết quả công tác 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2026

            I. KẾT QUẢ CÔNG TÁC 6 THÁNG ĐẦU NĂM 2026
            Sở đã hoàn thành kế hoạch quý I/2026 về kiểm tra đo lường. Ngày 12/3/2026, Sở tổ chức Hội nghị triển khai nhiệm vụ năm 2026 tại Hội trường Sở.
            II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026
            1. Tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm vào trung tuần tháng 7/2026.
            2. Trong quý IV, tổ chức 02 lớp tập huấn về sở hữu trí tuệ cho doanh nghiệp.
            3. Xây dựng báo cáo quý III gửi UBND tỉnh.
            """;

    @Test
    void theHalfYearAReportCoversIsNoEventButAnActivityInAQuarterIs() {
        ImportedDocument d = Importer.parseText(REPORT);
        List<String> spans = d.events().stream().map(e -> e.start() + "/" + e.end()).toList();
        assertFalse(spans.contains("2026-01-01/2026-06-30"), "6 tháng đầu năm of a heading or a 'sơ kết' is reported on: " + spans);
        assertFalse(spans.contains("2026-07-01/2026-12-31"), "a heading's 6 tháng cuối năm: " + spans);
        assertFalse(spans.contains("2026-01-01/2026-03-31"), "kế hoạch quý I/2026 names a plan, not when: " + spans);
        assertFalse(spans.contains("2026-07-01/2026-09-30"), "báo cáo quý III is a report's period: " + spans);
        assertTrue(spans.contains("2026-10-01/2026-12-31"), "Trong quý IV, tổ chức … is an activity: " + spans);
        assertTrue(spans.contains("2026-07-11/2026-07-20"), "the sơ kết conference is in mid-July: " + spans);
        assertTrue(spans.contains("2026-03-12/2026-03-12"), spans.toString());
        assertEquals(3, d.events().size(), d.events().toString());
    }

    @Test
    void anAnniversarySpanIsHistoryNotAPeriod() {
        ImportedDocument d = Importer.parseText("""
                Sở Khoa học và Công nghệ kỷ niệm 65 năm thành lập ngành

                Thứ Ba, 14/10/2025 - 10:00

                Kỷ niệm 65 năm Ngày thành lập ngành Tiêu chuẩn Đo lường Chất lượng (20/10/1960 – 20/10/2025), sáng 16/10, Sở Khoa học và Công nghệ tổ chức Lễ mít tinh tại Nhà Văn hóa tỉnh.
                """);
        assertEquals(1, d.events().size(), d.events().toString());
        ImportedEvent e = d.events().get(0);
        assertEquals(LocalDate.of(2025, 10, 16), e.start());
        assertTrue(e.text().startsWith("Lễ mít tinh"), e.text());
    }

    @Test
    void fromNowStartsOnTheDateline() {
        ImportedDocument d = Importer.parseText("""
                Phát động Cuộc thi ý tưởng khởi nghiệp sinh viên

                Cập nhật lúc 08:15 ngày 02/3/2026

                Thực hiện Kế hoạch số 20/KH-UBND ngày 10/02/2026 của UBND tỉnh, từ nay đến hết ngày 30/4/2026, Tỉnh đoàn nhận hồ sơ ý tưởng của sinh viên các trường trên địa bàn.
                """);
        assertEquals(1, d.events().size(), d.events().toString());
        ImportedEvent e = d.events().get(0);
        assertEquals("period", e.kind());
        assertEquals(LocalDate.of(2026, 3, 2), e.start());
        assertEquals(LocalDate.of(2026, 4, 30), e.end());
        assertTrue(e.text().startsWith("Tỉnh đoàn nhận hồ sơ"), "the words after the citation and 'từ nay': " + e.text());
        assertEquals(List.of("Kế hoạch số 20/KH-UBND ngày 10/02/2026 của UBND tỉnh"), d.basis());
    }

    @Test
    void fromNowWithoutADateIsAnUnsureDeadline() {
        ImportedDocument d = Importer.parseText("""
                Thông tin về Cuộc thi ảnh đẹp khoa học

                Ban Tổ chức cho biết, từ nay đến hết ngày 15/9/2026, các tác giả gửi ảnh dự thi về Văn phòng Sở.
                """);
        assertEquals(1, d.events().size(), d.events().toString());
        ImportedEvent e = d.events().get(0);
        assertEquals("deadline", e.kind());
        assertNull(e.start());
        assertEquals(LocalDate.of(2026, 9, 15), e.end());
        assertEquals("thấp", e.confidence());
    }

    @Test
    void aConnectiveOrAWordOfTimeBeforeTheDateIsNotTheActivity() {
        ImportedDocument d = Importer.parseText("""
                Tọa đàm về chuyển đổi số trong doanh nghiệp

                Thứ Năm, 11/6/2026 - 16:20

                Sáng nay (11/6), Sở Khoa học và Công nghệ tổ chức Tọa đàm “Chuyển đổi số trong doanh nghiệp nhỏ” tại Hội trường Sở.

                Cũng trong dịp này, chiều 12/6, Sở phối hợp với Hội Doanh nhân trẻ trao Giải thưởng Doanh nghiệp đổi mới sáng tạo tại Khách sạn Sông Đà.
                """);
        ImportedEvent morning = EventFixtures.quoted(d, "11/6");
        assertFalse(morning.text().startsWith("Sáng nay"), morning.text());
        assertTrue(morning.text().contains("Tọa đàm"), morning.text());
        ImportedEvent award = EventFixtures.quoted(d, "chiều 12/6");
        assertFalse(award.text().contains("dịp này"), award.text());
        assertTrue(award.text().contains("trao Giải thưởng"), award.text());
    }
}

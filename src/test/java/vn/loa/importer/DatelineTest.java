package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.loa.dates.IssueDate;

/** A news post's dateline is when it was published: its date, never an event, out of the body. */
class DatelineTest {

    @ParameterizedTest(name = "«{0}»")
    @CsvSource(delimiterString = "=>", textBlock = """
            Thứ Hai, 15/04/2024 - 09:30 => 2024-04-15
            Cập nhật lúc 09:30 15/4/2024 => 2024-04-15
            Ngày đăng: 15/04/2024 => 2024-04-15
            15/04/2024 09:30 => 2024-04-15
            15/4/2024 => 2024-04-15
            Thứ năm, ngày 18 tháng 5 năm 2023 => 2023-05-18
            (Thứ 6) 17-05-2024 14:05:33 GMT+7 => 2024-05-17
            Đăng lúc: 8h15 | 22/05/2024 => 2024-05-22
            Cập nhật: 22.05.2024, 16:40 => 2024-05-22
            Ngày cập nhật 03/01/2025 | Lượt xem: 1.245 => 2025-01-03
            *Chủ nhật, 09/06/2024 - 07:00* => 2024-06-09
            """)
    void aDatelineIsReadWhateverItsForm(String line, LocalDate date) {
        assertEquals(date, Dateline.read(line));
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {
            "Sáng ngày 15/4/2024, Sở tổ chức hội thảo.",
            "Sơn Hà, ngày 12 tháng 4 năm 2024",
            "Từ ngày 15/5 đến ngày 20/5/2024",
            "15/4/2024 - 20/4/2024",
            "Thời gian: 8h00 ngày 16/5/2024",
            "Hạn cuối 30/4/2024",
            "Thứ Hai, 31/02/2024 - 09:30",
    })
    void aLineThatSaysMoreIsNoDateline(String line) {
        assertNull(Dateline.read(line));
    }

    private static final String BODY = "Sáng ngày 12/4, tại Hội trường Sở Khoa học và Công nghệ tỉnh Sơn Hà, Sở phối hợp với Hội Nông dân tỉnh "
            + "tổ chức Hội thảo chuyển đổi số trong sản xuất nông nghiệp, với hơn 120 đại biểu tham dự.\n\n"
            + "Tại hội thảo, các chuyên gia trình bày 8 tham luận về truy xuất nguồn gốc và nhật ký điện tử cho hợp tác xã.\n\n"
            + "Dịp này, Sở thông báo sẽ tổ chức lớp tập huấn cho cán bộ khuyến nông vào ngày 20/5/2024.\n\nTin, ảnh: Minh Tâm\n";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Thứ Hai, 15/04/2024 - 09:30", "Cập nhật lúc 09:30 15/4/2024", "Ngày đăng: 15/04/2024", "15/04/2024 09:30",
            "15/04/2024"})
    void theDatelineUnderTheHeadlineIsThePostsDateAndNoEvent(String dateline) {
        ImportedDocument d = Importer.parseText("Sơn Hà: Hội thảo chuyển đổi số trong sản xuất nông nghiệp\n" + dateline + "\n\n" + BODY);
        assertEquals("Sơn Hà: Hội thảo chuyển đổi số trong sản xuất nông nghiệp", d.title());
        assertEquals(new IssueDate(null, 15, 4, 2024), d.issued());
        assertEquals(LocalDate.of(2024, 4, 15), d.date());
        assertEquals(List.of(LocalDate.of(2024, 4, 12), LocalDate.of(2024, 5, 20)), d.events().stream().map(ImportedEvent::start).toList());
        assertFalse(d.markdown().contains("15/04/2024") || d.markdown().contains("15/4/2024"), d.markdown());
        assertFalse(d.check().contains("issued"), d.check().toString());
    }

    @Test
    void aDatelineAboveTheHeadlineToo() {
        ImportedDocument d = Importer.parseText("Thứ Tư, 22/05/2024 - 16:40\nTrao giải Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX\n\n"
                + "Chiều 21/5, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh phối hợp với Sở Khoa học và Công nghệ tổ chức lễ tổng kết, trao giải "
                + "Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX (2023–2024).\n\nBan Tổ chức trao 2 giải Nhất, 4 giải Nhì và 9 giải Ba.\n\nPV\n");
        assertEquals("Trao giải Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX", d.title());
        assertEquals(LocalDate.of(2024, 5, 22), d.date());
        assertEquals(List.of(LocalDate.of(2024, 5, 21)), d.events().stream().map(ImportedEvent::start).toList());
        assertNull(d.kind());
        assertNull(d.signer());
    }

    @Test
    void aHtmlPagesDateIsThePostsIssueDateWhenItsBodyHasNoDateline() {
        ImportedDocument d = Importer.parseMarkdown("Ngày 3/6, Sở tổ chức đoàn kiểm tra đo lường tại 12 cửa hàng xăng dầu trên địa bàn thành phố.\n",
                "Kiểm tra đo lường tại cửa hàng xăng dầu", LocalDate.of(2024, 6, 4));
        assertEquals(new IssueDate(null, 4, 6, 2024), d.issued());
        assertEquals(List.of("lead"), d.check(), "the date is the page's own; its first paragraph is taken as the sapo");
    }

    @Test
    void aPostWithoutAnyDateIsMarkedForTheEditor() {
        ImportedDocument d = Importer.parseText("Hội đồng khoa học nghiệm thu đề tài cấp tỉnh\n\n"
                + "Hội đồng khoa học và công nghệ cấp tỉnh vừa nghiệm thu đề tài về giống lúa chịu mặn, kết quả xếp loại Đạt.\n");
        assertNull(d.issued());
        assertTrue(d.check().contains("issued"), d.check().toString());
    }

    @Test
    void aNoticeCopiedFromAPortalWithItsDatelineUnderTheSubject() {
        ImportedDocument d = Importer.parseText("THÔNG BÁO\nLịch tiếp công dân tháng 7 năm 2024\nCập nhật lúc 10:15 02/7/2024\n\n"
                + "Lãnh đạo Sở Khoa học và Công nghệ tiếp công dân vào sáng ngày 11/7/2024 tại trụ sở Sở.\n");
        assertEquals(new IssueDate(null, 2, 7, 2024), d.issued());
        assertEquals(List.of(LocalDate.of(2024, 7, 11)), d.events().stream().map(ImportedEvent::start).toList());
        assertTrue(d.check().contains("issued"), "a portal's date is not the document's own place-and-date line");
    }

    @Test
    void aDateAloneFurtherInAnOfficialDocumentStaysInItsBody() {
        ImportedDocument d = Importer.parseText("GIẤY MỜI\nDự Hội thảo khoa học về giống cây trồng\n\nKính mời: Đại diện lãnh đạo các phòng.\n\n"
                + "Thời gian:\n\nNgày 20/5/2024\n");
        assertNull(d.issued());
        assertTrue(d.markdown().contains("Ngày 20/5/2024"), d.markdown());
    }

    private static final List<String> WEEKDAYS = List.of("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật");

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 365 * 30).map(n -> LocalDate.of(2000, 1, 1).plusDays(n));
    }

    @Property(tries = 500)
    void everyFormOfEveryDayReadsAsThatDay(@ForAll("days") LocalDate day, @ForAll("forms") int form, @ForAll("clocks") String clock) {
        String dd = String.format("%02d", day.getDayOfMonth());
        String mm = String.format("%02d", day.getMonthValue());
        String weekday = WEEKDAYS.get(day.getDayOfWeek().getValue() - 1);
        String line = switch (form) {
            case 0 -> weekday + ", " + dd + "/" + mm + "/" + day.getYear() + " - " + clock;
            case 1 -> "Cập nhật lúc " + clock + " " + day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
            case 2 -> "Ngày đăng: " + dd + "-" + mm + "-" + day.getYear();
            case 3 -> dd + "/" + mm + "/" + day.getYear() + " " + clock;
            case 4 -> weekday + ", ngày " + day.getDayOfMonth() + " tháng " + day.getMonthValue() + " năm " + day.getYear();
            default -> day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
        };
        assertEquals(day, Dateline.read(line), line);
        assertNull(Dateline.read("Sáng " + line + ", Sở tổ chức hội nghị."), "a sentence is no dateline");
    }

    @Provide
    Arbitrary<Integer> forms() {
        return Arbitraries.integers().between(0, 5);
    }

    @Provide
    Arbitrary<String> clocks() {
        return Arbitraries.integers().between(0, 23).flatMap(h -> Arbitraries.integers().between(0, 59)
                .map(m -> String.format("%02d:%02d", h, m)));
    }
}

package vn.loa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each check of {@code loa check} on a tiny site of its own, both severities, with exact lines. */
class SiteCheckerTest {

    @TempDir
    Path dir;

    TinySite site;

    @BeforeEach
    void setUp() {
        site = new TinySite(dir);
    }

    /** A plan of 2024 whose one event is stated in its body; its body starts on line 11. */
    static final String PLAN_2024 = """
            title: Kế hoạch hưởng ứng Ngày Khoa học và Công nghệ Việt Nam năm 2024
            date: 2024-04-20
            campaign: ngay-khcn
            events:
              - title: Tọa đàm doanh nghiệp
                start: 2024-05-17
                part_of_day: chiều
                source: "Chiều ngày 17/5/2024"
            """;

    static void assertLine(List<String> lines, String expectedStart) {
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(expectedStart)),
                () -> "no line starts with\n  " + expectedStart + "\nin\n  " + String.join("\n  ", lines));
    }

    static void assertNoLine(List<String> lines, String part) {
        assertTrue(lines.stream().noneMatch(l -> l.contains(part)),
                () -> "a line contains " + part + ":\n  " + String.join("\n  ", lines));
    }

    @Test
    void aCleanSiteHasNoFinding() {
        site.page("ke-hoach/kh-2024.md", PLAN_2024, "Tọa đàm: Chiều ngày 17/5/2024 (Thứ Sáu), tại Hội trường.\n");
        site.page("tin-tuc/tin.md", "title: Tin\ndate: 2024-05-18\n", "Xem [kế hoạch](/ke-hoach/kh-2024/).\n");
        CheckReport r = site.check();
        assertEquals(List.of(), r.findings());
        assertEquals(0, r.exitCode());
        assertEquals("Đã kiểm tra 2 tệp Markdown: 0 lỗi, 0 cảnh báo.", r.summary());
    }

    @Test
    void aMissingContentFolderIsAnError() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("trong"));
        CheckReport r = vn.loa.engine.CheckRun.check(empty, false, TinySite.TODAY);
        assertEquals(1, r.exitCode());
        assertTrue(r.findings().get(0).format().startsWith("content: lỗi: không có thư mục content/"), r.findings().toString());
    }

    @Nested
    class Schema {
        @Test
        void anUnknownKeyIsAWarningWithTheClosestKnownKey() {
            site.page("tin-tuc/a.md", "title: A\ndate: 2024-05-01\ntittle: A\nimage-alt: x\ntiêu_đề: B\n", "x\n");
            List<String> lines = site.lines();
            assertLine(lines, "content/tin-tuc/a.md:4: cảnh báo: khóa 'tittle' của phần đầu không có trong các khóa Loa đọc nên bị bỏ qua; "
                    + "có phải ý bạn là 'title'? — cách sửa: sửa thành 'title'");
            assertLine(lines, "content/tin-tuc/a.md:5: cảnh báo: khóa 'image-alt' ");
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("content/tin-tuc/a.md:5:") && l.endsWith("sửa thành 'image_alt'")));
            assertLine(lines, "content/tin-tuc/a.md:6: cảnh báo: khóa 'tiêu_đề' của phần đầu không có trong các khóa Loa đọc nên bị bỏ qua; có phải ý bạn là 'title'?");
            assertEquals(0, site.check().errors());
        }

        @Test
        void reportsOnIsAKeyLoaReads() {
            site.page("tin-tuc/a.md", "title: A\ndate: 2024-05-01\nreports_on: [le-khai-mac]\n", "x\n");
            assertTrue(site.lines().stream().noneMatch(l -> l.contains("'reports_on' của phần đầu không có")), () -> String.join("\n", site.lines()));
        }

        @Test
        void aKeyNearNothingListsTheKnownKeys() {
            site.page("tin-tuc/a.md", "title: A\ndate: 2024-05-01\nxyzzy: 1\n", "x\n");
            assertLine(site.lines(), "content/tin-tuc/a.md:4: cảnh báo: khóa 'xyzzy' của phần đầu không có trong các khóa Loa đọc nên bị bỏ qua"
                    + " — cách sửa: xóa dòng này nếu không cần; các khóa dùng được: title, date, summary,");
        }

        @Test
        void unknownKeysOfEventsSignerAndFocusWeek() {
            site.page("ke-hoach/k.md", """
                    title: K
                    date: 2024-04-20
                    campaign: ngay-khcn
                    focus_week: {start: 2024-05-14, ends: 2024-05-19, end: 2024-05-19}
                    signer: {authority: KT. GIÁM ĐỐC, postion: PHÓ GIÁM ĐỐC, name: A}
                    events:
                      - title: Lễ
                        start: 2024-05-18
                        locaton: Hội trường
                        địa_điểm: Sảnh
                    """, "Lễ ngày 18/5/2024.\n");
            List<String> lines = site.lines();
            assertLine(lines, "content/ke-hoach/k.md:5: cảnh báo: khóa 'ends' của tuần trọng tâm không có");
            assertLine(lines, "content/ke-hoach/k.md:6: cảnh báo: khóa 'postion' của 'signer' không có");
            assertLine(lines, "content/ke-hoach/k.md:10: cảnh báo: khóa 'locaton' của sự kiện không có trong các khóa Loa đọc nên bị bỏ qua; có phải ý bạn là 'location'?");
            assertLine(lines, "content/ke-hoach/k.md:11: cảnh báo: khóa 'địa_điểm' của sự kiện không có trong các khóa Loa đọc nên bị bỏ qua; có phải ý bạn là 'location'?");
        }

        @Test
        void aPlanKeyOutsidePlansIsAWarning() {
            site.page("tin-tuc/a.md", "title: A\ndate: 2024-05-01\nissuer: [SỞ KHOA HỌC VÀ CÔNG NGHỆ]\n", "x\n");
            assertLine(site.lines(), "content/tin-tuc/a.md:4: cảnh báo: khóa 'issuer' chỉ dùng cho kế hoạch (content/ke-hoach/); ở mục 'Tin tức' nó bị bỏ qua");
        }

        @Test
        void everyValueOfTheWrongTypeInAFileIsAnError() {
            site.page("tin-tuc/a.md", "title: A\ndate: 2024-05-01\ntags: {a: b}\ndraft: có\nyear: hai\n", "x\n");
            site.page("tin-tuc/b.md", "title: B\ndate: 2024-05-01\n", "x\n");
            CheckReport r = site.check();
            List<String> lines = r.findings().stream().map(Finding::format).toList();
            assertLine(lines, "content/tin-tuc/a.md:4: lỗi: 'tags' phải là một danh sách");
            assertLine(lines, "content/tin-tuc/a.md:5: lỗi: 'draft' phải là true hoặc false, không phải 'có'");
            assertLine(lines, "content/tin-tuc/a.md:6: lỗi: 'year' phải là một số nguyên, không phải 'hai'");
            assertEquals(3, r.errors(), lines.toString()); // the loader's first error is not repeated
            assertEquals(1, r.exitCode());
        }

        @Test
        void siteYamlKeysAreCheckedToo() {
            site.file("site.yaml", "title: T\nbase_urll: https://x.vn/\ncampaigns:\n  ngay-khcn:\n    nmae: X\n");
            List<String> lines = site.lines();
            assertLine(lines, "content/site.yaml:2: cảnh báo: khóa 'base_urll' của site.yaml không có trong các khóa Loa đọc nên bị bỏ qua; có phải ý bạn là 'base_url'?");
            assertLine(lines, "content/site.yaml:5: cảnh báo: khóa 'nmae' của chiến dịch không có");
        }
    }

    @Nested
    class Loader {
        @Test
        void aRejectedFileIsAnErrorAndTheOthersAreStillChecked() {
            site.page("tin-tuc/hong.md", "title: Hỏng\ndate: 2024-02-30\n", "x\n");
            site.page("tin-tuc/tot.md", "title: Tốt\ndate: 2024-05-01\ntittle: x\n", "Ngày 31/4/2024 là ngày gì?\n");
            CheckReport r = site.check();
            List<String> lines = r.findings().stream().map(Finding::format).toList();
            assertEquals(List.of(
                    "content/tin-tuc/hong.md:3: lỗi: 'date: 2024-02-30': tháng 2 năm 2024 chỉ có 29 ngày — cách sửa: sửa ngày (số cuối) cho đúng",
                    "content/tin-tuc/tot.md:4: cảnh báo: khóa 'tittle' của phần đầu không có trong các khóa Loa đọc nên bị bỏ qua; có phải ý bạn là 'title'? — cách sửa: sửa thành 'title'",
                    "content/tin-tuc/tot.md:6: lỗi: “Ngày 31/4/2024”: Ngày 31/4/2024 không tồn tại: tháng 4 chỉ có 30 ngày — cách sửa: sửa lại ngày cho đúng (tháng 4, 6, 9, 11 có 30 ngày; tháng 2 có 28 ngày, 29 ngày vào năm nhuận)"),
                    lines);
            assertEquals(2, r.files());
        }

        @Test
        void aRejectedFileStillHasItsKeysChecked() {
            site.page("tin-tuc/a.md", "tittle: A\ndate: 2024-05-01\n", "x\n");
            List<String> lines = site.lines();
            assertLine(lines, "content/tin-tuc/a.md:2: lỗi: thiếu 'title'");
            assertLine(lines, "content/tin-tuc/a.md:2: cảnh báo: khóa 'tittle'");
        }

        @Test
        void aBrokenSiteYamlIsAnErrorAndThePagesAreStillChecked() {
            site.file("site.yaml", "title: T\npagination: không\n");
            site.page("tin-tuc/a.md", "title: A\ndate: 2024-05-01\n", "[x](/khong-co/)\n");
            List<String> lines = site.lines();
            assertLine(lines, "content/site.yaml:2: lỗi: 'pagination' phải là một số nguyên");
            assertLine(lines, "content/tin-tuc/a.md:5: lỗi: liên kết '/khong-co/' hỏng");
        }

        @Test
        void anEventSourceMissingFromTheBodyIsAnErrorOfTheRenderStage() {
            site.page("ke-hoach/k.md", PLAN_2024, "Không có câu nêu ngày ở đây.\n");
            assertLine(site.lines(), "content/ke-hoach/k.md:6: lỗi: câu 'source' của sự kiện 'Tọa đàm doanh nghiệp' không có trong nội dung bài");
        }

        @Test
        void anUnknownCampaignIsReportedAtItsKey() {
            site.page("tin-tuc/a.md", "title: A\ndate: 2024-05-01\ncampaign: ngay-kh-cn\n", "[x](/tin-tuc/)\n");
            List<String> lines = site.lines();
            assertLine(lines, "content/tin-tuc/a.md:4: lỗi: chiến dịch 'ngay-kh-cn' chưa được khai báo");
            assertNoLine(lines, "liên kết"); // links are still resolved, against the generated areas
        }

        @Test
        void twoPagesOnOneUrlAreReported() {
            site.page("tin-tuc/a.md", "title: A\ndate: 2024-05-01\n", "x\n");
            site.page("tin-tuc/b.md", "title: B\ndate: 2024-05-01\nslug: a\n", "x\n");
            CheckReport r = site.check();
            assertTrue(r.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR && f.message().contains("cùng có địa chỉ /tin-tuc/a/")),
                    r.findings().toString());
        }
    }

    @Nested
    class BodyDates {
        @Test
        void aWeekdayThatContradictsItsDateIsAnErrorOnItsLine() {
            site.page("tin-tuc/a.md", "title: A\ndate: 2024-05-01\n", "Dòng một.\n\nLễ kỷ niệm ngày 18/5/2024 (Thứ Sáu).\n");
            assertEquals(List.of("content/tin-tuc/a.md:7: lỗi: “ngày 18/5/2024 (Thứ Sáu)”: Ngày 18/5/2024 là Thứ Bảy, không phải Thứ Sáu"
                    + " — cách sửa: sửa lại thứ hoặc ngày cho khớp nhau"), site.lines());
        }

        @Test
        void aDateWithoutItsYearIsReadInThePagesYear() {
            site.page("tin-tuc/a.md", "title: A\ndate: 2024-05-01\n", "Thứ Bảy, 18/5 là ngày lễ.\n");
            assertEquals(List.of(), site.lines());
        }

        @Test
        void aWeekdayRightForTheYearBeforeIsOnlyAWarning() {
            site.page("tin-tuc/a.md", "title: A\ndate: 2025-01-05\n", "Hội nghị Thứ Sáu 20/12 vừa qua.\n");
            assertEquals(List.of("content/tin-tuc/a.md:5: cảnh báo: “Thứ Sáu 20/12” không ghi năm nên được đọc theo năm 2025 của bài: "
                    + "Ngày 20/12/2025 là Thứ Bảy, không phải Thứ Sáu; với năm 2024 thì thứ khớp — cách sửa: ghi rõ năm của ngày này, hoặc sửa lại thứ"),
                    site.lines());
        }

        @Test
        void theCampaignYearIsTheYearOfDatesWithoutOne() {
            site.page("ke-hoach/k.md", "title: K\ndate: 2023-12-20\ncampaign: ngay-sang-tao\nyear: 2024\n", "Thứ Bảy, 18/5 là ngày lễ.\n");
            assertEquals(List.of(), site.lines());
        }

        @Test
        void anImpossibleDateIsAnError() {
            site.page("trang/a.md", "title: A\n", "Hạn nộp: ngày 30/2/2024.\n");
            assertLine(site.lines(), "content/trang/a.md:4: lỗi: “ngày 30/2/2024”: Ngày 30/2/2024 không tồn tại");
        }

        @Test
        void citedDocumentsAndHolidaysAreNotDatesToCheck() {
            site.page("tin-tuc/a.md", "title: A\ndate: 2024-05-01\n",
                    "Thực hiện Công văn số 12/BKHCN ngày 31/4/2024, hưởng ứng Ngày Khoa học và Công nghệ Việt Nam (18/5).\n");
            assertEquals(List.of(), site.lines());
        }
    }

    @Nested
    class FocusWeek {
        static final String PLAN_HEAD = "title: K\ndate: 2024-04-20\ncampaign: ngay-khcn\nevents:\n";

        @Test
        void anEventFarFromTheWeekIsAWarning() {
            site.page("ke-hoach/k.md", PLAN_HEAD + """
                      - title: Hội thảo tháng chín
                        start: 2024-09-17
                      - title: Gửi đăng ký
                        end: 2024-03-01
                        kind: deadline
                      - title: Báo cáo năm trước
                        end: 2023-05-31
                        kind: deadline
                      - title: Trưng bày đầu tháng tư
                        start: 2024-04-01
                        end: 2024-04-05
                    """, "x\n");
            List<String> lines = site.lines();
            assertEquals(List.of(
                    "content/ke-hoach/k.md:6: cảnh báo: sự kiện 'Hội thảo tháng chín' (17/9/2024) cách xa tuần trọng tâm 15/5–21/5/2024 của chiến dịch 'ngay-khcn' năm 2024"
                            + " (sự kiện nên nằm trong 45 ngày trước hoặc sau tuần, từ 31/3/2024 đến 5/7/2024) — cách sửa: kiểm tra lại ngày và năm của sự kiện;"
                            + " nếu nó thuộc năm khác của chiến dịch, chuyển nó sang bài của năm đó hoặc ghi 'year:' đúng năm chiến dịch",
                    "content/ke-hoach/k.md:11: cảnh báo: sự kiện 'Báo cáo năm trước' (31/5/2023) cách xa tuần trọng tâm 15/5–21/5/2024 của chiến dịch 'ngay-khcn' năm 2024"
                            + " (hạn và khoảng thời gian nên nằm trong 180 ngày trước hoặc sau tuần, từ 17/11/2023 đến 17/11/2024) — cách sửa: kiểm tra lại ngày và năm của sự kiện;"
                            + " nếu nó thuộc năm khác của chiến dịch, chuyển nó sang bài của năm đó hoặc ghi 'year:' đúng năm chiến dịch"),
                    lines);
        }

        @Test
        void aMovedWeekMovesTheWindow() {
            site.file("site.yaml", "title: T\ncampaigns:\n  ngay-khcn:\n    years:\n      2024: {start: 2024-08-01, end: 2024-08-07}\n");
            site.page("ke-hoach/k.md", PLAN_HEAD + "  - title: Hội thảo\n    start: 2024-09-10\n", "x\n");
            assertEquals(List.of(), site.lines());
        }

        @Test
        void aDateOfThePlanInsideTheWeekMissingFromEventsIsAWarning() {
            site.page("ke-hoach/k.md", PLAN_2024, """
                    - Tọa đàm: Chiều ngày 17/5/2024.
                    - Văn nghệ: Tối ngày 17/5/2024.
                    - Lễ kỷ niệm: 8h00 ngày 18/5/2024.
                    - Hạn nộp bài: trước ngày 20/5/2024.
                    - Khảo sát: trong tháng 5/2024.
                    - Chuẩn bị: ngày 10/5/2024.
                    """);
            assertEquals(List.of(
                    "content/ke-hoach/k.md:12: cảnh báo: ngày 17/5/2024 (“Tối ngày 17/5/2024”) nằm trong tuần trọng tâm 15/5–21/5/2024 nhưng không có trong events:"
                            + " — cách sửa: thêm vào events: của bài một mục {title: …, start: 2024-05-17, part_of_day: tối, source: \"Tối ngày 17/5/2024\"}"
                            + " để hoạt động có trên lịch; nếu câu này chỉ nhắc lại một sự kiện đã có, bỏ qua cảnh báo",
                    "content/ke-hoach/k.md:13: cảnh báo: ngày 18/5/2024 (“8h00 ngày 18/5/2024”) nằm trong tuần trọng tâm 15/5–21/5/2024 nhưng không có trong events:"
                            + " — cách sửa: thêm vào events: của bài một mục {title: …, start: 2024-05-18T08:00, source: \"8h00 ngày 18/5/2024\"}"
                            + " để hoạt động có trên lịch; nếu câu này chỉ nhắc lại một sự kiện đã có, bỏ qua cảnh báo",
                    "content/ke-hoach/k.md:14: cảnh báo: hạn 20/5/2024 (“trước ngày 20/5/2024”) nằm trong tuần trọng tâm 15/5–21/5/2024 nhưng không có trong events:"
                            + " — cách sửa: thêm vào events: của bài một mục {title: …, end: 2024-05-20, kind: deadline, source: \"trước ngày 20/5/2024\"}"
                            + " để hoạt động có trên lịch; nếu câu này chỉ nhắc lại một sự kiện đã có, bỏ qua cảnh báo"),
                    site.lines());
        }

        @Test
        void aNewsPostIsComparedWithTheEventsOfTheWholeCampaignYear() {
            site.page("ke-hoach/k.md", PLAN_2024, "Tọa đàm: Chiều ngày 17/5/2024.\n");
            site.page("tin-tuc/t.md", "title: T\ndate: 2024-05-17T18:00\ncampaign: ngay-khcn\n",
                    "Chiều 17/5/2024, tọa đàm diễn ra. Tối 19/5/2024 có giao lưu.\n");
            assertEquals(List.of("content/tin-tuc/t.md:6: cảnh báo: ngày 19/5/2024 (“Tối 19/5/2024”) nằm trong tuần trọng tâm 15/5–21/5/2024"
                    + " nhưng không có trong events: của bài nào thuộc chiến dịch năm 2024 — cách sửa: thêm vào events: của bài này hoặc của kế hoạch"
                    + " một mục {title: …, start: 2024-05-19, part_of_day: tối, source: \"Tối 19/5/2024\"} để hoạt động có trên lịch;"
                    + " nếu câu này chỉ nhắc lại một sự kiện đã có, bỏ qua cảnh báo"), site.lines());
        }

        @Test
        void aWeekLongPeriodDoesNotCoverADayInsideIt() {
            site.page("ke-hoach/k.md", PLAN_HEAD + """
                      - title: Triển lãm
                        start: 2024-05-15
                        end: 2024-05-21
                        source: "từ ngày 15/5 đến hết ngày 21/5/2024"
                      - title: Hạn gửi ảnh
                        end: 2024-05-16
                        kind: deadline
                    """, """
                    Tuần trọng tâm từ ngày 15/5 đến ngày 21/5/2024. Triển lãm từ ngày 15/5 đến hết ngày 21/5/2024.
                    Khai mạc triển lãm ngày 15/5/2024. Hạn gửi ảnh: ngày 16/5/2024.
                    Gặp mặt nhà khoa học sáng ngày 18/5/2024.
                    """);
            List<String> lines = site.lines();
            assertEquals(1, lines.size(), String.join("\n", lines));
            assertLine(lines, "content/ke-hoach/k.md:16: cảnh báo: ngày 18/5/2024 (“sáng ngày 18/5/2024”) nằm trong tuần trọng tâm");
        }

        @Test
        void pagesOutsideCampaignsAreNotCompared() {
            site.page("tin-tuc/t.md", "title: T\ndate: 2024-05-17\n", "Tối 19/5/2024 có giao lưu.\n");
            assertEquals(List.of(), site.lines());
        }
    }

    @Nested
    class EventSources {
        @Test
        void aSourceStatingAnotherDayIsAWarning() {
            site.page("ke-hoach/k.md", """
                    title: K
                    date: 2024-04-20
                    campaign: ngay-khcn
                    events:
                      - title: Gặp mặt
                        start: 2024-05-19
                        source: "Gặp mặt ngày 20/5/2024"
                      - title: Hội nghị
                        start: 2024-05-16T08:00
                        source: "Hội nghị 14h00 ngày 16/5/2024"
                    """, "Gặp mặt ngày 20/5/2024. Hội nghị 14h00 ngày 16/5/2024.\n");
            List<String> lines = site.lines();
            assertLine(lines, "content/ke-hoach/k.md:6: cảnh báo: sự kiện 'Gặp mặt' ghi ngày 19/5/2024 nhưng câu 'source' nêu ngày 20/5/2024: “ngày 20/5/2024”");
            assertLine(lines, "content/ke-hoach/k.md:9: cảnh báo: sự kiện 'Hội nghị' bắt đầu lúc 08:00 nhưng câu 'source' nêu 14:00: “14h00 ngày 16/5/2024”");
        }
    }

    @Test
    void aSourceWithoutTheYearMayNameADayOfTheNextYear() {
        site.page("ke-hoach/k.md", """
                title: K
                date: 2021-12-21
                events:
                  - title: Hội nghị đầu năm
                    start: 2022-01-10
                    source: "Hội nghị ngày 10/1"
                """, "Hội nghị ngày 10/1 (Thứ Hai).\n");
        assertEquals(List.of("content/ke-hoach/k.md:9: cảnh báo: “ngày 10/1 (Thứ Hai)” không ghi năm nên được đọc theo năm 2021 của bài: "
                + "Ngày 10/1/2021 là Chủ nhật, không phải Thứ Hai; với năm 2022 thì thứ khớp — cách sửa: ghi rõ năm của ngày này, hoặc sửa lại thứ"),
                site.lines());
    }

    @Nested
    class LinksAndFiles {
        @BeforeEach
        void pages() {
            site.page("ke-hoach/kh/index.md", "title: KH\ndate: 2024-04-20\ncampaign: ngay-khcn\n", "Văn bản.\n");
            site.file("ke-hoach/kh/qd-45.pdf", "%PDF");
            site.file("tep/mau.docx", "docx");
            site.page("tin-tuc/nhap.md", "title: Nháp\ndate: 2024-05-01\ndraft: true\n", "x\n");
            site.page("trang/gioi-thieu.md", "title: Giới thiệu\n", "x\n");
        }

        List<String> linksFrom(String path, String body) {
            site.page(path, "title: Trang\ndate: 2024-05-02\n", body);
            return site.lines();
        }

        @Test
        void linksThatResolveAreFine() {
            List<String> lines = linksFrom("tin-tuc/t.md", """
                    [kế hoạch](/ke-hoach/kh/), [văn bản](/ke-hoach/kh/qd-45.pdf), [tương đối](../../ke-hoach/kh/qd-45.pdf),
                    [mẫu](/tep/mau.docx), [giới thiệu](/gioi-thieu/#lien-he), [tin](/tin-tuc/), [chiến dịch](/chien-dich/ngay-khcn/2024/),
                    [lịch](/chien-dich/ngay-khcn/2024/ngay-khcn-2024.ics), [thẻ](/the/), [trang chủ](/), [mục](#muc), [web](https://example.vn/x),
                    [thư](mailto:a@b.vn), <https://example.vn>, [tham chiếu][r]

                    [r]: /ke-hoach/kh/
                    """);
            assertEquals(List.of(), lines);
        }

        @Test
        void aLinkToNoPageIsAnErrorWithTheNearestPage() {
            List<String> lines = linksFrom("tin-tuc/t.md", "Dòng 1.\n\nXem [giới thiệu](/gioi-thieuu/) và [x](/khong-co-gi-ca/).\n");
            assertEquals(List.of(
                    "content/tin-tuc/t.md:7: lỗi: liên kết '/gioi-thieuu/' hỏng: không có trang nào ở /gioi-thieuu/ — cách sửa: có phải ý bạn là '/gioi-thieu/'? sửa lại liên kết",
                    "content/tin-tuc/t.md:7: lỗi: liên kết '/khong-co-gi-ca/' hỏng: không có trang nào ở /khong-co-gi-ca/ — cách sửa: sửa địa chỉ cho đúng một trang của cổng, hoặc xóa liên kết"),
                    lines);
        }

        @Test
        void aMissingAttachmentIsAnErrorSayingWhereToPutIt() {
            List<String> lines = linksFrom("ke-hoach/kh2/index.md", "[văn bản](qd-46.pdf) và [mẫu](/tep/mau-2.docx)\n");
            assertEquals(List.of(
                    "content/ke-hoach/kh2/index.md:5: lỗi: tệp đính kèm 'qd-46.pdf' không có: cổng sẽ không có tệp /ke-hoach/kh2/qd-46.pdf"
                            + " — cách sửa: đặt tệp vào thư mục content/ke-hoach/kh2/ (cạnh index.md), hoặc sửa tên tệp",
                    "content/ke-hoach/kh2/index.md:5: lỗi: tệp đính kèm '/tep/mau-2.docx' không có: cổng sẽ không có tệp /tep/mau-2.docx"
                            + " — cách sửa: đặt tệp ở content/tep/mau-2.docx, hoặc sửa đường dẫn"),
                    lines);
        }

        @Test
        void aFileBesideAPageThatIsNoBundleIsMissing() {
            site.file("tin-tuc/anh.jpg", "jpg");
            List<String> lines = linksFrom("tin-tuc/t.md", "![Ảnh](anh.jpg)\n");
            assertLine(lines, "content/tin-tuc/t.md:5: lỗi: ảnh 'anh.jpg' không có: cổng sẽ không có tệp /tin-tuc/t/anh.jpg — cách sửa: "
                    + "tệp đi kèm chỉ được xuất ra cạnh một bài dạng thư mục: đổi content/tin-tuc/t.md thành content/tin-tuc/t/index.md");
        }

        @Test
        void linksThatWouldBreakAreErrors() {
            List<String> lines = linksFrom("tin-tuc/t.md", """
                    [nháp](/tin-tuc/nhap/)
                    [nguồn](../trang/gioi-thieu.md)
                    [web](www.example.vn)
                    [lên](../../../../x/)
                    [hoa](/ke-hoach/kh/QD-45.pdf)
                    """);
            assertEquals(List.of(
                    "content/tin-tuc/t.md:5: lỗi: liên kết '/tin-tuc/nhap/' dẫn tới bài nháp content/tin-tuc/nhap.md (draft: true), bài này chưa được đăng nên liên kết sẽ hỏng"
                            + " — cách sửa: đăng bài đó (xóa 'draft: true') hoặc bỏ liên kết",
                    "content/tin-tuc/t.md:6: lỗi: liên kết '../trang/gioi-thieu.md' trỏ tới tệp nguồn Markdown, tệp này không được xuất ra cổng"
                            + " — cách sửa: viết địa chỉ của trang: '/gioi-thieu/'",
                    "content/tin-tuc/t.md:7: lỗi: liên kết 'www.example.vn' thiếu 'https://' nên sẽ được hiểu là một đường dẫn trong cổng"
                            + " — cách sửa: viết đầy đủ 'https://www.example.vn'",
                    "content/tin-tuc/t.md:8: lỗi: liên kết '../../../../x/' đi lên quá thư mục gốc của cổng — cách sửa: bớt '../', hoặc viết đường dẫn từ gốc bắt đầu bằng '/'",
                    "content/tin-tuc/t.md:9: lỗi: liên kết '/ke-hoach/kh/QD-45.pdf' khác chữ hoa/thường với tệp '/ke-hoach/kh/qd-45.pdf'; máy chủ web phân biệt chữ hoa và chữ thường"
                            + " — cách sửa: viết đúng tên tệp: '/ke-hoach/kh/qd-45.pdf'"),
                    lines);
        }

        @Test
        void aLinkInLowerCaseToAFileWithCapitalsNamesTheFile() {
            site.file("tep/Bieu-Mau-01.docx", "docx");
            assertEquals(List.of(
                    "content/tin-tuc/t.md:5: lỗi: liên kết '/tep/bieu-mau-01.docx' khác chữ hoa/thường với tệp '/tep/Bieu-Mau-01.docx'; máy chủ web phân biệt chữ hoa và chữ thường"
                            + " — cách sửa: viết đúng tên tệp: '/tep/Bieu-Mau-01.docx'"),
                    linksFrom("tin-tuc/t.md", "[biểu mẫu](/tep/bieu-mau-01.docx)\n"));
        }

        @Test
        void aLinkToADraftIsFineWhenDraftsAreChecked() {
            site.page("tin-tuc/t.md", "title: T\ndate: 2024-05-02\n", "[nháp](/tin-tuc/nhap/)\n");
            assertEquals(List.of(), site.lines(true));
        }

        @Test
        void aPageLinkWithoutItsClosingSlashIsAWarning() {
            List<String> lines = linksFrom("tin-tuc/t.md", "[kế hoạch](/ke-hoach/kh#muc)\n");
            assertEquals(List.of("content/tin-tuc/t.md:5: cảnh báo: liên kết '/ke-hoach/kh#muc' thiếu dấu '/' ở cuối: chạy được trên máy chủ web"
                    + " nhưng không chạy khi mở cổng từ ổ đĩa hoặc USB — cách sửa: viết '/ke-hoach/kh/#muc'"), lines);
        }

        @Test
        void linksInRawHtmlAndTablesAreCheckedOnTheirLines() {
            List<String> lines = linksFrom("tin-tuc/t.md", """
                    | a | b |
                    |---|---|
                    | 1 | [x](/khong/) |

                    <p>
                    <a href="/cung-khong/">y</a>
                    </p>
                    """);
            assertLine(lines, "content/tin-tuc/t.md:7: lỗi: liên kết '/khong/' hỏng");
            assertLine(lines, "content/tin-tuc/t.md:10: lỗi: liên kết '/cung-khong/' hỏng");
        }

        @Test
        void theMenuOfSiteYamlIsCheckedToo() {
            site.file("site.yaml", """
                    title: T
                    menu:
                      - {title: Trang chủ, url: /}
                      - {title: Kế hoạch, url: /ke-hoach/}
                      - {title: Giới thiệu, url: /gioi-thieu/}
                      - {title: Liên hệ, url: /lien-he/}
                      - {title: Bộ, url: "https://most.gov.vn/"}
                    """);
            assertEquals(List.of("content/site.yaml:6: lỗi: liên kết '/lien-he/' hỏng: không có trang nào ở /lien-he/"
                    + " — cách sửa: sửa địa chỉ cho đúng một trang của cổng, hoặc xóa liên kết"), site.lines());
        }

        @Test
        void percentEscapesAreDecoded() {
            site.file("tep/tài liệu.pdf", "pdf");
            assertEquals(List.of(), linksFrom("tin-tuc/t.md", "[a](/tep/t%C3%A0i%20li%E1%BB%87u.pdf) [b](</tep/tài liệu.pdf>)\n"));
        }
    }

    @Nested
    class Images {
        @Test
        void anImageWithoutAltTextIsAWarning() {
            site.page("tin-tuc/t/index.md", "title: T\ndate: 2024-05-02\n", "![](anh.jpg)\n\n<img src=\"anh.jpg\">\n\n<img src=\"anh.jpg\" alt=\"\">\n");
            site.file("tin-tuc/t/anh.jpg", "jpg");
            assertEquals(List.of(
                    "content/tin-tuc/t/index.md:5: cảnh báo: ảnh 'anh.jpg' không có văn bản thay thế (alt) — cách sửa: viết mô tả ngắn nội dung ảnh trong ngoặc vuông: ![Mô tả ảnh](anh.jpg)"
                            + "; nếu ảnh chỉ để trang trí, ghi rõ: ![](anh.jpg \"trang trí\")",
                    "content/tin-tuc/t/index.md:7: cảnh báo: ảnh 'anh.jpg' không có văn bản thay thế (thuộc tính alt) — cách sửa: thêm alt=\"mô tả ngắn nội dung ảnh\" vào thẻ <img>;"
                            + " người dùng trình đọc màn hình chỉ nghe được phần này",
                    "content/tin-tuc/t/index.md:9: cảnh báo: ảnh 'anh.jpg' có alt rỗng nhưng không được đánh dấu là ảnh trang trí — cách sửa: viết mô tả ngắn"
                            + " nội dung ảnh vào alt; nếu ảnh chỉ để trang trí, thêm role=\"presentation\" vào thẻ <img>"),
                    site.lines());
        }

        @Test
        void theFrontMatterImageMustExistAndHaveItsAltText() {
            site.page("tin-tuc/t/index.md", "title: T\ndate: 2024-05-02\nimage: anh.jpg\n", "x\n");
            site.page("tin-tuc/u/index.md", "title: U\ndate: 2024-05-02\nimage: anh.jpg\n", "x\n");
            site.file("tin-tuc/u/anh.jpg", "jpg");
            List<String> lines = site.lines();
            assertEquals(List.of(
                    "content/tin-tuc/t/index.md:4: lỗi: ảnh 'anh.jpg' không có: cổng sẽ không có tệp /tin-tuc/t/anh.jpg — cách sửa: đặt tệp vào thư mục content/tin-tuc/t/ (cạnh index.md), hoặc sửa tên tệp",
                    "content/tin-tuc/t/index.md:4: cảnh báo: ảnh 'image: anh.jpg' không có 'image_alt', nên trang tin không hiện ảnh này và người dùng trình đọc màn hình không biết ảnh nói gì"
                            + " — cách sửa: thêm dòng 'image_alt: mô tả ngắn nội dung ảnh' vào phần đầu",
                    "content/tin-tuc/u/index.md:4: cảnh báo: ảnh 'image: anh.jpg' không có 'image_alt', nên trang tin không hiện ảnh này và người dùng trình đọc màn hình không biết ảnh nói gì"
                            + " — cách sửa: thêm dòng 'image_alt: mô tả ngắn nội dung ảnh' vào phần đầu"),
                    lines);
        }

        @Test
        void theFrontMatterImageShownInTheBodyWithAltTextNeedsNoImageAlt() {
            site.page("tin-tuc/u/index.md", "title: U\ndate: 2024-05-02\nimage: anh.jpg\n", "![Sinh viên ở ngày hội](anh.jpg)\n");
            site.file("tin-tuc/u/anh.jpg", "jpg");
            assertEquals(List.of(), site.lines());
        }
    }

    @Nested
    class Drafts {
        @Test
        void draftsAreOnlyLoadedUnlessAsked() {
            site.page("tin-tuc/n.md", "title: N\ndate: 2024-05-01\ndraft: true\ntittle: x\n", "[x](/khong/)\n");
            CheckReport without = site.check(false);
            assertEquals(List.of(), without.findings());
            assertEquals("Đã kiểm tra 0 tệp Markdown: 0 lỗi, 0 cảnh báo. Bỏ qua 1 bài nháp (thêm --drafts để kiểm tra cả bài nháp).", without.summary());
            CheckReport with = site.check(true);
            assertEquals(2, with.findings().size(), with.findings().toString());
            assertEquals(1, with.exitCode());
        }

        @Test
        void aDraftTheLoaderRejectsIsAnErrorAsInTheBuild() {
            site.page("tin-tuc/n.md", "title: N\ndate: 2024-13-01\ndraft: true\n", "x\n");
            assertEquals(1, site.check(false).exitCode());
        }
    }

    @Test
    void findingsAreInFileAndLineOrder() {
        site.page("tin-tuc/b.md", "title: B\ndate: 2024-05-01\n", "[x](/khong/)\n\n[y](/khong-nua/)\n");
        site.page("tin-tuc/a.md", "title: A\ndate: 2024-05-01\nzz: 1\n", "x\n");
        List<String> lines = site.lines();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("content/tin-tuc/a.md:4:"));
        assertTrue(lines.get(1).startsWith("content/tin-tuc/b.md:5:"));
        assertTrue(lines.get(2).startsWith("content/tin-tuc/b.md:7:"));
        assertFalse(Files.exists(dir.resolve("site")), "loa check writes nothing");
    }
}

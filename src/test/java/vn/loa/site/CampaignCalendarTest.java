package vn.loa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.Builder;

/**
 * The campaign calendars as a reader meets them: a tiny portal written in Markdown, built, and
 * its campaign-year page, event pages, home page and calendar files read back.
 */
class CampaignCalendarTest {

    @TempDir
    Path dir;

    private static final String SITE = """
            title: Cổng thử
            base_url: https://khcn.example.vn/
            campaigns:
              ngay-khcn:
                years:
                  2022: {start: 2022-05-14, end: 2022-05-19}
            """;

    private static final String PLAN_2024 = """
            ---
            title: Hưởng ứng Ngày Khoa học và Công nghệ Việt Nam năm 2024
            date: 2024-04-20
            campaign: ngay-khcn
            number: 45/KH-SKHCN
            themes: ["Khoa học và công nghệ đồng hành cùng doanh nghiệp"]
            events:
              - title: Triển lãm sản phẩm đổi mới
                start: 2024-05-13
                end: 2024-05-16
                location: Nhà Văn hóa tỉnh
                lead: [Trung tâm Thông tin]
                source: "Triển lãm từ ngày 13/5 đến ngày 16/5/2024"
              - title: Tọa đàm đổi mới sáng tạo
                start: 2024-05-17T14:00
                weekday: Thứ Sáu
                lead: [Phòng Quản lý Khoa học]
                partners: [Hội Doanh nghiệp tỉnh]
              - title: Gặp mặt nhà khoa học trẻ
                start: 2024-05-17T14:00
              - title: Giao lưu văn nghệ
                start: 2024-05-17
                part_of_day: tối
              - title: Lễ kỷ niệm
                start: 2024-05-17T08:00
              - title: Treo băng rôn
                start: 2024-05-18
              - title: Gửi báo cáo đăng ký
                end: 2024-05-10
              - title: Tổng kết các hoạt động
                start: 2024-05-28
            ---

            ## I. NỘI DUNG

            - Triển lãm từ ngày 13/5 đến ngày 16/5/2024 tại Nhà Văn hóa tỉnh.
            """;

    private Path build(LocalDate today, String... files) throws IOException {
        return SmallSite.build(dir, SITE, today, files);
    }

    private static Document page(Path out, String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    private static List<Element> days(Document year) {
        return year.select("ol.week-calendar > li");
    }

    private static List<String> titles(Element day) {
        return day.select(".cal-event__title").eachText();
    }

    @Test
    void theWeekShowsEachDayWithItsWeekdayAndMarksTheCampaignDay() throws IOException {
        Path out = build(LocalDate.of(2024, 1, 1), "ke-hoach/khcn-2024.md", PLAN_2024);
        List<Element> days = days(page(out, "chien-dich/ngay-khcn/2024/index.html"));
        assertEquals(7, days.size());
        assertEquals("Thứ Tư, 15/5/2024", days.get(0).selectFirst("h3").text(), "the day heading has the weekday and date");
        assertEquals("2024-05-18", days.get(3).selectFirst("time").attr("datetime"));
        assertTrue(days.get(3).hasClass("week-calendar__day--campaign"), "18/5 is the campaign day");
        assertEquals(1, days.stream().filter(d -> d.hasClass("week-calendar__day--campaign")).count());
    }

    @Test
    void eventsOfADayAreInTimeOrderWithPartOfDayAndSameTimeEventsBothShown() throws IOException {
        Path out = build(LocalDate.of(2024, 1, 1), "ke-hoach/khcn-2024.md", PLAN_2024);
        Element friday = days(page(out, "chien-dich/ngay-khcn/2024/index.html")).get(2);
        assertEquals(List.of("Lễ kỷ niệm", "Gặp mặt nhà khoa học trẻ", "Tọa đàm đổi mới sáng tạo", "Giao lưu văn nghệ"),
                titles(friday));
        assertEquals(List.of("8h00", "14h00", "14h00", "buổi tối"), friday.select(".cal-event__time").eachText());
        Element toaDam = friday.select(".cal-event").get(2);
        assertTrue(toaDam.selectFirst(".cal-event__title a").attr("href").endsWith("su-kien/toa-dam-doi-moi-sang-tao/"),
                "the title links to the event page, which has the details");
        assertFalse(toaDam.text().contains("Phòng Quản lý Khoa học"), "compact: the units are on the event page");
        assertEquals("Tọa đàm đổi mới sáng tạo", toaDam.selectFirst(".cal-event__title a").attr("title"),
                "the whole title, also where the grid shows three lines of it");
    }

    @Test
    void anEntryShowsItsPlaceShortened() throws IOException {
        Path out = build(LocalDate.of(2024, 1, 1), "ke-hoach/khcn-2024.md",
                PLAN_2024.replace("start: 2024-05-18\n", "start: 2024-05-18\n    location: Sảnh tầng 1, Nhà Văn hóa tỉnh, thành phố Lam Giang\n"));
        Element saturday = days(page(out, "chien-dich/ngay-khcn/2024/index.html")).get(3);
        assertEquals("Địa điểm: Sảnh tầng 1, Nhà Văn hóa tỉnh", saturday.selectFirst(".cal-event__place").text());
        assertTrue(page(out, "chien-dich/ngay-khcn/2024/su-kien/treo-bang-ron/index.html").text()
                .contains("Sảnh tầng 1, Nhà Văn hóa tỉnh, thành phố Lam Giang"), "the event page has the whole place");
    }

    @Test
    void anEventWithoutATimeIsAllDay() throws IOException {
        Path out = build(LocalDate.of(2024, 1, 1), "ke-hoach/khcn-2024.md", PLAN_2024);
        Element saturday = days(page(out, "chien-dich/ngay-khcn/2024/index.html")).get(3);
        assertEquals(List.of("Cả ngày"), saturday.select(".cal-event__time").eachText());
    }

    @Test
    void aPeriodIsOneBandAcrossTheDaysItCoversInsideTheWeek() throws IOException {
        Path out = build(LocalDate.of(2024, 1, 1), "ke-hoach/khcn-2024.md", PLAN_2024);
        Document year = page(out, "chien-dich/ngay-khcn/2024/index.html");
        List<Element> bands = year.select(".week-calendar .cal-band");
        assertEquals(1, bands.size(), "13/5–16/5 is one band, not a card on each day");
        Element band = bands.get(0);
        assertEquals("Triển lãm sản phẩm đổi mới", band.selectFirst(".cal-event__title").text());
        assertTrue(band.attr("style").contains("--col: 1; --span: 2"), "15/5 and 16/5 of the week: " + band.attr("style"));
        assertTrue(band.hasClass("cal-band--from-before"), "it began before the week");
        assertEquals("13/5 – 16/5", band.selectFirst(".cal-event__time").text());
        assertEquals(band.parent(), days(year).get(0), "in the list, under its first day in the week");
        assertEquals("Tiếp diễn: Triển lãm sản phẩm đổi mới (đến 16/5)", days(year).get(1).selectFirst(".week-calendar__also").text(),
                "a phone's agenda says on the next day that it goes on");
        assertTrue(days(year).subList(2, 7).stream().allMatch(d -> d.select(".week-calendar__also").isEmpty()));
        String source = page(out, "chien-dich/ngay-khcn/2024/" + band.selectFirst("a").attr("href") + "index.html").selectFirst("blockquote").attr("cite");
        assertTrue(source.endsWith("ke-hoach/khcn-2024/#su-kien-trien-lam-san-pham-doi-moi"), source);
        Document plan = page(out, "ke-hoach/khcn-2024/index.html");
        assertEquals("li", plan.getElementById("su-kien-trien-lam-san-pham-doi-moi").tagName(),
                "the list item that states it carries the anchor");
    }

    @Test
    void aDeadlineOfTheWeekIsInItsDay() throws IOException {
        Path out = build(LocalDate.of(2024, 1, 1), "ke-hoach/khcn-2024.md", PLAN_2024.replace("end: 2024-05-10", "end: 2024-05-16"));
        Document year = page(out, "chien-dich/ngay-khcn/2024/index.html");
        Element thursday = days(year).get(1);
        assertEquals(List.of("Gửi báo cáo đăng ký"), titles(thursday));
        assertEquals("Hạn chót", thursday.selectFirst(".cal-event--deadline .cal-event__time").text());
        assertFalse(year.selectFirst("main").text().contains("Hạn hoàn thành và hoạt động trong tuần"), "no list below the grid");
    }

    @Test
    void deadlinesAndLaterActivitiesAreInTheTimelinesNotOnTheGrid() throws IOException {
        Path out = build(LocalDate.of(2024, 1, 1), "ke-hoach/khcn-2024.md", PLAN_2024);
        Document year = page(out, "chien-dich/ngay-khcn/2024/index.html");
        String grid = year.selectFirst("ol.week-calendar").text();
        assertFalse(grid.contains("Gửi báo cáo đăng ký"));
        assertTrue(year.getElementById("truoc-tuan").parent().text().contains("Gửi báo cáo đăng ký"));
        assertTrue(year.getElementById("truoc-tuan").parent().text().contains("Hạn: Thứ Sáu, 10/5/2024"));
        assertTrue(year.getElementById("sau-tuan").parent().text().contains("Tổng kết các hoạt động"));
    }

    @Test
    void everyEventHasAPageWithItsCalendarFileAndTheOtherEventsOfItsDay() throws IOException {
        Path out = build(LocalDate.of(2024, 1, 1), "ke-hoach/khcn-2024.md", PLAN_2024);
        Document event = page(out, "chien-dich/ngay-khcn/2024/su-kien/toa-dam-doi-moi-sang-tao/index.html");
        assertEquals("Tọa đàm đổi mới sáng tạo", event.selectFirst("h1").text());
        assertTrue(event.text().contains("Thứ Sáu, 17/5/2024, 14h00"));
        assertEquals(List.of("Lễ kỷ niệm", "Gặp mặt nhà khoa học trẻ", "Giao lưu văn nghệ"),
                event.getElementById("cung-ngay").parent().select("li a").eachText());
        String ics = event.select("a[download]").attr("href");
        assertTrue(Files.exists(out.resolve("chien-dich/ngay-khcn/2024/su-kien/toa-dam-doi-moi-sang-tao/").resolve(ics)), ics);
        String jsonLd = event.selectFirst("script[type=application/ld+json]").data();
        assertTrue(jsonLd.contains("\"@type\":\"Event\"") && jsonLd.contains("\"startDate\":\"2024-05-17T14:00:00+07:00\""), jsonLd);
        List<String> crumbs = event.select("nav.breadcrumbs li").eachText();
        assertEquals("Năm 2024", crumbs.get(crumbs.size() - 2));
    }

    @Test
    void theYearCalendarReadsBackWithOneEntryPerEvent() throws Exception {
        Path out = build(LocalDate.of(2024, 1, 1), "ke-hoach/khcn-2024.md", PLAN_2024);
        Calendar cal = new CalendarBuilder().build(new StringReader(
                Files.readString(out.resolve("chien-dich/ngay-khcn/2024/ngay-khcn-2024.ics"), StandardCharsets.UTF_8)));
        List<?> events = cal.getComponents(Component.VEVENT);
        assertEquals(8, events.size());
        assertTrue(cal.getComponents(Component.VEVENT).stream().allMatch(e -> ((Component) e).getProperty("UID").orElseThrow().getValue().endsWith("-ngay-khcn-2024@khcn.example.vn")));
    }

    @Test
    void anEventIdDoesNotChangeWhenOtherEventsAreAdded() throws IOException {
        Path out = build(LocalDate.of(2024, 1, 1), "ke-hoach/khcn-2024.md", PLAN_2024);
        List<String> before = eventFolders(out);
        Path dir2 = dir.resolve("more");
        Files.createDirectories(dir2);
        String more = PLAN_2024.replace("events:\n", "events:\n  - title: Một hoạt động mới thêm\n    start: 2024-05-16\n");
        Path out2 = new CampaignCalendarTest().buildIn(dir2, more);
        List<String> after = eventFolders(out2);
        assertTrue(after.containsAll(before), "every earlier id is still there: " + before + " / " + after);
        assertEquals(before.size() + 1, after.size());
    }

    @Test
    void aBusyDayListsTheEightNearestEventsAndCountsTheRest() throws Exception {
        StringBuilder plan = new StringBuilder("---\ntitle: Chuỗi hội thảo chuyên đề\ndate: 2024-04-20\ncampaign: ngay-khcn\nevents:\n");
        for (int i = 1; i <= 14; i++) {
            plan.append("  - title: Hội thảo chuyên đề số ").append(i).append("\n    start: 2024-05-17T").append(String.format("%02d", 6 + i))
                    .append(":00\n");
        }
        plan.append("---\n\nCác hội thảo chuyên đề trong ngày 17/5.\n");
        Path out = build(LocalDate.of(2024, 1, 1), "ke-hoach/hoi-thao.md", plan.toString());
        Path events = out.resolve("chien-dich/ngay-khcn/2024/su-kien");
        String tenth;
        try (Stream<Path> s = Files.list(events)) {
            tenth = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("-10")).findFirst().orElseThrow();
        }
        Document event = page(out, "chien-dich/ngay-khcn/2024/su-kien/" + tenth + "/index.html");
        Element section = event.getElementById("cung-ngay").parent();
        List<String> listed = section.select("li a").eachText();
        assertEquals(8, listed.size(), () -> String.join(" | ", listed));
        assertEquals("Hội thảo chuyên đề số 6", listed.get(0), "the nearest before it first");
        assertEquals("Hội thảo chuyên đề số 14", listed.get(7), "and the nearest after it");
        assertFalse(listed.contains("Hội thảo chuyên đề số 10"), "not itself");
        assertTrue(section.text().contains("Và 5 hoạt động khác trong ngày."), section.text());
        assertEquals("../../#lich-tuan", section.select("p a").attr("href"));
    }

    private Path buildIn(Path root, String plan) throws IOException {
        this.dir = root;
        return build(LocalDate.of(2024, 1, 1), "ke-hoach/khcn-2024.md", plan);
    }

    private static List<String> eventFolders(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out.resolve("chien-dich/ngay-khcn/2024/su-kien"))) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void anEmptyCampaignYearStillHasItsWeekAndAValidCalendar() throws Exception {
        Path out = build(LocalDate.of(2025, 1, 1), "ke-hoach/khcn-2025.md", """
                ---
                title: Hưởng ứng Ngày Khoa học và Công nghệ Việt Nam năm 2025
                date: 2025-04-20
                campaign: ngay-khcn
                ---

                Kế hoạch chưa có lịch cụ thể.
                """);
        Document year = page(out, "chien-dich/ngay-khcn/2025/index.html");
        assertEquals(7, days(year).size());
        assertTrue(days(year).stream().allMatch(d -> d.text().contains("Chưa có hoạt động")));
        assertTrue(year.text().contains("Không có hoạt động nào."));
        Calendar cal = new CalendarBuilder().build(new StringReader(
                Files.readString(out.resolve("chien-dich/ngay-khcn/2025/ngay-khcn-2025.ics"), StandardCharsets.UTF_8)));
        assertTrue(cal.getComponents(Component.VEVENT).isEmpty());
    }

    @Test
    void aMovedFocusWeekHasItsOwnDays() throws IOException {
        Path out = build(LocalDate.of(2022, 1, 1), "ke-hoach/khcn-2022.md", """
                ---
                title: Hưởng ứng Ngày Khoa học và Công nghệ Việt Nam năm 2022
                date: 2022-04-20
                campaign: ngay-khcn
                ---

                Tuần trọng tâm từ 14/5 đến 19/5/2022.
                """);
        List<Element> days = days(page(out, "chien-dich/ngay-khcn/2022/index.html"));
        assertEquals(List.of("2022-05-14", "2022-05-15", "2022-05-16", "2022-05-17", "2022-05-18", "2022-05-19"),
                days.stream().map(d -> d.selectFirst("time").attr("datetime")).toList());
    }

    @Test
    void theHomePageFeaturesTheCurrentWeekElseTheNextElseTheLatest() throws IOException {
        String plan2025 = PLAN_2024.replace("2024", "2025").replace("    weekday: Thứ Sáu\n", "");
        Path out = build(LocalDate.of(2024, 5, 17), "ke-hoach/khcn-2024.md", PLAN_2024, "ke-hoach/khcn-2025.md", plan2025);
        assertTrue(page(out, "index.html").selectFirst(".featured").text().contains("Đang diễn ra"));
        assertTrue(page(out, "index.html").selectFirst(".featured h2").text().endsWith("2024"));

        out = build(LocalDate.of(2024, 12, 1));
        assertTrue(page(out, "index.html").selectFirst(".featured").text().contains("Sắp diễn ra"));
        assertTrue(page(out, "index.html").selectFirst(".featured h2").text().endsWith("2025"));

        out = build(LocalDate.of(2026, 1, 1));
        assertTrue(page(out, "index.html").selectFirst(".featured h2").text().endsWith("2025"), "the latest");
    }
}

package vn.loa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.Builder;

/**
 * Events as pages of their own: every dated event, in a campaign or not, has its page and
 * calendar file; the page quotes the event's text, links its document once, the news posts that
 * report on it (which link back) and its week's previous and next events; the home page lists
 * the events to come.
 */
class EventPagesTest {

    @TempDir
    Path dir;

    private static final String SITE = """
            title: Cổng thử
            base_url: https://khcn.example.vn/
            """;

    private static final String PLAN = """
            ---
            title: Hưởng ứng Ngày Khoa học và Công nghệ Việt Nam năm 2024
            date: 2024-04-20
            campaign: ngay-khcn
            number: 45/KH-SKHCN
            events:
              - title: Hội thảo “Nông nghiệp thông minh ở vùng đồi”
                start: 2024-05-16T08:00
                location: Hội trường tầng 3
                lead: [Phòng Quản lý Khoa học]
                source: "Thời gian: 8h00 ngày 16/5/2024"
              - title: Lễ kỷ niệm
                id: le-ky-niem
                start: 2024-05-18T08:00
                source: "8h00 ngày 18/5/2024"
              - title: Chiếu phim khoa học cho thiếu nhi
                start: 2024-05-18T15:00
                location: Nhà Thiếu nhi tỉnh
                source: "15h00 ngày 18/5/2024"
            ---

            ## I. NỘI DUNG

            ### 1. Hội thảo “Nông nghiệp thông minh ở vùng đồi”

            Các nhà khoa học và nông dân trao đổi về cảm biến độ ẩm đất cho vườn cây ăn quả trên đồi.

            - Chủ trì: Phòng Quản lý Khoa học.
            - Thời gian: 8h00 ngày 16/5/2024.

            ### 2. Lễ kỷ niệm

            Lễ kỷ niệm diễn ra lúc 8h00 ngày 18/5/2024 tại Hội trường lớn.

            ### 3. Chiếu phim

            Buổi chiếu phim khoa học dành cho thiếu nhi, lúc 15h00 ngày 18/5/2024.
            """;

    /** A plan of no campaign: its event is in no campaign week. */
    private static final String TRAINING = """
            ---
            title: Tập huấn đăng ký nhãn hiệu cho hợp tác xã năm 2024
            date: 2024-08-05
            events:
              - title: Lớp tập huấn đăng ký nhãn hiệu tập thể
                id: tap-huan-nhan-hieu
                start: 2024-09-12T08:00
                end: 2024-09-12T11:30
                location: Phòng họp tầng 2, Sở Khoa học và Công nghệ
                lead: [Phòng Quản lý Công nghệ và Sở hữu trí tuệ]
                source: "từ 8h00 đến 11h30 ngày 12/9/2024"
            ---

            Sở mở lớp tập huấn cho các hợp tác xã muốn đăng ký nhãn hiệu tập thể, từ 8h00 đến 11h30 ngày 12/9/2024.
            """;

    /** Names the seminar in its title: linked without front matter. */
    private static final String NEWS_SEMINAR = """
            ---
            title: Hội thảo “Nông nghiệp thông minh ở vùng đồi” gợi mở cách tưới tiết kiệm
            date: 2024-05-16T16:00
            campaign: ngay-khcn
            ---

            Sáng nay, hơn tám mươi đại biểu dự hội thảo.
            """;

    /** Names the ceremony by id: its title alone would not. */
    private static final String NEWS_CEREMONY = """
            ---
            title: Chín cá nhân nhận kỷ niệm chương
            date: 2024-05-18T12:00
            campaign: ngay-khcn
            reports_on: [le-ky-niem]
            ---

            Tại buổi lễ sáng nay, chín cá nhân được trao kỷ niệm chương.
            """;

    /** Same day as the ceremony, but names no event. */
    private static final String NEWS_OTHER = """
            ---
            title: Sở công bố danh mục nhiệm vụ khoa học năm 2025
            date: 2024-05-18T15:00
            campaign: ngay-khcn
            ---

            Danh mục gồm mười hai nhiệm vụ.
            """;

    private Path build(LocalDate today, String... files) throws IOException {
        return SmallSite.build(dir, SITE, today, files);
    }

    private Path buildAll(LocalDate today) throws IOException {
        return build(today, "ke-hoach/khcn-2024.md", PLAN, "ke-hoach/tap-huan.md", TRAINING,
                "tin-tuc/hoi-thao.md", NEWS_SEMINAR, "tin-tuc/ky-niem-chuong.md", NEWS_CEREMONY, "tin-tuc/danh-muc.md", NEWS_OTHER);
    }

    private static Document page(Path out, String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    private static final String SEMINAR = "chien-dich/ngay-khcn/2024/su-kien/hoi-thao-nong-nghiep-thong-minh-o-vung-doi/";

    @Test
    void anEventPageQuotesItsTextAndLinksItsDocumentOnce() throws IOException {
        Path out = buildAll(LocalDate.of(2024, 1, 1));
        Document event = page(out, SEMINAR + "index.html");
        Element text = event.getElementById("noi-dung-van-ban").parent();
        assertTrue(text.text().contains("cảm biến độ ẩm đất cho vườn cây ăn quả"), "the paragraph under the event's heading");
        assertTrue(text.text().contains("Chủ trì: Phòng Quản lý Khoa học."), "and its list");
        assertFalse(text.text().contains("Lễ kỷ niệm diễn ra"), "not the next event's text");
        List<Element> toPlan = event.select("main a[href*=ke-hoach/khcn-2024/]");
        assertEquals(1, toPlan.size(), "the plan is linked once: " + toPlan);
        assertTrue(toPlan.get(0).attr("href").endsWith("#su-kien-hoi-thao-nong-nghiep-thong-minh-o-vung-doi"));
        assertTrue(event.text().contains("45/KH-SKHCN"), "the document's number");
        assertTrue(event.text().contains("Hội trường tầng 3") && event.text().contains("Thứ Năm, 16/5/2024, 8h00"));
    }

    @Test
    void newsPostsAndEventsLinkBothWaysByTitleOrById() throws IOException {
        Path out = buildAll(LocalDate.of(2024, 1, 1));
        Document seminar = page(out, SEMINAR + "index.html");
        assertEquals(List.of("Hội thảo “Nông nghiệp thông minh ở vùng đồi” gợi mở cách tưới tiết kiệm"),
                seminar.getElementById("tin-bai-ve-su-kien").parent().select("li a").eachText());
        Document ceremony = page(out, "chien-dich/ngay-khcn/2024/su-kien/le-ky-niem/index.html");
        assertEquals(List.of("Chín cá nhân nhận kỷ niệm chương"),
                ceremony.getElementById("tin-bai-ve-su-kien").parent().select("li a").eachText(),
                "by reports_on; the other post of the day names no event");

        Document news = page(out, "tin-tuc/ky-niem-chuong/index.html");
        Element related = news.getElementById("su-kien-lien-quan").parent();
        assertEquals(List.of("Lễ kỷ niệm"), related.select("li a").eachText());
        assertEquals("../../chien-dich/ngay-khcn/2024/su-kien/le-ky-niem/", related.selectFirst("a").attr("href"));
        assertEquals(List.of("Hội thảo “Nông nghiệp thông minh ở vùng đồi”"),
                page(out, "tin-tuc/hoi-thao/index.html").getElementById("su-kien-lien-quan").parent().select("li a").eachText());
        assertNull(page(out, "tin-tuc/danh-muc/index.html").getElementById("su-kien-lien-quan"));
    }

    @Test
    void anEventLinksThePreviousAndNextEventsOfItsWeek() throws IOException {
        Path out = buildAll(LocalDate.of(2024, 1, 1));
        Document ceremony = page(out, "chien-dich/ngay-khcn/2024/su-kien/le-ky-niem/index.html");
        Element nav = ceremony.selectFirst("nav.event-nav");
        assertEquals("Hội thảo “Nông nghiệp thông minh ở vùng đồi”", nav.selectFirst("a[rel=prev]").text());
        assertEquals("Chiếu phim khoa học cho thiếu nhi", nav.selectFirst("a[rel=next]").text());
        Document seminar = page(out, SEMINAR + "index.html");
        assertNull(seminar.selectFirst("nav.event-nav a[rel=prev]"), "the first event of the week");
        assertEquals("Lễ kỷ niệm", seminar.selectFirst("nav.event-nav a[rel=next]").text());
    }

    @Test
    void anEventOutsideAnyCampaignHasItsPageAndCalendarFile() throws Exception {
        Path out = buildAll(LocalDate.of(2024, 1, 1));
        String folder = "ke-hoach/tap-huan/su-kien/tap-huan-nhan-hieu/";
        Document event = page(out, folder + "index.html");
        assertEquals("Lớp tập huấn đăng ký nhãn hiệu tập thể", event.selectFirst("h1").text());
        assertEquals(List.of("Trang chủ", "Kế hoạch", "Tập huấn đăng ký nhãn hiệu cho hợp tác xã năm 2024",
                "Lớp tập huấn đăng ký nhãn hiệu tập thể"), event.select("nav.breadcrumbs li").eachText());
        assertTrue(event.getElementById("noi-dung-van-ban").parent().text().contains("Sở mở lớp tập huấn"));
        assertEquals("tap-huan-nhan-hieu.ics", event.selectFirst("a.button[download]").attr("href"));

        Calendar cal = new CalendarBuilder().build(new StringReader(
                Files.readString(out.resolve(folder + "tap-huan-nhan-hieu.ics"), StandardCharsets.UTF_8)));
        List<VEvent> events = cal.getComponents(Component.VEVENT);
        assertEquals(1, events.size());
        VEvent e = events.get(0);
        assertEquals("Lớp tập huấn đăng ký nhãn hiệu tập thể", e.getProperty("SUMMARY").orElseThrow().getValue());
        assertEquals("20240912T080000", e.getProperty("DTSTART").orElseThrow().getValue());
        assertEquals("https://khcn.example.vn/" + folder, e.getProperty("URL").orElseThrow().getValue());
        assertEquals("tap-huan-nhan-hieu-ke-hoach-tap-huan@khcn.example.vn", e.getProperty("UID").orElseThrow().getValue(),
                "the UID it had before it had a page");

        Document plan = page(out, "ke-hoach/tap-huan/index.html");
        assertEquals("su-kien/tap-huan-nhan-hieu/", plan.selectFirst(".event-list .event__title a").attr("href"),
                "the plan's list of events links the page");
    }

    @Test
    void theHomePageListsTheEventsStillToComeOnTheBuildDay() throws IOException {
        Path out = buildAll(LocalDate.of(2024, 5, 17));
        List<String> upcoming = page(out, "index.html").getElementById("su-kien-sap-toi").parent().select("li a").eachText();
        assertEquals(List.of("Lễ kỷ niệm", "Chiếu phim khoa học cho thiếu nhi", "Lớp tập huấn đăng ký nhãn hiệu tập thể"), upcoming);

        Path later = buildAll(LocalDate.of(2024, 9, 1));
        assertEquals(List.of("Lớp tập huấn đăng ký nhãn hiệu tập thể"),
                page(later, "index.html").getElementById("su-kien-sap-toi").parent().select("li a").eachText());
        assertNull(page(buildAll(LocalDate.of(2025, 1, 1)), "index.html").getElementById("su-kien-sap-toi"),
                "nothing to come: no empty list");
    }

    @Test
    void aReportsOnThatFindsNoEventIsRefusedAtItsLine() {
        String bad = NEWS_CEREMONY.replace("[le-ky-niem]", "[le-khai-mac]");
        RuntimeException e = assertThrows(RuntimeException.class, () -> build(LocalDate.of(2024, 1, 1),
                "ke-hoach/khcn-2024.md", PLAN, "tin-tuc/ky-niem-chuong.md", bad));
        String all = e.getMessage() + " " + e;
        assertTrue(all.contains("le-khai-mac"), all);
    }
}

package vn.loa.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.cli.TinySite;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.Builder;

/**
 * Subscribing, as a reader does it: calendar files named by what they hold, a calendar per
 * campaign and one of the events still to come, the same UID for an event in every file, a
 * {@code webcal:} link beside each download with instructions, and Atom feeds that a browser
 * shows as a page through the theme's XSLT. Calendars are read back with ical4j, a parser
 * independent of biweekly that writes them.
 */
class SubscriptionsTest {

    @TempDir
    Path dir;

    static final String SITE = """
            title: Cổng thử
            base_url: https://khcn.example.vn/
            """;

    static final String PLAN_2024 = """
            ---
            title: Hưởng ứng Ngày Khoa học và Công nghệ Việt Nam năm 2024
            date: 2024-04-20
            campaign: ngay-khcn
            events:
              - title: Triển lãm sản phẩm đổi mới
                start: 2024-05-13
                end: 2024-05-16
              - title: Tọa đàm đổi mới sáng tạo
                start: 2024-05-17T14:00
                end: 2024-05-17T16:30
                location: Hội trường Sở
              - title: Gửi báo cáo đăng ký
                end: 2024-05-10
            ---

            Kế hoạch.
            """;

    static final String PLAN_2023 = """
            ---
            title: Hưởng ứng Ngày Khoa học và Công nghệ Việt Nam năm 2023
            date: 2023-04-20
            campaign: ngay-khcn
            events:
              - title: Lễ kỷ niệm năm 2023
                start: 2023-05-18T08:00
            ---

            Kế hoạch.
            """;

    /** A post outside any campaign that states an event: it belongs in the calendar of events to come. */
    static final String NEWS = """
            ---
            title: Thông báo hội nghị tổng kết
            date: 2024-04-25
            events:
              - title: Hội nghị tổng kết năm
                start: 2024-06-03
            ---

            Hội nghị tổng kết vào ngày 3/6/2024.
            """;

    private Path build(Path root, String site, LocalDate today) throws IOException {
        write(root, "content/site.yaml", site);
        write(root, "content/ke-hoach/khcn-2024.md", PLAN_2024);
        write(root, "content/ke-hoach/khcn-2023.md", PLAN_2023);
        write(root, "content/tin-tuc/hoi-nghi.md", NEWS);
        Path out = root.resolve("site");
        Builder.build(BuildOptions.of(root).withOutput(out).withToday(today).withStrictTemplates(true));
        return out;
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path f = root.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    static final String YEAR = "chien-dich/ngay-khcn/2024/ngay-khcn-2024.ics";
    static final String CAMPAIGN = "chien-dich/ngay-khcn/ngay-khcn.ics";
    static final String UPCOMING = "lich/su-kien-sap-toi.ics";

    private static Calendar calendar(Path out, String path) throws Exception {
        return new CalendarBuilder().build(new StringReader(Files.readString(out.resolve(path), StandardCharsets.UTF_8)));
    }

    private static List<Component> events(Calendar cal) {
        List<? extends Component> all = cal.getComponents(Component.VEVENT);
        return List.copyOf(all);
    }

    private static String value(Component c, String name) {
        return c.getProperty(name).map(p -> p.getValue()).orElse(null);
    }

    private static Component event(Calendar cal, String summary) {
        return events(cal).stream().filter(e -> summary.equals(value(e, "SUMMARY"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + summary + " in " + cal));
    }

    private static List<String> summaries(Calendar cal) {
        return events(cal).stream().map(e -> value(e, "SUMMARY")).toList();
    }

    @Test
    void calendarFilesAreNamedByWhatTheyHold() throws IOException {
        Path out = build(dir, SITE, LocalDate.of(2024, 5, 12));
        assertTrue(Files.isRegularFile(out.resolve(YEAR)));
        assertTrue(Files.isRegularFile(out.resolve("chien-dich/ngay-khcn/2023/ngay-khcn-2023.ics")));
        assertTrue(Files.isRegularFile(out.resolve(CAMPAIGN)));
        assertTrue(Files.isRegularFile(out.resolve(UPCOMING)));
        assertFalse(Files.exists(out.resolve("chien-dich/ngay-khcn/2024/lich.ics")), "the old name is gone");
        assertTrue(Files.isRegularFile(out.resolve("chien-dich/ngay-khcn/2024/su-kien/toa-dam-doi-moi-sang-tao/toa-dam-doi-moi-sang-tao.ics")));
    }

    @Test
    void anEventHasTheSameUidStampAndSequenceInTheYearTheCampaignAndTheUpcomingCalendars() throws Exception {
        Path out = build(dir, SITE, LocalDate.of(2024, 5, 12));
        Calendar year = calendar(out, YEAR);
        Calendar campaign = calendar(out, CAMPAIGN);
        Calendar upcoming = calendar(out, UPCOMING);
        Calendar own = calendar(out, "chien-dich/ngay-khcn/2024/su-kien/toa-dam-doi-moi-sang-tao/toa-dam-doi-moi-sang-tao.ics");
        for (String property : List.of("UID", "DTSTAMP", "LAST-MODIFIED", "SEQUENCE", "DTSTART", "DTEND", "URL")) {
            String inYear = value(event(year, "Tọa đàm đổi mới sáng tạo"), property);
            assertNotNull(inYear, property);
            assertEquals(inYear, value(event(campaign, "Tọa đàm đổi mới sáng tạo"), property), property + " in the campaign's calendar");
            assertEquals(inYear, value(event(upcoming, "Tọa đàm đổi mới sáng tạo"), property), property + " in the upcoming calendar");
            assertEquals(inYear, value(event(own, "Tọa đàm đổi mới sáng tạo"), property), property + " in its own file");
        }
        assertEquals("toa-dam-doi-moi-sang-tao-ngay-khcn-2024@khcn.example.vn", value(event(year, "Tọa đàm đổi mới sáng tạo"), "UID"));
        assertEquals("0", value(event(year, "Tọa đàm đổi mới sáng tạo"), "SEQUENCE"));
        assertEquals("20240419T170000Z", value(event(year, "Tọa đàm đổi mới sáng tạo"), "LAST-MODIFIED"), "the plan's date, 20/4/2024 in Vietnam");

        // The campaign's calendar holds all its years; the UIDs of all files are unique within each.
        assertTrue(summaries(campaign).containsAll(List.of("Lễ kỷ niệm năm 2023", "Tọa đàm đổi mới sáng tạo", "Hạn: Gửi báo cáo đăng ký")),
                summaries(campaign).toString());
        for (Calendar cal : List.of(year, campaign, upcoming)) {
            List<String> uids = events(cal).stream().map(e -> value(e, "UID")).toList();
            assertEquals(uids.size(), uids.stream().distinct().count(), "unique UIDs: " + uids);
        }
    }

    @Test
    void theUpcomingCalendarHoldsWhatHasNotEndedOnTheBuildDayCampaignOrNot() throws Exception {
        Path out = build(dir, SITE, LocalDate.of(2024, 5, 12));
        Calendar upcoming = calendar(out, UPCOMING);
        assertEquals(List.of("Triển lãm sản phẩm đổi mới", "Tọa đàm đổi mới sáng tạo", "Hội nghị tổng kết năm"), summaries(upcoming),
                "the 10/5 deadline and 2023 are past; in the order they begin");
        Component outside = event(upcoming, "Hội nghị tổng kết năm");
        assertEquals("https://khcn.example.vn/tin-tuc/hoi-nghi/su-kien/hoi-nghi-tong-ket-nam/", value(outside, "URL"),
                "an event outside a campaign links to its own page, under the page that states it");
        assertTrue(value(outside, "UID").endsWith("-tin-tuc-hoi-nghi@khcn.example.vn"), value(outside, "UID"));

        // The next day the exhibition (13–16/5) has ended: an incremental build equals a clean one.
        Path later = build(dir, SITE, LocalDate.of(2024, 5, 17));
        assertEquals(List.of("Tọa đàm đổi mới sáng tạo", "Hội nghị tổng kết năm"), summaries(calendar(later, UPCOMING)));
        Path clean = build(dir.resolve("clean"), SITE, LocalDate.of(2024, 5, 17));
        for (String f : List.of(YEAR, CAMPAIGN, UPCOMING)) {
            assertArrayEquals(Files.readAllBytes(clean.resolve(f)), Files.readAllBytes(later.resolve(f)), f);
        }
    }

    @Test
    void aRebuildWithNoChangeGivesTheSameBytes() throws Exception {
        Path first = build(dir.resolve("a"), SITE, LocalDate.of(2024, 5, 12));
        Map<String, byte[]> before = Map.of(YEAR, Files.readAllBytes(first.resolve(YEAR)), CAMPAIGN,
                Files.readAllBytes(first.resolve(CAMPAIGN)), UPCOMING, Files.readAllBytes(first.resolve(UPCOMING)));
        Path second = build(dir.resolve("b"), SITE, LocalDate.of(2024, 5, 12));
        Path again = build(dir.resolve("a"), SITE, LocalDate.of(2024, 5, 12));
        for (var e : before.entrySet()) {
            assertArrayEquals(e.getValue(), Files.readAllBytes(second.resolve(e.getKey())), "another clean build: " + e.getKey());
            assertArrayEquals(e.getValue(), Files.readAllBytes(again.resolve(e.getKey())), "a rebuild: " + e.getKey());
        }
    }

    @Test
    void pagesOfferAWebcalLinkBesideEachDownloadAndSayHow() throws IOException {
        Path out = build(dir, SITE, LocalDate.of(2024, 5, 12));
        Map<String, List<String>> offered = Map.of(
                "chien-dich/ngay-khcn/2024/index.html", List.of(YEAR, CAMPAIGN, UPCOMING),
                "chien-dich/ngay-khcn/2024/su-kien/toa-dam-doi-moi-sang-tao/index.html", List.of(YEAR, CAMPAIGN, UPCOMING),
                "chien-dich/ngay-khcn/index.html", List.of(CAMPAIGN, UPCOMING),
                "chien-dich/index.html", List.of(UPCOMING, CAMPAIGN));
        for (var e : offered.entrySet()) {
            Path page = out.resolve(e.getKey());
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            Element block = doc.selectFirst("section.subscribe");
            assertNotNull(block, e.getKey());
            assertEquals(e.getValue().stream().map(f -> "webcal://khcn.example.vn/" + f).toList(),
                    block.select("a[href^=webcal:]").eachAttr("href"), e.getKey());
            List<String> downloads = block.select("a[download]").eachAttr("href");
            assertEquals(e.getValue().size(), downloads.size(), e.getKey());
            for (int i = 0; i < downloads.size(); i++) {
                assertFalse(downloads.get(i).contains("://"), "a relative link: " + downloads.get(i));
                assertEquals(out.resolve(e.getValue().get(i)).normalize(), page.getParent().resolve(downloads.get(i)).normalize());
            }
            Element help = block.selectFirst("details");
            assertNotNull(help, "instructions in a <details>: " + e.getKey());
            assertEquals("Cách thêm vào ứng dụng lịch", help.selectFirst("summary").text());
            for (String words : List.of("Thêm lịch", "Từ URL", "Đăng ký từ web", "iPhone", "Android")) {
                assertTrue(help.text().contains(words), words + " in " + e.getKey());
            }
            assertTrue(doc.select("script").stream().noneMatch(s -> s.attr("src").contains("theo-doi")), "no script");
        }
        Document year = Jsoup.parse(out.resolve("chien-dich/ngay-khcn/2024/index.html").toFile(), "UTF-8");
        assertEquals("ngay-khcn-2024.ics", year.selectFirst("link[type=text/calendar]").attr("href"));
        assertEquals("#theo-doi-lich", year.selectFirst(".campaign-year__actions a").attr("href"), "the header leads to the block");
    }

    @Test
    void withoutABaseUrlPagesOfferTheDownloadOnlyAndTheBuildSaysWhy() throws IOException {
        TinySite site = new TinySite(dir.resolve("tiny"));
        site.write("content/site.yaml", "title: Cổng thử\n").write("content/ke-hoach/khcn-2024.md", PLAN_2024);
        TinySite.Run run = site.build();
        assertEquals(0, run.exit(), run.toString());
        List<String> notes = run.out().lines().filter(l -> l.contains("webcal:")).toList();
        assertEquals(1, notes.size(), "said once: " + run.out());
        assertTrue(notes.get(0).contains("base_url"), notes.get(0));

        Document year = Jsoup.parse(site.output.resolve("chien-dich/ngay-khcn/2024/index.html").toFile(), "UTF-8");
        assertTrue(year.select("a[href^=webcal:]").isEmpty(), "no webcal: link without a base URL");
        assertEquals(List.of("ngay-khcn-2024.ics", "../ngay-khcn.ics", "../../../lich/su-kien-sap-toi.ics"),
                year.select("section.subscribe a[download]").eachAttr("href"));
        assertNotNull(year.selectFirst("section.subscribe details"));

        TinySite.Run withBase = site.build("--base-url", "https://khcn.example.vn/");
        assertTrue(withBase.out().lines().noneMatch(l -> l.contains("webcal:")), withBase.out());
    }

    // Atom feeds through the theme's XSLT, run here by the JDK's own XSLT processor.

    @Test
    void anAtomFeedNamesTheStylesheetThatShowsItAsAReadablePage() throws Exception {
        Path out = build(dir, SITE, LocalDate.of(2024, 5, 12));
        Path feed = out.resolve("chien-dich/ngay-khcn/index.xml");
        String xml = Files.readString(feed);
        Matcher pi = Pattern.compile("<\\?xml-stylesheet type=\"text/xsl\" href=\"([^\"]+)\"\\?>").matcher(xml);
        assertTrue(pi.find(), "a stylesheet processing instruction");
        Path xsl = feed.getParent().resolve(pi.group(1)).normalize();
        assertEquals("../../xsl/nguon-tin.xsl", pi.group(1), "a relative link");
        assertTrue(Files.isRegularFile(xsl));
        // For a browser without XSLT (Chromium is removing it), a CSS that styles the XML itself, named after it.
        Matcher css = Pattern.compile("<\\?xml-stylesheet type=\"text/css\" href=\"([^\"]+)\"\\?>").matcher(xml);
        assertTrue(css.find() && css.start() > pi.start(), "a CSS stylesheet after the XSLT");
        assertTrue(css.group(1).matches("\\.\\./\\.\\./css/nguon-tin\\.[0-9a-f]{8}\\.css"), "relative, fingerprinted: " + css.group(1));
        String style = Files.readString(feed.getParent().resolve(css.group(1)).normalize());
        assertTrue(style.contains("@namespace url(http://www.w3.org/2005/Atom)") && style.contains("Cách theo dõi"), "styles Atom, says how to follow");

        Document html = transform(feed, xsl);
        Document atom = Jsoup.parse(xml, "", Parser.xmlParser());
        assertEquals("vi", html.selectFirst("html").attr("lang"));
        assertEquals(atom.selectFirst("feed > title").text(), html.selectFirst("h1").text());
        Element how = html.getElementById("cach-theo-doi").parent();
        assertEquals("Cách theo dõi", html.getElementById("cach-theo-doi").text());
        assertTrue(how.text().contains("https://khcn.example.vn/chien-dich/ngay-khcn/index.xml"), "the address to paste: " + how.text());
        assertTrue(how.text().contains("ứng dụng đọc tin"), how.text());
        List<String> links = atom.select("entry > link[rel=alternate]").eachAttr("href");
        assertEquals(2, links.size());
        assertEquals(links, html.select("li h3 a").eachAttr("href"), "each entry links to its page");
        assertEquals(atom.select("entry > title").eachText(), html.select("li h3").eachText());
        assertEquals(List.of("Ngày 20/4/2024", "Ngày 20/4/2023"), html.select("li .date").eachText(), "dates as Vietnamese readers write them");
        assertEquals("2024-04-20", html.selectFirst("li .date time").attr("datetime"));

        // Valid HTML: the Nu checker on what the browser would show.
        Path page = dir.resolve("feed.html");
        Files.writeString(page, html.outerHtml());
        HtmlChecker.Result r = new HtmlChecker().check(page, "feed as a page");
        assertEquals(List.of(), r.errors(), "Nu errors");
    }

    @Test
    void withoutABaseUrlTheFeedPageLinksRelativelyAndSaysWhereTheAddressIs() throws Exception {
        Path out = build(dir, "title: Cổng thử\n", LocalDate.of(2024, 5, 12));
        Path feed = out.resolve("ke-hoach/index.xml");
        Document html = transform(feed, out.resolve("xsl/nguon-tin.xsl"));
        assertEquals(List.of("khcn-2024/", "khcn-2023/"), html.select("li h3 a").eachAttr("href"));
        assertTrue(html.getElementById("cach-theo-doi").parent().text().contains("thanh địa chỉ của trình duyệt"));
    }

    @Test
    void theStylesheetsLoadNothing() throws IOException {
        for (String file : List.of("themes/default/static/xsl/nguon-tin.xsl", "themes/default/static/css/nguon-tin.css")) {
            String text = Files.readString(Path.of(file)).replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)/\\*.*?\\*/", "")
                    .replace("http://www.w3.org/1999/XSL/Transform", "").replace("@namespace url(http://www.w3.org/2005/Atom)", "")
                    .replace("http://www.w3.org/2005/Atom", "");
            for (String loads : List.of("http:", "https:", "//", "src=", "<link", "@import", "url(", "document(", "xsl:import",
                    "xsl:include", "<script")) {
                assertFalse(text.contains(loads), loads + " in " + file);
            }
        }
    }

    private static Document transform(Path feed, Path xsl) throws Exception {
        TransformerFactory factory = TransformerFactory.newDefaultInstance(); // the JDK's own, not one on the class path
        factory.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        Transformer t = factory.newTransformer(new StreamSource(xsl.toFile()));
        StringWriter w = new StringWriter();
        t.transform(new StreamSource(feed.toFile()), new StreamResult(w));
        return Jsoup.parse(w.toString());
    }
}

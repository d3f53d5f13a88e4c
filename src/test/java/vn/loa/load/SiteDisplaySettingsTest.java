package vn.loa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.cli.TinySite.assertMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.loa.cli.TinySite;
import vn.loa.cli.TinySite.Run;

/**
 * The settings of {@code site.yaml} that change how every page looks: {@code logo} (the header's emblem, a checked
 * image file of {@code content/}), {@code time_format} (how clock times are written; calendar files keep machine time)
 * and {@code footer_menu}; and that {@code loa check} knows them.
 */
class SiteDisplaySettingsTest {

    @TempDir
    Path dir;

    private static final String SITE = """
            title: Cổng thử nghiệm
            organisation:
              name: Sở Khoa học và Công nghệ tỉnh Thử
            """;

    /** A news post of the Ngày KH&CN 2024 campaign with a morning event: its page and calendar show its time. */
    private static final String POST = """
            ---
            title: Thông báo lễ kỷ niệm
            date: 2024-05-10
            campaign: ngay-khcn
            events:
              - title: Lễ kỷ niệm
                id: le-ky-niem
                start: 2024-05-18T08:00
                end: 2024-05-18T11:30
                location: Hội trường lớn
            ---

            Lễ kỷ niệm diễn ra sáng 18/5.
            """;

    private static final String SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64" onload="alert(1)">
              <script>alert(2)</script>
              <circle cx="32" cy="32" r="30" fill="#c8102e"/>
            </svg>
            """;

    private Document page(TinySite site, String path) {
        try {
            return Jsoup.parse(Files.readString(site.output.resolve(path), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aLogoIsInTheHeaderOfEveryPageWithTheOrganisationsNameAsAltAndIsPublishedClean() throws IOException {
        TinySite site = new TinySite(dir).write("content/site.yaml", SITE + "logo: hinh/logo.svg\n")
                .write("content/hinh/logo.svg", SVG).write("content/tin-tuc/bai.md", POST);
        site.buildGood();
        for (String path : new String[] {"index.html", "tin-tuc/bai/index.html", "nam/2024/index.html"}) {
            Element img = page(site, path).selectFirst("header.site-header img");
            assertNotNull(img, "the header of " + path + " shows the logo");
            assertEquals("Sở Khoa học và Công nghệ tỉnh Thử", img.attr("alt"), path);
            Path target = site.output.resolve(path).getParent().resolve(img.attr("src")).normalize();
            assertEquals(site.output.resolve("hinh/logo.svg"), target, "a relative address to the published file, from " + path);
        }
        String published = Files.readString(site.output.resolve("hinh/logo.svg"), StandardCharsets.UTF_8);
        assertTrue(published.contains("<circle"), published);
        assertFalse(published.contains("script") || published.contains("onload"), "cleaned like every SVG: " + published);
    }

    @Test
    void withoutALogoTheHeaderHasNoImage() {
        TinySite site = new TinySite(dir).write("content/site.yaml", SITE);
        site.buildGood();
        assertTrue(page(site, "index.html").select("header.site-header img").isEmpty());
    }

    @Test
    void aMissingLogoIsAContentErrorAtItsLine() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site.write("content/site.yaml", SITE + "logo: logo.svg\n"));
        assertMessage(r, "content/site.yaml", 4, "content/logo.svg");
    }

    @Test
    void aLogoThatIsNotAnImageIsAContentError() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site.write("content/site.yaml", SITE + "logo: logo.txt\n").write("content/logo.txt", "x"));
        assertMessage(r, "content/site.yaml", 4, "logo.txt", ".svg");
    }

    @Test
    void aPngLogoWhoseBytesAreNotPngIsAContentError() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site.write("content/site.yaml", SITE + "logo: logo.png\n")
                .write("content/logo.png", "<html>not an image</html>"));
        assertMessage(r, "content/site.yaml", 4, "PNG");
    }

    @Test
    void aRealPngLogoIsAccepted() {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        TinySite site = new TinySite(dir).write("content/site.yaml", SITE + "logo: logo.png\n").writeBytes("content/logo.png", png);
        site.buildGood();
        assertEquals("logo.png", page(site, "index.html").selectFirst("header img").attr("src"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "                        | 8h00–11h30",
        "time_format: \"8h00\"     | 8h00–11h30",
        "time_format: \"8 giờ 00\" | 8 giờ 00 – 11 giờ 30",
        "time_format: \"08:00\"    | 08:00–11:30",
    })
    void clockTimesAreWrittenAsTheSiteSaysAndCalendarsKeepMachineTime(String setting, String expected) throws IOException {
        TinySite site = new TinySite(dir).write("content/site.yaml", SITE + (setting == null ? "" : setting + "\n"))
                .write("content/tin-tuc/bai.md", POST);
        site.buildGood();
        String event = page(site, "chien-dich/ngay-khcn/2024/su-kien/le-ky-niem/index.html").select("main").text();
        assertTrue(event.contains("Thứ Bảy, 18/5/2024, " + expected), event);
        String year = page(site, "chien-dich/ngay-khcn/2024/index.html").select(".week-calendar").text();
        assertTrue(year.contains(expected), year);
        String post = page(site, "tin-tuc/bai/index.html").select("main").text();
        assertTrue(post.contains(expected), post);
        String archive = page(site, "nam/2024/index.html").select("main").text();
        assertTrue(archive.contains(expected), archive);
        // Calendar files keep machine time: read by ical4j, not by Loa.
        java.util.List<Path> calendars;
        try (Stream<Path> files = Files.walk(site.output.resolve("chien-dich/ngay-khcn/2024"))) {
            calendars = files.filter(p -> p.toString().endsWith(".ics")).toList();
        }
        assertFalse(calendars.isEmpty(), "the campaign year and the event have calendar files");
        for (Path ics : calendars) {
            net.fortuna.ical4j.model.Calendar cal;
            try (var in = Files.newBufferedReader(ics, StandardCharsets.UTF_8)) {
                cal = new net.fortuna.ical4j.data.CalendarBuilder().build(in);
            } catch (net.fortuna.ical4j.data.ParserException e) {
                throw new AssertionError(ics + ": " + e, e);
            }
            var vevent = cal.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").stream()
                    .filter(e -> e.getProperty("SUMMARY").map(x -> x.getValue().equals("Lễ kỷ niệm")).orElse(false))
                    .findFirst().orElseThrow(() -> new AssertionError("no 'Lễ kỷ niệm' in " + ics));
            var start = vevent.getProperty("DTSTART").orElseThrow();
            assertEquals("20240518T080000", start.getValue(), ics.toString());
            assertEquals("Asia/Ho_Chi_Minh", start.getParameter("TZID").map(x -> ((net.fortuna.ical4j.model.Parameter) x).getValue()).orElse(null));
        }
    }

    @Test
    void anUnknownTimeFormatIsAnErrorAtItsLine() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site.write("content/site.yaml", SITE + "time_format: \"8:00 AM\"\n"));
        assertMessage(r, "content/site.yaml", 4, "8:00 AM", "\"8h00\"", "\"8 giờ 00\"", "\"08:00\"");
    }

    @Test
    void footerLinksFromSiteYamlAreOnEveryPage() {
        TinySite site = new TinySite(dir).write("content/site.yaml", SITE + """
                footer_menu:
                  - {title: Dành cho báo chí, url: /bao-chi/}
                press_contact: {name: Chị Lan, page: /bao-chi/}
                """).write("content/trang/bao-chi.md", "---\ntitle: Dành cho báo chí\n---\n\nXin chào.\n")
                .write("content/tin-tuc/bai.md", POST);
        site.buildGood();
        for (String path : new String[] {"index.html", "tin-tuc/bai/index.html", "bao-chi/index.html", "nam/2024/index.html"}) {
            Element a = page(site, path).selectFirst("footer a:contains(Dành cho báo chí)");
            assertNotNull(a, path);
            assertTrue(Files.isRegularFile(site.output.resolve(path).getParent().resolve(a.attr("href")).resolve("index.html")),
                    path + " → " + a.attr("href"));
        }
        assertNotNull(page(site, "chien-dich/ngay-khcn/2024/index.html").selectFirst(".press-kit a[href$=bao-chi/]"),
                "the press kit links to the press page");
    }

    @Test
    void checkKnowsTheNewKeys() {
        TinySite site = new TinySite(dir).write("content/site.yaml", SITE + """
                logo: logo.svg
                time_format: "08:00"
                footer_menu:
                  - {title: Báo chí, url: /bao-chi/}
                """).write("content/logo.svg", SVG);
        Run check = TinySite.run("check", "--source", site.source.toString());
        for (String key : new String[] {"logo", "time_format", "footer_menu"}) {
            assertFalse(check.out().contains("khóa '" + key + "'") || check.err().contains("khóa '" + key + "'"), check::toString);
        }
        assertTrue((check.out() + check.err()).contains("/bao-chi/"), "a footer link to no page is found: " + check);
        Run typo = TinySite.run("check", "--source", site.write("content/site.yaml", SITE + "bieu_trung: logo.svg\n").source.toString());
        assertTrue((typo.out() + typo.err()).contains("'logo'"), typo::toString);
    }
}

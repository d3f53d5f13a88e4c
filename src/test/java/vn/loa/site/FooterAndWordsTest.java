package vn.loa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, items 6 and 7, over the built sample portal: the press page and the privacy page reachable from every
 * page; each campaign-year press kit linking to the press page; the press page promising only feeds and calendars
 * that exist; the header's emblem; labels with their colon; clock times as the department writes them; a year on one
 * page.
 */
class FooterAndWordsTest {

    @TempDir
    static Path temp;

    static Path site;
    static List<Path> html;

    @BeforeAll
    static void build() throws IOException {
        Path repo = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        site = temp.resolve("site");
        SampleSiteTest.build(repo, site);
        try (Stream<Path> files = Files.walk(site)) {
            html = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(html.size() > 50, "a whole site: " + html.size());
    }

    static Document parse(Path file) {
        try {
            return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file a relative link of {@code page} names, {@code index.html} for a folder. */
    static Path target(Path page, String href) {
        String path = href.replaceAll("[#?].*$", "");
        Path t = page.getParent().resolve(path).normalize();
        return path.isEmpty() || path.endsWith("/") ? t.resolve("index.html") : t;
    }

    @Test
    void everyPageLinksToThePressAndPrivacyPagesInItsFooter() {
        List<String> missing = new ArrayList<>();
        for (Path p : html) {
            Document d = parse(p);
            for (String[] link : new String[][] {{"Dành cho báo chí", "bao-chi"}, {"Chính sách bảo vệ dữ liệu cá nhân", "chinh-sach-bao-mat"}}) {
                Element a = d.selectFirst("footer.site-footer a:containsOwn(" + link[0] + ")");
                if (p.equals(site.resolve("404.html"))) {
                    // Served at any address, the 404 page names every link absolutely, like its other links.
                    if (a == null || !a.attr("href").equals("https://khcn.honglam.example.vn/" + link[1] + "/")) {
                        missing.add("404.html → " + link[0]);
                    }
                    continue;
                }
                if (a == null || a.attr("href").startsWith("/") || a.attr("href").contains("://")
                        || !target(p, a.attr("href")).equals(site.resolve(link[1]).resolve("index.html"))) {
                    missing.add(site.relativize(p) + " → " + link[0] + (a == null ? " (none)" : " (" + a.attr("href") + ")"));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyCampaignYearPressKitLinksToThePressPage() throws IOException {
        List<Path> years;
        try (Stream<Path> files = Files.list(site.resolve("chien-dich/ngay-khcn"))) {
            years = new ArrayList<>(files.filter(p -> p.getFileName().toString().matches("\\d{4}")).toList());
        }
        try (Stream<Path> files = Files.list(site.resolve("chien-dich/ngay-sang-tao"))) {
            years.addAll(files.filter(p -> p.getFileName().toString().matches("\\d{4}")).toList());
        }
        assertTrue(years.size() >= 7, years.toString());
        for (Path y : years) {
            Path page = y.resolve("index.html");
            Element a = parse(page).selectFirst(".press-kit a[href$=bao-chi/]");
            assertNotNull(a, "press kit of " + site.relativize(y));
            assertEquals(site.resolve("bao-chi/index.html"), target(page, a.attr("href")));
        }
    }

    @Test
    void thePressPagePromisesOnlyFeedsAndCalendarsThatExist() {
        Path page = site.resolve("bao-chi/index.html");
        Document d = parse(page);
        String text = d.select("main").text();
        assertFalse(text.contains("RSS"), "the site has Atom feeds, not RSS: " + text);
        List<Element> feeds = d.select("main a[href$=.xml]");
        assertTrue(feeds.size() >= 4, "news, plans and each campaign: " + feeds);
        for (Element a : feeds) {
            Path feed = target(page, a.attr("href"));
            assertTrue(Files.isRegularFile(feed), a.attr("href"));
            assertTrue(parse(feed).outerHtml().contains("http://www.w3.org/2005/Atom"), "an Atom feed: " + a.attr("href"));
        }
        for (Element a : d.select("main a[href]")) {
            if (!a.attr("href").contains(":")) {
                assertTrue(Files.exists(target(page, a.attr("href"))), "the press page links to what exists: " + a.attr("href"));
            }
        }
        assertTrue(text.contains("ICS"), "it names the calendar files, which exist on every campaign year");
    }

    @Test
    void theHeaderCarriesTheDepartmentsEmblem() throws IOException {
        for (Path p : List.of(site.resolve("index.html"), site.resolve("bao-chi/index.html"), site.resolve("nam/2024/index.html"))) {
            Element img = parse(p).selectFirst("header.site-header .site-header__logo img");
            assertNotNull(img, site.relativize(p).toString());
            assertEquals("Sở Khoa học và Công nghệ tỉnh Hồng Lam", img.attr("alt"));
            assertEquals(site.resolve("logo.svg"), target(p, img.attr("src")));
        }
        String svg = Files.readString(site.resolve("logo.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<svg") || svg.startsWith("<?xml"), svg);
    }

    @Test
    void labelsEndWithAColon() {
        Document plan = parse(site.resolve("ke-hoach/ke-hoach-ngay-khcn-2024/index.html"));
        List<String> labels = plan.select(".document-info dt").eachText();
        assertTrue(labels.contains("Số, ký hiệu:") && labels.contains("Ngày ban hành:"), labels.toString());
        labels.forEach(l -> assertTrue(l.endsWith(":"), l));
        for (Path p : html) {
            for (Element dt : parse(p).select("main dt, footer dt")) {
                assertTrue(dt.text().endsWith(":"), site.relativize(p) + ": " + dt.text());
            }
        }
    }

    @Test
    void clockTimesAreWrittenAsTheDepartmentsDocumentsWriteThem() {
        String calendar = parse(site.resolve("chien-dich/ngay-khcn/2024/index.html")).select(".week-calendar").text();
        assertTrue(calendar.contains("8h00–11h30") && calendar.contains("14h30"), calendar);
        assertFalse(calendar.matches("(?s).*\\b\\d\\d:\\d\\d\\b.*"), "no 08:00 in the calendar: " + calendar);
        String event = parse(site.resolve("chien-dich/ngay-khcn/2024/su-kien/tap-huan-nghiep-vu-do-luong-cho-can-bo-cap-huyen/index.html"))
                .select("main").text();
        assertTrue(event.contains("Thứ Hai, 20/5/2024, 14h30"), event);
    }

    @Test
    void aYearIsOnePageWithEveryEntry() {
        for (String year : List.of("2022", "2023", "2024", "2025")) {
            Path dir = site.resolve("nam").resolve(year);
            assertFalse(Files.exists(dir.resolve("trang")), "no pagination for " + year);
            Document d = parse(dir.resolve("index.html"));
            assertTrue(d.select(".pagination").isEmpty(), year);
            String count = d.selectFirst("main .count").text();
            int expected = Integer.parseInt(count.substring(0, count.indexOf(' ')));
            assertEquals(expected, d.select(".year-list li").size(), year + ": " + count);
        }
        Document y2024 = parse(site.resolve("nam/2024/index.html"));
        assertTrue(y2024.select(".year-list li").size() > 10, "more than one page of the old pagination");
        for (Element a : y2024.select(".year-months a")) {
            assertNotNull(y2024.getElementById(a.attr("href").substring(1)), a.attr("href"));
        }
    }

    @Test
    void noHeadingOfTheThemeEndsALineAtAComma() {
        Document year = parse(site.resolve("chien-dich/ngay-khcn/2025/index.html"));
        for (Element h : year.select(".week-calendar__date")) {
            Element comma = h.selectFirst(".week-calendar__comma");
            assertNotNull(comma, "the comma after the weekday can be hidden where the weekday stands on its own line: " + h);
        }
        Document home = parse(site.resolve("index.html"));
        for (Element h : home.select("h3:contains(Hôm nay)")) {
            assertNotNull(h.selectFirst(".nowrap"), h.outerHtml());
        }
    }
}

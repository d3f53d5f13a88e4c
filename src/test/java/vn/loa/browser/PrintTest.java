package vn.loa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.Builder;

/**
 * The sample portal on paper: headless Chromium prints its pages to PDF through DevTools'
 * {@code Page.printToPDF} with the page's own {@code @page} sizes (as the print dialog does), and
 * PDFBox counts and reads the pages.
 *
 * <ul>
 *   <li>every campaign year's printable week ({@code …/<year>/lich/}) is one A4 landscape page
 *       that holds every activity of its table;</li>
 *   <li>every plan prints as its official document: national motto, issuing unit and the start
 *       of the body on page 1; recipients, signer, the page's address and the print date on the
 *       last page; no menu, tags or button;</li>
 *   <li>a news post prints without navigation, tags or buttons;</li>
 *   <li>the "In" button appears with JavaScript only and prints; the printable week passes
 *       axe-core at 1366 and 390 px and does not scroll sideways (the plan, with its button, is
 *       one of {@link BrowserTest}'s kinds of page).</li>
 * </ul>
 *
 * <p>Skips, saying what is missing, when Chromium or chromedriver cannot be found (axe-core for
 * its test only; see {@link BrowserTools}).
 */
class PrintTest {

    static final String PLAN = "/ke-hoach/ke-hoach-ngay-khcn-2024/";
    static final String WEEK = "/chien-dich/ngay-khcn/2024/lich/";
    /** Lines that are the site's navigation, footer, tags or buttons, never a printed document's. */
    static final List<String> SCREEN_ONLY = List.of("Bỏ qua, đến nội dung chính", "Trang chủ", "Giới thiệu", "Liên hệ",
            "Tìm kiếm", "Thẻ", "In", "Dành cho báo chí", "Chính sách bảo vệ dữ liệu cá nhân", "Liên kết", "Bạn đang ở");

    @TempDir
    static Path temp;

    static Path site;
    static StaticServer server;
    static String base;
    static ChromeDriverService service;
    static ChromeDriver driver;
    static Path axe;
    static String missing;

    @BeforeAll
    static void start() throws IOException {
        Path repo = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        Path chromium = BrowserTools.chromium();
        Path chromedriver = BrowserTools.chromedriver();
        if (chromium == null || chromedriver == null) {
            missing = "Print tests skipped: no " + (chromium == null ? "Chromium (/usr/bin/chromium or -Dloa.chromium)"
                    : "chromedriver (/usr/bin/chromedriver or -Dloa.chromedriver)") + "; " + BrowserTools.HOW_TO_INSTALL;
            System.out.println("[PrintTest] " + missing);
            return;
        }
        axe = BrowserTools.axe(repo);
        site = temp.resolve("site");
        server = new StaticServer(site);
        base = server.url();
        Builder.build(BuildOptions.of(repo).withOutput(site).withToday(BrowserTest.TODAY).withBaseUrl(base).withStrictTemplates(true));
        service = BrowserTools.chromedriverService(chromedriver);
        driver = BrowserTools.chrome(chromium, chromedriver, service, temp.resolve("profile"), 1366, 900);
    }

    @BeforeEach
    void needsTheBrowser() {
        Assumptions.assumeTrue(missing == null, missing);
    }

    @AfterAll
    static void stop() {
        BrowserTools.quit(driver, service);
        if (server != null) {
            server.close();
        }
    }

    // The printable week

    @Test
    void everyCampaignWeekPrintsOnOneLandscapePage() throws IOException {
        List<String> weeks = campaignYears().stream().map(y -> y + "lich/").toList();
        assertEquals(7, weeks.size(), "the sample portal's campaign years: " + weeks);
        List<String> problems = new ArrayList<>();
        for (String week : weeks) {
            open(week);
            List<String> titles = driver.findElements(By.cssSelector(".printable-week a[href*='su-kien/']")).stream()
                    .map(a -> a.getDomProperty("textContent")).toList();
            try (PDDocument pdf = print()) {
                PDRectangle box = pdf.getPage(0).getMediaBox();
                if (pdf.getNumberOfPages() != 1) {
                    problems.add(week + ": " + pdf.getNumberOfPages() + " pages");
                }
                if (!(Math.abs(box.getWidth() - 842) < 2 && Math.abs(box.getHeight() - 595) < 2)) {
                    problems.add(week + ": not A4 landscape but " + box.getWidth() + " × " + box.getHeight() + " pt");
                }
                String text = squeeze(text(pdf, 1, 1));
                titles.stream().filter(t -> !text.contains(squeeze(t))).forEach(t -> problems.add(week + ": not printed: " + t));
                if (!text.contains(squeeze("Lịch tuần trọng tâm:"))) {
                    problems.add(week + ": no heading");
                }
                System.out.printf("[PrintTest] %s: %d page, %d activities%n", week, pdf.getNumberOfPages(), titles.size());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theCampaignYearLinksItsPrintableWeek() {
        open("/chien-dich/ngay-khcn/2024/");
        WebElement link = driver.findElement(By.linkText("In lịch tuần"));
        assertEquals(base + WEEK.substring(1), link.getDomProperty("href"));
    }

    // Plans as official documents

    @Test
    void everyPlanPrintsAsItsOfficialDocument() throws IOException {
        List<String> plans = folders("ke-hoach");
        assertEquals(8, plans.size(), "the sample portal's plans: " + plans);
        List<String> problems = new ArrayList<>();
        for (String plan : plans) {
            open(plan);
            String issuer = driver.findElement(By.cssSelector(".document-print-head__unit")).getDomProperty("textContent");
            String body = driver.findElement(By.cssSelector(".document .prose > p")).getDomProperty("textContent");
            String signer = driver.findElement(By.cssSelector(".document-print-end__name")).getDomProperty("textContent");
            try (PDDocument pdf = print()) {
                int n = pdf.getNumberOfPages();
                String first = text(pdf, 1, 1);
                String last = text(pdf, n, n);
                String all = text(pdf, 1, n);
                System.out.printf("[PrintTest] %s: %d A4 pages%n", plan, n);
                check(problems, plan, "the motto on page 1", first.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                        && first.contains("Độc lập – Tự do – Hạnh phúc"));
                check(problems, plan, "the issuing unit on page 1", squeeze(first).contains(squeeze(issuer)));
                check(problems, plan, "the body starts on page 1", squeeze(first).contains(squeeze(body).substring(0, 60)));
                check(problems, plan, "recipients on the last page", last.contains("Nơi nhận:"));
                check(problems, plan, "the signer on the last page", squeeze(last).contains(squeeze(signer)));
                check(problems, plan, "the address on the last page", squeeze(last).contains(squeeze("Địa chỉ trang: " + base + plan.substring(1))));
                check(problems, plan, "the print date on the last page", Pattern.compile("Ngày in: \\d{1,2}/\\d{1,2}/\\d{4}").matcher(last).find());
                check(problems, plan, "1 to 4 A4 pages, not " + n, n >= 1 && n <= 4);
                check(problems, plan, "portrait A4", Math.abs(pdf.getPage(0).getMediaBox().getWidth() - 595) < 2);
                screenOnlyLines(all).forEach(l -> problems.add(plan + ": printed the screen's “" + l + "”"));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aNewsPostPrintsWithoutNavigationTagsOrButtons() throws IOException {
        String news = "/tin-tuc/ngay-hoi-sang-tao-xanh-hoc-duong-2024/";
        open(news);
        String title = driver.findElement(By.tagName("h1")).getText();
        assertFalse(driver.findElements(By.cssSelector(".tags__list li")).isEmpty(), "the post has tags on screen");
        try (PDDocument pdf = print()) {
            String all = text(pdf, 1, pdf.getNumberOfPages());
            System.out.printf("[PrintTest] %s: %d A4 pages%n", news, pdf.getNumberOfPages());
            assertTrue(squeeze(all).contains(squeeze(title)), "the title is printed");
            assertEquals(List.of(), screenOnlyLines(all), "navigation, tags or buttons printed");
            assertTrue(pdf.getNumberOfPages() <= 2, pdf.getNumberOfPages() + " pages");
        }
    }

    // The "In" button

    @Test
    void theInButtonComesWithScriptAndPrints() throws IOException {
        for (String path : List.of(PLAN, WEEK)) {
            String html = Files.readString(site.resolve(path.substring(1) + "index.html"), StandardCharsets.UTF_8);
            assertTrue(html.contains("data-print-button=\"In\" hidden></div>") && !html.contains("print-button\""),
                    path + ": without JavaScript, an empty hidden place and no button");
            open(path);
            List<WebElement> buttons = driver.findElements(By.cssSelector(".print-button"));
            assertEquals(1, buttons.size(), path + ": one button");
            assertTrue(buttons.get(0).isDisplayed() && buttons.get(0).getText().equals("In"), path + ": the button shows “In”");
            driver.executeScript("window.__printed = 0; window.print = function () { window.__printed++; };");
            buttons.get(0).click();
            assertEquals(1L, driver.executeScript("return window.__printed;"), path + ": the button prints");
        }
    }

    @Test
    void thePrintableWeekPassesAxeAndFitsAPhone() {
        Assumptions.assumeTrue(axe != null, "axe-core is not installed; " + BrowserTools.HOW_TO_INSTALL);
        String source;
        try {
            source = Files.readString(axe, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        for (int width : List.of(1366, 390)) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 844, "deviceScaleFactor", 1, "mobile", false));
            for (String path : List.of(WEEK)) { // the plan, with its button, is one of BrowserTest's kinds of page
                open(path);
                Number wider = (Number) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                if (wider.intValue() > 0) {
                    problems.add(width + " px, " + path + ": scrolls sideways by " + wider + " px");
                }
                driver.executeScript(source);
                Object r = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                        + ".then(function (r) { done(JSON.stringify(r.violations)); }, function (e) { done('error: ' + e); });",
                        BrowserTest.AXE_TAGS);
                assertFalse(String.valueOf(r).startsWith("error: "), "axe-core failed: " + r);
                for (JsonElement v : JsonParser.parseString(String.valueOf(r)).getAsJsonArray()) {
                    problems.add(width + " px, " + path + ": " + BrowserTest.describe(v.getAsJsonObject()));
                }
            }
        }
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    // Helpers

    static void open(String path) {
        driver.get(base + path.substring(1));
    }

    /** The open page printed as the print dialog would: the sizes of its {@code @page} rules. */
    static PDDocument print() throws IOException {
        Map<String, Object> r = driver.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true, "displayHeaderFooter", false));
        return Loader.loadPDF(Base64.getDecoder().decode((String) r.get("data")));
    }

    static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(from);
        s.setEndPage(to);
        return java.text.Normalizer.normalize(s.getText(pdf), java.text.Normalizer.Form.NFC);
    }

    /** Text without its spaces and line breaks, which printing places anew. */
    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    static List<String> screenOnlyLines(String text) {
        return text.lines().map(String::strip).filter(SCREEN_ONLY::contains).distinct().toList();
    }

    static void check(List<String> problems, String page, String what, boolean ok) {
        if (!ok) {
            problems.add(page + ": " + what);
        }
    }

    /** The campaign years of the built site, as paths ({@code /chien-dich/ngay-khcn/2024/}). */
    static List<String> campaignYears() throws IOException {
        List<String> out = new ArrayList<>();
        for (String campaign : folders("chien-dich")) {
            folders(campaign.substring(1, campaign.length() - 1)).stream().filter(p -> p.matches(".*/\\d{4}/")).forEach(out::add);
        }
        return out;
    }

    /** The folders of a site folder that hold a page, as paths. */
    static List<String> folders(String dir) throws IOException {
        try (Stream<Path> s = Files.list(site.resolve(dir))) {
            return s.filter(p -> Files.isRegularFile(p.resolve("index.html")))
                    .map(p -> "/" + dir + "/" + p.getFileName() + "/").sorted().toList();
        }
    }
}

package vn.loa.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
 * The sample portal in a real browser: headless Chromium driven through chromedriver, the site
 * built as on 16/5/2025 and served by a plain {@link StaticServer} on 127.0.0.1 (its base URL is
 * the server's, so the 404 page's absolute links and the link previews resolve too).
 *
 * <ul>
 *   <li>the week calendar of Ngày KH&amp;CN 2024 fits a 360 px phone and shows every event of
 *       its week that {@code su-kien.json} lists;</li>
 *   <li>no kind of page scrolls sideways at 320 or 360 px;</li>
 *   <li>axe-core finds no WCAG 2.0/2.1 A or AA violation on any kind of page, at desktop and
 *       phone widths;</li>
 *   <li>the press kit's copy buttons appear with JavaScript and copy the text;</li>
 *   <li>search: the header's box on a phone and a desktop, the phrase first, the notice when no
 *       page holds a name whole, the events' filter.</li>
 * </ul>
 *
 * <p>Skips, saying what is missing, only when Chromium, chromedriver or axe-core cannot be found
 * (see {@link BrowserTools}; {@code .ci/browser-deps} installs them).
 */
class BrowserTest {

    static final LocalDate TODAY = LocalDate.of(2025, 5, 16);
    static final String CALENDAR = "/chien-dich/ngay-khcn/2024/";
    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @TempDir
    static Path temp;

    static Path site;
    static StaticServer server;
    static String base;
    static ChromeDriverService service;
    static ChromeDriver driver;
    static String axeSource;
    /** Every kind of page, by name: its path on the server. */
    static Map<String, String> pages;
    /** Why the tests skip: the tool that could not be found, or null. */
    static String missing;

    @BeforeAll
    static void start() throws IOException {
        Path repo = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        Path chromium = BrowserTools.chromium();
        Path chromedriver = BrowserTools.chromedriver();
        Path axe = chromium == null || chromedriver == null ? null : BrowserTools.axe(repo);
        if (chromium == null) {
            missing = "no Chromium found (/usr/bin/chromium or -Dloa.chromium)";
        } else if (chromedriver == null) {
            missing = "no chromedriver found (/usr/bin/chromedriver or -Dloa.chromedriver)";
        } else if (axe == null) {
            missing = "axe-core is not installed and npm could not install it (src/test/js/node_modules/axe-core/axe.min.js "
                    + "or -Dloa.axe)";
        }
        if (missing != null) {
            missing = "Browser tests skipped: " + missing + "; " + BrowserTools.HOW_TO_INSTALL;
            System.out.println("[BrowserTest] " + missing);
            return;
        }
        axeSource = Files.readString(axe, StandardCharsets.UTF_8);

        long t0 = System.nanoTime();
        site = temp.resolve("site");
        server = new StaticServer(site);
        base = server.url();
        Builder.build(BuildOptions.of(repo).withOutput(site).withToday(TODAY).withBaseUrl(base).withStrictTemplates(true));
        pages = pageKinds();
        long t1 = System.nanoTime();

        service = BrowserTools.chromedriverService(chromedriver);
        driver = BrowserTools.chrome(chromium, chromedriver, service, temp.resolve("profile"), 1280, 900);
        System.out.printf("[BrowserTest] site built in %d ms, %s started in %d ms%n", (t1 - t0) / 1_000_000,
                driver.getCapabilities().getBrowserName() + " " + driver.getCapabilities().getBrowserVersion(),
                (System.nanoTime() - t1) / 1_000_000);
    }

    /** Each test skips, saying why, when a tool is missing. */
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

    /** One page of each kind the site has; the search page once it exists. */
    static Map<String, String> pageKinds() throws IOException {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("home", "/");
        p.put("plan", "/ke-hoach/ke-hoach-ngay-khcn-2024/");
        p.put("news", "/tin-tuc/ngay-hoi-sang-tao-xanh-hoc-duong-2024/");
        p.put("news with a captioned photo", "/tin-tuc/ngay-hoi-khoi-nghiep-hoc-duong-2025/");
        p.put("page", "/gioi-thieu/");
        p.put("list", "/tin-tuc/");
        p.put("list, page 2", "/tin-tuc/trang/2/");
        p.put("tags", "/the/");
        p.put("tag", "/the/" + firstFolder(site.resolve("the")) + "/");
        p.put("campaigns", "/chien-dich/");
        p.put("campaign", "/chien-dich/ngay-khcn/");
        p.put("campaign year with calendar", CALENDAR);
        p.put("event", CALENDAR + "su-kien/" + firstFolder(site.resolve(CALENDAR.substring(1) + "su-kien")) + "/");
        // An event with its text, a news report and previous/next events; one outside any campaign.
        p.put("event with a report", "/chien-dich/ngay-khcn/2024/su-kien/le-ky-niem-ngay-khoa-hoc-va-cong-nghe-viet-nam-va-65-nam-thanh-lap-bo-khoa-hoc/");
        p.put("event outside a campaign", "/ke-hoach/ke-hoach-tap-huan-so-huu-tri-tue-2024/su-kien/tap-huan-so-huu-cong-nghiep/");
        p.put("years", "/nam/");
        p.put("year", "/nam/2024/");
        p.put("press page", "/bao-chi/");
        p.put("units", "/don-vi/");
        p.put("unit", "/don-vi/van-phong-so/");
        p.put("404", "/khong-co-trang-nay/");
        if (Files.isRegularFile(site.resolve("tim-kiem/index.html"))) {
            p.put("search", "/tim-kiem/");
        }
        for (var e : p.entrySet()) {
            String path = e.getValue();
            if (!e.getKey().equals("404")) {
                assertTrue(Files.isRegularFile(site.resolve(path.substring(1) + "index.html")), "no page " + path);
            }
        }
        return p;
    }

    private static String firstFolder(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
    }

    // The calendar on a phone.

    @Test
    void theCalendarFitsAPhoneAndShowsEveryEventOfTheWeek() throws IOException {
        viewport(360);
        open(CALENDAR);
        assertNoSidewaysScroll(CALENDAR, 360);

        JsonObject json = JsonParser.parseString(Files.readString(site.resolve(CALENDAR.substring(1) + "su-kien.json")))
                .getAsJsonObject();
        LocalDate weekStart = LocalDate.parse(json.getAsJsonObject("week").get("start").getAsString());
        LocalDate weekEnd = LocalDate.parse(json.getAsJsonObject("week").get("end").getAsString());
        List<String> shownOnDays = new ArrayList<>();
        List<String> shownBeside = new ArrayList<>();
        for (JsonElement el : json.getAsJsonArray("events")) {
            JsonObject e = el.getAsJsonObject();
            LocalDate end = LocalDate.parse(e.get("end").getAsString());
            LocalDate start = e.get("start").isJsonNull() ? end : LocalDate.parse(e.get("start").getAsString());
            if (end.isBefore(weekStart) || start.isAfter(weekEnd)) {
                continue; // before or after the week: the timelines, not the calendar
            }
            String kind = e.get("kind").getAsString();
            boolean onDays = kind.equals("event") || kind.equals("period");
            if (!onDays && start.isBefore(weekStart)) {
                continue; // a deadline or vague span from before the week is in the lead-up
            }
            (onDays ? shownOnDays : shownBeside).add(e.get("url").getAsString());
        }
        assertTrue(shownOnDays.size() >= 5, "expected a full week in su-kien.json, found " + shownOnDays);

        WebElement calendar = driver.findElement(By.cssSelector(".calendar"));
        List<String> visible = calendar.findElements(By.cssSelector("a")).stream().filter(WebElement::isDisplayed)
                .map(a -> a.getDomProperty("href")).toList();
        List<String> inGrid = driver.findElements(By.cssSelector(".week-calendar .cal-event__title a")).stream()
                .filter(WebElement::isDisplayed).map(a -> a.getDomProperty("href")).toList();
        List<String> missing = new ArrayList<>();
        shownOnDays.stream().filter(u -> !inGrid.contains(u)).forEach(u -> missing.add("on its day: " + u));
        shownBeside.stream().filter(u -> !visible.contains(u)).forEach(u -> missing.add("beside the grid: " + u));
        assertTrue(missing.isEmpty(), "events of the week not shown at 360 px:\n" + String.join("\n", missing));

        // Every day of the week is there, in order, and each event sits inside the visible width.
        List<WebElement> days = driver.findElements(By.cssSelector(".week-calendar__day"));
        assertEquals(weekStart.datesUntil(weekEnd.plusDays(1)).count(), days.size(), "days in the calendar");
        Number overflow = (Number) driver.executeScript(
                "return Array.from(document.querySelectorAll('.cal-event')).filter(function (e) {"
                        + " var r = e.getBoundingClientRect(); return r.left < 0 || r.right > window.innerWidth + 0.5; }).length;");
        assertEquals(0, overflow.intValue(), "calendar entries cut off at the right edge at 360 px");
    }

    // The week grid on a desktop (issue 14): bands, deadlines in their day, short titles, today.

    @Test
    void theWeekGridReadsAtAGlanceAt1366() throws IOException {
        viewport(1366, 900);
        List<String> problems = new ArrayList<>();
        long bands = 0;
        for (String year : campaignYears()) {
            open(year);
            WeekLayout.Week week = WeekLayout.week(site.resolve(year.substring(1) + "su-kien.json"));
            bands += week.events().stream().filter(week::isBand).count();
            problems.addAll(WeekLayout.bandsSpanTheirDays(driver, year, week));
            problems.addAll(WeekLayout.deadlinesInTheirDay(driver, year, week));
            problems.addAll(WeekLayout.titlesAtMostThreeLines(driver, year));
            String wide = sidewaysScroll();
            if (wide != null) {
                problems.add(year + " scrolls sideways: " + wide);
            }
        }
        assertTrue(bands >= 3, "the sample has activities of several days: " + bands);
        assertTrue(problems.isEmpty(), "the week grid at 1366 px:\n" + String.join("\n", problems));
        // 16/5/2025, the day of the build, is in the 2025 week: its day is marked, and only it.
        open("/chien-dich/ngay-khcn/2025/");
        List<WebElement> today = driver.findElements(By.cssSelector(".week-calendar__day--now"));
        assertEquals(1, today.size());
        assertEquals("2025-05-16", today.get(0).findElement(By.cssSelector("time")).getDomAttribute("datetime"));
        assertEquals("Hôm nay", today.get(0).findElement(By.cssSelector(".badge--now")).getText());
        open(CALENDAR);
        assertTrue(driver.findElements(By.cssSelector(".week-calendar__day--now")).isEmpty(), "no mark in a week of another year");
    }

    // A phone: the calendar one tap from the top, a header of a sixth of the screen, the agenda.

    @Test
    void onAPhoneTheCalendarIsOneTapFromTheTopUnderASmallHeader() {
        viewport(390, 844);
        List<String> problems = new ArrayList<>();
        for (var e : pages.entrySet()) {
            open(e.getValue());
            double header = WeekLayout.headerHeight(driver);
            if (header > 844.0 / 6) {
                problems.add(e.getKey() + " " + e.getValue() + ": header " + header + " px > 844/6");
            }
            String rows = WeekLayout.menuRows(driver);
            if (rows != null) {
                problems.add(e.getKey() + " " + e.getValue() + ": the menu takes " + rows);
            }
        }
        assertTrue(problems.isEmpty(), "at 390×844:\n" + String.join("\n", problems));

        open(CALENDAR);
        WebElement link = driver.findElement(By.cssSelector("main a[href='#lich-tuan']"));
        assertTrue(link.getRect().getY() + link.getRect().getHeight() <= 844, "the link is on the first screen: " + link.getRect().getY());
        link.click();
        Number top = (Number) driver.executeScript("return document.getElementById('lich-tuan').getBoundingClientRect().top;");
        assertTrue(top.doubleValue() >= -1 && top.doubleValue() < 50, "the calendar's heading is at the top after the tap: " + top);
        // A day-by-day agenda: each day the whole width, one under the other.
        List<WebElement> days = driver.findElements(By.cssSelector(".week-calendar__day"));
        for (int i = 0; i < days.size(); i++) {
            assertTrue(days.get(i).getRect().getWidth() > 300, "day " + i + " is " + days.get(i).getRect().getWidth() + " px wide");
            if (i > 0) {
                assertTrue(days.get(i).getRect().getY() >= days.get(i - 1).getRect().getY() + days.get(i - 1).getRect().getHeight(),
                        "day " + i + " is under day " + (i - 1));
            }
        }
        assertNoSidewaysScroll(CALENDAR, 390);
    }

    @Test
    void aWideTableShowsThatItScrolls() {
        viewport(390, 844);
        open("/ke-hoach/ke-hoach-ngay-khcn-2024/");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tables = (List<Map<String, Object>>) driver.executeScript(
                "return Array.from(document.querySelectorAll('.bang')).map(function (b) {"
                        + " var hint = getComputedStyle(b, '::before');"
                        + " return {scrolls: b.scrollWidth > b.clientWidth + 1, tabindex: b.tabIndex, label: b.getAttribute('aria-label') || '',"
                        + "  hint: hint.display !== 'none' && hint.content !== 'none' ? hint.content : '', hintHeight: parseFloat(hint.height) || 0}; });");
        List<Map<String, Object>> scrolling = tables.stream().filter(t -> Boolean.TRUE.equals(t.get("scrolls"))).toList();
        assertFalse(scrolling.isEmpty(), "the plan's activity table is wider than a phone: " + tables);
        for (Map<String, Object> t : scrolling) {
            assertEquals(0L, ((Number) t.get("tabindex")).longValue(), "focusable for keyboard users: " + t);
            assertFalse(t.get("label").toString().isBlank(), "labelled: " + t);
            assertTrue(t.get("hint").toString().contains("cuộn ngang"), "a visible hint: " + t);
        }
        viewport(1366, 900);
        open("/ke-hoach/ke-hoach-ngay-khcn-2024/");
        Object hint = driver.executeScript("return getComputedStyle(document.querySelector('.bang'), '::before').content;");
        assertEquals("none", String.valueOf(hint), "no hint where the table fits");
    }

    @Test
    void axeFindsNoViolationOnTheCalendarPlanAndHomeAt1366And390() {
        List<String> problems = new ArrayList<>();
        for (int width : List.of(1366, 390)) {
            viewport(width, width == 390 ? 844 : 900);
            for (String path : List.of(CALENDAR, "/chien-dich/ngay-khcn/2025/", "/ke-hoach/ke-hoach-ngay-khcn-2024/", "/")) {
                open(path);
                for (JsonElement v : axe()) {
                    problems.add(width + " px, " + path + ": " + describe(v.getAsJsonObject()));
                }
            }
        }
        assertTrue(problems.isEmpty(), "axe-core violations:\n" + String.join("\n", problems));
    }

    /** The campaign years of the sample portal: each has its su-kien.json. */
    static List<String> campaignYears() throws IOException {
        try (Stream<Path> s = Files.walk(site.resolve("chien-dich"), 3)) {
            return s.filter(p -> p.getFileName().toString().equals("su-kien.json"))
                    .map(p -> "/" + site.relativize(p.getParent()).toString().replace('\\', '/') + "/").sorted().toList();
        }
    }

    // No page scrolls sideways on a small phone.

    @Test
    void noKindOfPageScrollsSidewaysOnAPhone() {
        List<String> problems = new ArrayList<>();
        for (int width : List.of(320, 360)) {
            viewport(width);
            for (var e : pages.entrySet()) {
                open(e.getValue());
                String wide = sidewaysScroll();
                if (wide != null) {
                    problems.add(width + " px, " + e.getKey() + " " + e.getValue() + ": " + wide);
                }
            }
        }
        assertTrue(problems.isEmpty(), "pages wider than the screen:\n" + String.join("\n", problems));
    }

    // The emblem (logo: in site.yaml) keeps the header's names compact: small on a phone, beside them on a desktop.

    @Test
    void theLogoKeepsTheHeaderCompact() {
        for (int width : List.of(390, 1366)) {
            viewport(width);
            open("/");
            Object r = driver.executeScript(
                    "var img = document.querySelector('.site-header__logo img');"
                            + "var names = document.querySelector('.site-header__inner');"
                            + "return img && img.complete && img.naturalWidth > 0 ? [img.getBoundingClientRect().height,"
                            + " names.getBoundingClientRect().height] : null;");
            assertTrue(r instanceof List<?>, width + " px: the logo is shown and loaded");
            List<?> sizes = (List<?>) r;
            double logo = ((Number) sizes.get(0)).doubleValue();
            double names = ((Number) sizes.get(1)).doubleValue();
            // On a phone: the upper line's height, so the site's name keeps its two lines (≤ 844/8 for both lines).
            assertTrue(width == 390 ? logo <= 30 && names <= 105 : logo <= 48 && names <= 80,
                    width + " px: logo " + logo + " px, names " + names + " px");
        }
    }

    // axe-core: WCAG 2.1 A and AA.

    @Test
    void axeFindsNoViolationOnAnyKindOfPage() {
        List<String> problems = new ArrayList<>();
        long start = System.nanoTime();
        for (int width : List.of(1280, 360)) {
            viewport(width);
            for (var e : pages.entrySet()) {
                open(e.getValue());
                for (JsonElement v : axe()) {
                    problems.add(width + " px, " + e.getKey() + " " + e.getValue() + ": " + describe(v.getAsJsonObject()));
                }
            }
        }
        System.out.printf("[BrowserTest] axe-core on %d pages at 2 widths: %d ms, %d violations%n", pages.size(),
                (System.nanoTime() - start) / 1_000_000, problems.size());
        assertTrue(problems.isEmpty(), "axe-core violations (" + String.join(", ", AXE_TAGS) + "):\n"
                + String.join("\n", problems));
    }

    // The press kit's copy buttons: added by the script, copying the text.

    @Test
    void thePressKitCopiesThemesAndSlogans() {
        viewport(1280);
        open(CALENDAR);
        List<WebElement> texts = driver.findElements(By.cssSelector("[data-sao-chep]"));
        List<WebElement> buttons = driver.findElements(By.cssSelector(".press-kit .copy-button"));
        assertFalse(texts.isEmpty(), "no themes or slogans in the press kit");
        assertEquals(texts.size(), buttons.size(), "one copy button per theme and slogan");
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", base.substring(0, base.length() - 1),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        buttons.get(0).click();
        Object copied = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, function (e) { done('error: ' + e); });");
        assertEquals(texts.get(0).getText().replaceAll("^[“\"]|[”\"]$", "").strip(), String.valueOf(copied).strip());
        assertTrue(buttons.get(0).getText().startsWith("Đã sao chép"), "the button says it copied: " + buttons.get(0).getText());
        assertTrue(driver.findElement(By.cssSelector(".press-kit [role=status]")).getDomProperty("textContent")
                .startsWith("Đã sao chép"), "screen readers are told");
    }

    // An Atom feed opened in the browser: the theme's XSLT shows it as a page.

    @Test
    void anAtomFeedReadsAsAPageWithHowToFollowIt() {
        List<String> problems = new ArrayList<>();
        for (int width : List.of(1280, 360)) {
            viewport(width);
            open("/tin-tuc/index.xml");
            List<WebElement> h1 = driver.findElements(By.tagName("h1"));
            assertEquals(1, h1.size(), "the feed is shown as a page, not as raw XML (does this Chromium still run XSLT?)");
            assertTrue(h1.get(0).getText().endsWith("Tin tức"), h1.get(0).getText());
            assertEquals("Cách theo dõi", driver.findElement(By.id("cach-theo-doi")).getText());
            List<String> entries = driver.findElements(By.cssSelector("li h3 a")).stream().map(a -> a.getDomProperty("href")).toList();
            assertFalse(entries.isEmpty(), "the entries");
            assertTrue(entries.stream().allMatch(u -> u.startsWith(base + "tin-tuc/")), entries.toString());
            assertTrue(driver.findElement(By.cssSelector("li .date")).getText().matches("Ngày \\d{1,2}/\\d{1,2}/\\d{4}"));
            // Chromium adds a banner of its own above a page made by XSLT, saying that XSLT is
            // deprecated (its colours fail axe): the browser's words, not the theme's, so left out.
            Object banner = driver.executeScript("var b = document.querySelector('xslt-warning-banner');"
                    + " if (b) b.remove(); return b !== null;");
            if (Boolean.TRUE.equals(banner) && width == 1280) {
                System.out.println("[BrowserTest] Chromium showed its XSLT deprecation banner on the feed (left out of axe)");
            }
            String wide = sidewaysScroll();
            if (wide != null) {
                problems.add(width + " px scrolls sideways: " + wide);
            }
            for (JsonElement v : axe()) {
                problems.add(width + " px: " + describe(v.getAsJsonObject()));
            }
        }
        assertTrue(problems.isEmpty(), "the feed as a page:\n" + String.join("\n", problems));
    }

    // Search: without tone marks, and narrowed by a filter.

    @Test
    void aSearchWithoutToneMarksFindsThePlanAndAFilterNarrowsIt() {
        viewport(1280);
        String query = "?q=ngay%20khoa%20hoc%20va%20cong%20nghe%202024";
        int all = searchCount(query);
        List<String> titles = driver.findElements(By.cssSelector("#tim-kiem-danh-sach .page-list__title"))
                .stream().map(WebElement::getText).toList();
        assertTrue(titles.stream().anyMatch(t -> t.contains("Ngày Khoa học và Công nghệ Việt Nam năm 2024")),
                "the 2024 plan among " + titles);
        int plans = searchCount(query + "&loai=plan");
        assertTrue(plans > 0 && plans < all, "the filter narrows " + all + " results to " + plans);
        List<String> kinds = driver.findElements(By.cssSelector("#tim-kiem-danh-sach .tag-kind"))
                .stream().map(e -> e.getAttribute("class")).toList();
        assertTrue(kinds.stream().allMatch(k -> k.contains("tag-kind--plan")), "only plans: " + kinds);
    }

    // Search a journalist trusts: the header's box, the phrase first, a name no page holds said so, events filtered.

    @Test
    void theHeaderBoxSearchesFromAnyPageAndThePhraseComesFirst() {
        for (int width : List.of(390, 1366)) {
            viewport(width);
            open("/tin-tuc/");
            WebElement box = driver.findElement(By.cssSelector(".site-header form.search-box[role=search]"));
            Object overlap = driver.executeScript("var b = arguments[0].getBoundingClientRect();"
                    + "return Array.from(document.querySelectorAll('.site-header__org, .site-header__title a')).some(function (e) {"
                    + "  var g = document.createRange(); g.selectNodeContents(e);"
                    + "  return Array.from(g.getClientRects()).some(function (r) {"
                    + "    return r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom; }); });",
                    box);
            assertEquals(Boolean.FALSE, overlap, width + " px: the box covers none of the site's names");
            assertTrue(box.getRect().getHeight() <= (width == 390 ? 32 : 44), width + " px: a small box, " + box.getRect().getHeight() + " px");
            WebElement input = box.findElement(By.name("q"));
            input.sendKeys("sang tao tre");
            input.submit();
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                    !d.findElements(By.cssSelector("#tim-kiem-danh-sach li")).isEmpty());
            assertTrue(driver.getCurrentUrl().startsWith(base + "tim-kiem/?q=sang"), driver.getCurrentUrl());
            assertEquals("sang tao tre", driver.findElement(By.id("tim-kiem-q")).getDomProperty("value"));
            String first = driver.findElement(By.cssSelector("#tim-kiem-danh-sach .page-list__title")).getText();
            assertTrue(first.contains("Sáng tạo trẻ"), width + " px: the phrase first, typed without marks: " + first);
            assertTrue(driver.findElements(By.cssSelector(".site-header .search-box")).isEmpty(), "the search page has its own form only");
        }
    }

    @Test
    void aNameThatNoPageHoldsIsSaidSoBeforeThePartialResults() {
        viewport(1366);
        searchCount("?q=%C4%90%E1%BA%AFk%20N%C3%B4ng");
        String status = driver.findElement(By.id("tim-kiem-trang-thai")).getText();
        assertTrue(status.startsWith("Không có trang nào chứa đúng cụm “Đắk Nông”; dưới đây là các trang chứa một phần"), status);
        int phrase = searchCount("?q=s%C3%A1ng%20t%E1%BA%A1o%20tr%E1%BA%BB");
        assertTrue(phrase > 0);
        assertFalse(driver.findElement(By.id("tim-kiem-trang-thai")).getText().startsWith("Không có trang nào"), "the phrase is found");
    }

    @Test
    void eventsHaveTheirOwnFilterAndLeadToTheirPages() {
        viewport(1366);
        int all = searchCount("?q=sang%20tao%20tre");
        int events = searchCount("?q=sang%20tao%20tre&loai=event");
        assertTrue(events > 0 && events < all, all + " results, " + events + " events");
        assertEquals("Sự kiện", new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("tim-kiem-loai")))
                .getFirstSelectedOption().getText());
        List<WebElement> kinds = driver.findElements(By.cssSelector("#tim-kiem-danh-sach .tag-kind"));
        assertTrue(kinds.stream().allMatch(k -> k.getAttribute("class").contains("tag-kind--event") && k.getText().equalsIgnoreCase("Sự kiện")),
                "only events");
        WebElement link = driver.findElement(By.cssSelector("#tim-kiem-danh-sach .page-list__title a"));
        String title = link.getText();
        link.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/su-kien/"));
        assertEquals(title, driver.findElement(By.tagName("h1")).getText(), "the event's own page");
    }

    /** Opens the search page with a query and returns the number of results it announces. */
    static int searchCount(String query) {
        open("/tim-kiem/" + query);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                !d.findElements(By.cssSelector("#tim-kiem-danh-sach li")).isEmpty());
        String status = driver.findElement(By.id("tim-kiem-trang-thai")).getText();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) (?:kết quả|trang)").matcher(status);
        assertTrue(m.find(), "a count in the status: " + status);
        return Integer.parseInt(m.group(1));
    }

    // Helpers

    static void viewport(int width) {
        viewport(width, 800);
    }

    static void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    static void open(String path) {
        driver.get(base + path.substring(1));
    }

    /** Null when the page fits its width; else how much wider it is and the widest elements. */
    static String sidewaysScroll() {
        Object r = driver.executeScript(
                "var d = document.documentElement; if (d.scrollWidth <= window.innerWidth) return null;"
                        + "var wide = Array.from(document.querySelectorAll('body *')).filter(function (e) {"
                        + "  return e.getBoundingClientRect().right > window.innerWidth + 0.5; })"
                        + "  .slice(0, 5).map(function (e) { return e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')"
                        + "  + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)'; });"
                        + "return 'scrollWidth ' + d.scrollWidth + ' > innerWidth ' + window.innerWidth + ': ' + wide.join(', ');");
        return r == null ? null : r.toString();
    }

    static void assertNoSidewaysScroll(String path, int width) {
        String wide = sidewaysScroll();
        if (wide != null) {
            fail(path + " at " + width + " px scrolls sideways: " + wide);
        }
    }

    /** Runs axe-core on the open page; its violations. */
    static JsonArray axe() {
        driver.executeScript(axeSource);
        Object r = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); }, function (e) { done('error: ' + e); });", AXE_TAGS);
        String s = String.valueOf(r);
        if (s.startsWith("error: ")) {
            fail("axe-core failed: " + s);
        }
        return JsonParser.parseString(s).getAsJsonArray();
    }

    static String describe(JsonObject v) {
        StringBuilder sb = new StringBuilder();
        sb.append(v.get("id").getAsString()).append(" (").append(v.get("impact").isJsonNull() ? "?" : v.get("impact").getAsString())
                .append("): ").append(v.get("help").getAsString());
        for (JsonElement n : v.getAsJsonArray("nodes")) {
            JsonObject node = n.getAsJsonObject();
            sb.append("\n    ").append(node.getAsJsonArray("target")).append(" ")
                    .append(node.has("failureSummary") ? node.get("failureSummary").getAsString().replace('\n', ' ') : "");
        }
        return sb.toString();
    }
}

package vn.loa.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import vn.loa.cli.Main;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.Builder;

/**
 * The sample portal, built with {@code precompress: true} and {@code server_files: true}, served by
 * a real nginx and a real Apache httpd with the configurations {@code loa server-config} prints, each
 * at the root of a port and under {@code /khcn/} of another. Checked with HTTP requests: every page,
 * the 404 page, content types, cache lifetimes, gzip, security headers; and in headless Chromium, no
 * Content-Security-Policy violation on the home, search, calendar and event pages. Apache also
 * serves it with nothing but the {@code .htaccess} the site carries. Skips, saying
 * why, where a server or Chromium is missing ({@code .ci/server-deps}, {@code .ci/browser-deps}).
 */
class WebServersTest {

    static final LocalDate TODAY = LocalDate.of(2025, 5, 16);
    static final String CALENDAR = "chien-dich/ngay-khcn/2024/";

    @TempDir
    static Path temp;

    static Path site;
    static final List<Serving> servings = new ArrayList<>();
    static final List<WebServers.Running> running = new ArrayList<>();
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static List<String> pages;

    /** One server serving the site at one base path; {@code skip} says why it cannot, else null. */
    record Serving(String name, String base, String skip) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void start() throws IOException {
        String nginxMissing = WebServers.nginxMissing();
        String apacheMissing = WebServers.apacheMissing();
        if (nginxMissing != null && apacheMissing != null) {
            for (String n : List.of("nginx /", "nginx /khcn/", "apache /", "apache /khcn/")) {
                servings.add(new Serving(n, null, "Web server tests skipped: " + (n.startsWith("nginx") ? nginxMissing : apacheMissing)
                        + "; " + WebServers.HOW_TO_INSTALL));
            }
            return;
        }
        Path repo = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        Path source = temp.resolve("portal");
        vn.loa.engine.SiteFiles.copyTree(repo.resolve("content"), source.resolve("content"));
        vn.loa.engine.SiteFiles.copyTree(repo.resolve("themes"), source.resolve("themes"));
        Files.writeString(source.resolve("content/site.yaml"), "\nprecompress: true\nserver_files: true\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        site = temp.resolve("srv/site");
        Builder.build(BuildOptions.of(source).withOutput(site).withToday(TODAY));
        // What a site may carry beyond Loa's files: a font, and a page breaking the policy on
        // purpose, which proves the browser check sees violations.
        Files.createDirectories(site.resolve("fonts"));
        Files.write(site.resolve("fonts/thu.woff2"), new byte[] {'w', 'O', 'F', '2', 0, 1, 0, 0});
        Files.createDirectories(site.resolve("thu-csp"));
        Files.writeString(site.resolve("thu-csp/index.html"), "<!DOCTYPE html><html lang=\"vi\"><head><title>thử</title>"
                + "<style>body{color:red}</style></head><body><p style=\"color:blue\">thử</p>"
                + "<script>document.title='x'</script></body></html>");
        WebServers.readableByAll(site);
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html") && !p.getFileName().toString().equals("404.html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .map(p -> p.endsWith("index.html") ? p.substring(0, p.length() - "index.html".length()) : p)
                    .sorted().toList();
        }
        if (nginxMissing == null) {
            startServer("nginx", WebServers::nginx);
        } else {
            servings.add(new Serving("nginx /", null, "nginx tests skipped: " + nginxMissing + "; " + WebServers.HOW_TO_INSTALL));
        }
        if (apacheMissing == null) {
            startServer("apache", WebServers::apache);
        } else {
            servings.add(new Serving("apache /", null, "Apache tests skipped: " + apacheMissing + "; " + WebServers.HOW_TO_INSTALL));
        }
    }

    interface Starter {
        WebServers.Running start(Path dir, List<String> configs, List<Integer> ports) throws IOException;
    }

    /**
     * One server with two configurations printed by loa server-config: the site at the root, and
     * under /khcn/; Apache also serves it a third time with nothing but the site's own .htaccess.
     */
    private static void startServer(String server, Starter starter) throws IOException {
        int atRoot = WebServers.freePort();
        int under = WebServers.freePort();
        int htaccess = WebServers.freePort();
        boolean apache = server.equals("apache");
        List<String> configs = new ArrayList<>(List.of(serverConfig(server, atRoot, "/"), serverConfig(server, under, "/khcn/")));
        List<Integer> ports = new ArrayList<>(List.of(atRoot, under));
        if (apache) {
            configs.add("Listen 127.0.0.1:" + htaccess + "\n<VirtualHost 127.0.0.1:" + htaccess + ">\n    DocumentRoot \"" + site
                    + "\"\n    <Directory \"" + site + "\">\n        AllowOverride All\n        Require all granted\n    </Directory>\n</VirtualHost>\n");
            ports.add(htaccess);
        }
        try {
            running.add(starter.start(Files.createDirectories(temp.resolve(server)), configs, ports));
            servings.add(new Serving(server + " /", "http://127.0.0.1:" + atRoot + "/", null));
            servings.add(new Serving(server + " /khcn/", "http://127.0.0.1:" + under + "/khcn/", null));
            if (apache) {
                servings.add(new Serving("apache .htaccess /", "http://127.0.0.1:" + htaccess + "/", null));
            }
        } catch (IllegalStateException e) {
            servings.add(new Serving(server + " /", null, server + " tests skipped: it could not start here: " + e.getMessage()));
        }
    }

    /** What {@code loa server-config} prints, through the command line. */
    static String serverConfig(String server, int port, String basePath) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = System.out;
        int code;
        synchronized (System.class) {
            System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
            try {
                code = Main.run("server-config", server, "--root", site.toString(), "--port", String.valueOf(port),
                        "--listen", "127.0.0.1", "--base-path", basePath);
            } finally {
                System.setOut(before);
            }
        }
        assertEquals(0, code, "loa server-config " + server);
        return out.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        BrowserTools.quit(driver, service);
        running.forEach(WebServers.Running::close);
    }

    static List<Serving> servings() {
        return servings;
    }

    static void needs(Serving s) {
        Assumptions.assumeTrue(s.skip() == null, s.skip());
    }

    // HTTP

    @ParameterizedTest
    @MethodSource("servings")
    void everyPageIs200AsUtf8Html(Serving s) throws Exception {
        needs(s);
        assertTrue(pages.size() > 50, "the sample has pages: " + pages.size());
        List<String> wrong = new ArrayList<>();
        for (String page : pages) {
            HttpResponse<byte[]> r = get(s, page, false);
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (r.statusCode() != 200 || !type.equals("text/html; charset=utf-8")) {
                wrong.add(page + ": " + r.statusCode() + " " + type);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest
    @MethodSource("servings")
    void aMissingPageGetsTheSitesOwn404PageWithStatus404(Serving s) throws Exception {
        needs(s);
        byte[] page = Files.readAllBytes(site.resolve("404.html"));
        for (String missing : List.of("khong-co-trang-nay/", "tin-tuc/khong-co.html", "a/b/c/d")) {
            for (boolean gzip : List.of(false, true)) {
                HttpResponse<byte[]> r = get(s, missing, gzip);
                assertEquals(404, r.statusCode(), s + " " + missing);
                assertArrayEquals(page, body(r), s + " " + missing + " sends 404.html" + (gzip ? " (gzip)" : ""));
                assertEquals(List.of("no-cache"), r.headers().allValues("Cache-Control"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("servings")
    void eachKindOfFileHasItsType(Serving s) throws Exception {
        needs(s);
        String css = fingerprinted("css", "loa");
        Map<String, String> types = Map.of(
                "lich/su-kien-sap-toi.ics", "text/calendar; charset=utf-8",
                "tin-tuc/index.xml", "application/atom+xml; charset=utf-8",
                "chien-dich/ngay-khcn/index.xml", "application/atom+xml; charset=utf-8",
                "sitemap.xml", "xml",
                "tim-kiem/chi-muc/manifest.json", "application/json; charset=utf-8",
                "xsl/nguon-tin.xsl", "application/xml; charset=utf-8",
                "fonts/thu.woff2", "font/woff2",
                "img/chia-se.png", "image/png",
                css, "text/css; charset=utf-8",
                fingerprinted("js", "tim-kiem"), "javascript");
        for (var e : types.entrySet()) {
            HttpResponse<byte[]> r = get(s, e.getKey(), false);
            assertEquals(200, r.statusCode(), s + " " + e.getKey());
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (e.getValue().equals("javascript") || e.getValue().equals("xml")) { // either name of the type is right
                assertTrue(type.matches("(text|application)/" + e.getValue() + "(; charset=utf-8)?"), e.getKey() + ": " + type);
            } else {
                assertEquals(e.getValue(), type, s + " " + e.getKey());
            }
            assertEquals(List.of("nosniff"), r.headers().allValues("X-Content-Type-Options"), e.getKey());
        }
    }

    @ParameterizedTest
    @MethodSource("servings")
    void fingerprintedAssetsAreKeptAYearAndPagesAskedAgain(Serving s) throws Exception {
        needs(s);
        Map<String, String> cache = Map.of(
                "", "no-cache",
                "tin-tuc/", "no-cache",
                "tin-tuc/index.xml", "no-cache",
                "lich/su-kien-sap-toi.ics", "no-cache",
                "tim-kiem/chi-muc/manifest.json", "no-cache",
                fingerprinted("css", "loa"), "public, max-age=31536000, immutable",
                fingerprinted("js", "sao-chep"), "public, max-age=31536000, immutable",
                "img/chia-se.png", "public, max-age=86400");
        for (var e : cache.entrySet()) {
            for (boolean gzip : List.of(false, true)) {
                HttpResponse<byte[]> r = get(s, e.getKey(), gzip);
                assertEquals(200, r.statusCode(), s + " " + e.getKey());
                assertEquals(List.of(e.getValue()), r.headers().allValues("Cache-Control"), s + " /" + e.getKey());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("servings")
    void aBrowserTakingGzipGetsThePrecompressedFile(Serving s) throws Exception {
        needs(s);
        for (String path : List.of("", "tin-tuc/", fingerprinted("css", "loa"), fingerprinted("js", "tim-kiem"),
                "tin-tuc/index.xml", "lich/su-kien-sap-toi.ics", "tim-kiem/chi-muc/manifest.json")) {
            Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
            byte[] plain = Files.readAllBytes(file);
            HttpResponse<byte[]> zipped = get(s, path, true);
            assertEquals(List.of("gzip"), zipped.headers().allValues("Content-Encoding"), s + " /" + path);
            assertArrayEquals(Files.readAllBytes(Path.of(file + ".gz")), zipped.body(), s + " /" + path + " sends the .gz Loa wrote");
            assertArrayEquals(plain, gunzip(zipped.body()));
            assertTrue(zipped.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Encoding")), "Vary: " + path);
            HttpResponse<byte[]> raw = get(s, path, false);
            assertTrue(raw.headers().allValues("Content-Encoding").isEmpty(), s + " /" + path + " plain without Accept-Encoding");
            assertArrayEquals(plain, raw.body());
        }
    }

    @ParameterizedTest
    @MethodSource("servings")
    void everyAnswerCarriesTheSecurityHeaders(Serving s) throws Exception {
        needs(s);
        for (String path : List.of("", "tim-kiem/", "khong-co-trang-nay/", fingerprinted("css", "loa"), "tin-tuc/index.xml")) {
            HttpResponse<byte[]> r = get(s, path, true);
            List<String> csp = r.headers().allValues("Content-Security-Policy");
            assertEquals(1, csp.size(), s + " /" + path + ": " + csp);
            assertTrue(csp.get(0).startsWith("default-src 'self'; script-src 'self'; style-src 'self'"), csp.get(0));
            assertFalse(csp.get(0).contains("unsafe-eval"), csp.get(0));
            assertEquals(!path.endsWith(".xml"), csp.get(0).contains("style-src 'self';"), "style elements inline only for the feeds' XSLT: " + path);
            assertEquals(List.of("nosniff"), r.headers().allValues("X-Content-Type-Options"));
            assertEquals(List.of("strict-origin-when-cross-origin"), r.headers().allValues("Referrer-Policy"));
        }
    }

    // Chromium

    static ChromeDriverService service;
    static ChromeDriver driver;
    static String browserMissing;

    static void needsBrowser(Serving s) {
        needs(s);
        if (driver == null && browserMissing == null) {
            Path chromium = BrowserTools.chromium();
            Path chromedriver = BrowserTools.chromedriver();
            if (chromium == null || chromedriver == null) {
                browserMissing = "Browser checks skipped: no Chromium or chromedriver; " + BrowserTools.HOW_TO_INSTALL;
            } else {
                service = BrowserTools.chromedriverService(chromedriver);
                driver = BrowserTools.chrome(chromium, chromedriver, service, temp.resolve("profile"), 1280, 900);
                // Every violation of the policy, from the first byte of each page on.
                driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                        "window.__csp = []; document.addEventListener('securitypolicyviolation', function (e) {"
                                + " window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + e.sourceFile + ':' + e.lineNumber); });"));
            }
        }
        Assumptions.assumeTrue(browserMissing == null, browserMissing);
    }

    @ParameterizedTest
    @MethodSource("servings")
    void theDefaultThemeBreaksNoRuleOfThePolicy(Serving s) throws Exception {
        needsBrowser(s);
        String event;
        try (Stream<Path> d = Files.list(site.resolve(CALENDAR + "su-kien"))) {
            event = CALENDAR + "su-kien/" + d.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow() + "/";
        }
        assertFalse(violations(s, "thu-csp/").isEmpty(), "the check sees an inline script and styles break the policy");
        for (String page : List.of("", "tim-kiem/?q=ngay%20khoa%20hoc", CALENDAR, event)) {
            List<String> v = violations(s, page);
            assertEquals(List.of(), v, s + " /" + page);
        }
        // The search ran under the policy: it fetched its index and listed results.
        driver.get(s.base() + "tim-kiem/?q=ngay%20khoa%20hoc");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                !d.findElements(By.cssSelector("#tim-kiem-danh-sach li")).isEmpty());
        assertEquals(List.of(), violations());
    }

    static List<String> violations(Serving s, String page) throws InterruptedException {
        driver.get(s.base() + page);
        Thread.sleep(300); // the events of resources loaded after the load event
        return violations();
    }

    @SuppressWarnings("unchecked")
    static List<String> violations() {
        Object v = driver.executeScript("return window.__csp || ['no listener'];");
        return (List<String>) v;
    }

    // Helpers

    static HttpResponse<byte[]> get(Serving s, String path, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + path)).timeout(Duration.ofSeconds(10));
        if (gzip) {
            b.header("Accept-Encoding", "gzip");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static byte[] body(HttpResponse<byte[]> r) throws IOException {
        return r.headers().allValues("Content-Encoding").contains("gzip") ? gunzip(r.body()) : r.body();
    }

    static byte[] gunzip(byte[] b) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
            return in.readAllBytes();
        }
    }

    /** The published name of a theme file: {@code css/loa.3f2a9c1e.css}. */
    static String fingerprinted(String folder, String name) throws IOException {
        try (Stream<Path> s = Files.list(site.resolve(folder))) {
            String ext = "." + folder;
            return folder + "/" + s.map(p -> p.getFileName().toString())
                    .filter(f -> f.matches(java.util.regex.Pattern.quote(name) + "\\.[0-9a-f]{8}" + java.util.regex.Pattern.quote(ext)))
                    .findFirst().orElseThrow(() -> new AssertionError("no fingerprinted " + name + ext));
        }
    }
}

package vn.loa.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.Engine;
import vn.loa.serve.ChangeWatcher;
import vn.loa.serve.DevServer;
import vn.loa.serve.EditorRoutes;
import vn.loa.serve.Preview;

/**
 * The editor as a staff member uses it: loa serve's /admin/ in headless Chromium, Decap CMS
 * talking to serve's own API; an entry opened from the list, its title changed and published,
 * and the file in content/ and the preview page changed. Skips, saying why, without Chromium.
 */
class EditorBrowserTest {

    @TempDir
    Path root;
    ChromeDriverService service;
    ChromeDriver driver;
    DevServer server;
    Preview preview;
    ChangeWatcher watcher;

    @AfterEach
    void stop() throws Exception {
        BrowserTools.quit(driver, service);
        if (watcher != null) {
            watcher.close();
        }
        if (server != null) {
            server.close();
        }
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void aStaffMemberEditsAPostInTheBrowserAndThePreviewShowsIt() throws Exception {
        Path chromium = BrowserTools.chromium();
        Path chromedriver = BrowserTools.chromedriver();
        Assumptions.assumeTrue(chromium != null && chromedriver != null,
                "Editor browser test skipped: no Chromium or chromedriver; " + BrowserTools.HOW_TO_INSTALL);
        Path post = root.resolve("content/tin-tuc/hoi-thao/index.md");
        Files.createDirectories(post.getParent());
        Files.writeString(root.resolve("content/site.yaml"), "title: Cổng thử\n");
        Files.writeString(post, "---\ntitle: Hội thảo chuyển đổi số\ndate: 2025-05-10T08:00\nsummary: Tóm tắt.\n---\n\nNội dung bài.\n");
        BuildOptions options = BuildOptions.of(root).withOutput(root.resolve("site"));
        Engine engine = new Engine(options);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        preview = new Preview(engine, quiet, quiet, s -> s);
        preview.rebuild(List.of());
        server = new DevServer(options.output(), 0, preview::problems, preview::failed);
        EditorRoutes.on(server, root, () -> engine.config().orElseThrow(), null);
        watcher = new ChangeWatcher(List.of(root.resolve("content")), changed -> {
            preview.rebuild(changed, server::reload);
        });

        service = BrowserTools.chromedriverService(chromedriver);
        driver = BrowserTools.chrome(chromium, chromedriver, service, root.resolve("profile"), 1366, 900);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        String base = "http://127.0.0.1:" + server.port();

        driver.get(base + "/admin/");
        wait.until(d -> !d.findElements(By.xpath("//button[contains(., 'Đăng nhập')]")).isEmpty());
        driver.findElement(By.xpath("//button[contains(., 'Đăng nhập')]")).click();
        // The list of news, read through serve's API.
        driver.get(base + "/admin/#/collections/tin-tuc");
        wait.until(d -> d.getPageSource().contains("Hội thảo chuyển đổi số"));
        driver.findElement(By.xpath("//a[contains(., 'Hội thảo chuyển đổi số')]")).click();
        WebElement title;
        try {
            title = wait.until(d -> d.findElements(By.cssSelector("input")).stream()
                    .filter(e -> "Hội thảo chuyển đổi số".equals(e.getAttribute("value"))).findFirst().orElse(null));
        } catch (RuntimeException e) {
            Files.write(Path.of("/tmp/editor-fail.png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            Files.writeString(Path.of("/tmp/editor-fail.html"), driver.getPageSource());
            throw e;
        }
        System.out.println("[EditorBrowserTest] entry opened at " + driver.getCurrentUrl());
        // The preview looks like the site: the theme's stylesheet, read from the home page, is in its frame.
        WebElement frame = wait.until(d -> d.findElements(By.cssSelector("iframe")).stream().findFirst().orElse(null));
        driver.switchTo().frame(frame);
        String styles = wait.until(d -> {
            Object hrefs = driver.executeScript(
                    "return Array.from(document.querySelectorAll('link[rel=stylesheet]')).map(l => l.href).join(' ')");
            return hrefs != null && hrefs.toString().contains("/css/") ? hrefs.toString() : null;
        });
        assertTrue(styles.contains(base + "/css/"), styles);
        driver.switchTo().defaultContent();
        title.sendKeys(Keys.END, " năm 2025");
        wait.until(d -> !d.findElements(By.xpath("//*[normalize-space(text())='Công bố']")).isEmpty());
        driver.findElement(By.xpath("//*[normalize-space(text())='Công bố']")).click();
        wait.until(d -> !d.findElements(By.xpath("//*[normalize-space(text())='Công bố ngay']")).isEmpty());
        driver.findElement(By.xpath("//*[normalize-space(text())='Công bố ngay']")).click();

        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                return Files.readString(post, StandardCharsets.UTF_8).contains("Hội thảo chuyển đổi số năm 2025");
            } catch (java.io.IOException e) {
                return false;
            }
        });
        String saved = Files.readString(post, StandardCharsets.UTF_8);
        assertTrue(saved.contains("Nội dung bài."), saved);
        // The preview server shows it: the page is rebuilt from the saved file.
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            d.get(base + "/tin-tuc/hoi-thao/");
            return d.getPageSource().contains("Hội thảo chuyển đổi số năm 2025");
        });
    }
}

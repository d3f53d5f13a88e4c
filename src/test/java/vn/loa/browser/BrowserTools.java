package vn.loa.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Finds what the browser tests need: Chromium, its chromedriver, and axe-core. Each can be named
 * with a system property ({@code -Dloa.chromium=…}, {@code -Dloa.chromedriver=…},
 * {@code -Dloa.axe=…/axe.min.js}); otherwise Debian's {@code chromium} and {@code chromium-driver}
 * and the axe-core that {@code .ci/browser-deps} installs from {@code src/test/js/package-lock.json}
 * are used. A missing axe-core is installed here with {@code npm ci} when npm is present.
 */
final class BrowserTools {

    private BrowserTools() {
    }

    static final String HOW_TO_INSTALL = "run .ci/browser-deps (apt-get install chromium chromium-driver; "
            + "npm ci --prefix src/test/js)";

    static Path chromium() {
        return first("loa.chromium", List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium",
                "/snap/bin/chromium"));
    }

    static Path chromedriver() {
        return first("loa.chromedriver", List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"));
    }

    /** axe.min.js, installing it from the lock file when it is missing and npm is at hand. */
    static Path axe(Path repo) {
        String named = System.getProperty("loa.axe");
        if (named != null && !named.isBlank()) {
            return Files.isRegularFile(Path.of(named)) ? Path.of(named) : null;
        }
        Path js = repo.resolve("src/test/js");
        Path axe = js.resolve("node_modules/axe-core/axe.min.js");
        if (!Files.isRegularFile(axe) && Files.isRegularFile(js.resolve("package-lock.json"))) {
            try {
                Process p = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                        .directory(js.toFile()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (IOException e) {
                return null; // no npm
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return Files.isRegularFile(axe) ? axe : null;
    }

    private static Path first(String property, List<String> candidates) {
        String named = System.getProperty(property);
        if (named != null && !named.isBlank()) {
            Path p = Path.of(named);
            return Files.isExecutable(p) ? p : null;
        }
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Starts the system's chromedriver (named outright: Selenium Manager never looks for or
     * downloads one) and a headless Chromium with a profile of its own, a window of
     * {@code width}×{@code height} and no scrollbars; the driver waits 30 s at most for a page or a
     * script. The caller stops the service once it has quit the driver.
     */
    static ChromeDriver chrome(Path chromium, Path chromedriver, ChromeDriverService service, Path profile, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
        driver.manage().timeouts().pageLoadTimeout(java.time.Duration.ofSeconds(30));
        return driver;
    }

    /** The service of the system's chromedriver, on a free port. */
    static ChromeDriverService chromedriverService(Path chromedriver) {
        System.setProperty("webdriver.chrome.driver", chromedriver.toString());
        return new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
    }

    /** Quits the browser, then stops its chromedriver; either may be null (it never started). */
    static void quit(ChromeDriver driver, ChromeDriverService service) {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
    }
}

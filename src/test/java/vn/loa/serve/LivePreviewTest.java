package vn.loa.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.Engine;

/**
 * {@code loa serve} as an editor uses it: a save shows in the browser, whatever way the editor
 * saves; a broken edit shows its error over the last good page until it is fixed; new, deleted and
 * renamed pages come and go.
 */
class LivePreviewTest {

    static final String POST = "content/tin-tuc/tin.md";

    @TempDir
    Path dir;

    Path root;
    DevServer server;
    ChangeWatcher watcher;
    Preview preview;
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final HttpClient http = HttpClient.newHttpClient();
    final java.util.concurrent.atomic.AtomicInteger rebuilds = new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicInteger reloads = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeEach
    void serve() throws IOException {
        root = dir.resolve("cong");
        write("content/site.yaml", "title: Cổng thử nghiệm\n");
        write(POST, post("Khai mạc triển lãm", "Sáng nay, triển lãm đã khai mạc."));
        BuildOptions options = BuildOptions.of(root).withToday(LocalDate.of(2024, 5, 20));
        preview = new Preview(new Engine(options), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), s -> s);
        assertTrue(preview.rebuild(List.of()));
        server = new DevServer(options.output(), 0, preview::problems, preview::failed);
        watcher = new ChangeWatcher(List.of(root.resolve("content"), root.resolve("themes")), changed -> {
            rebuilds.incrementAndGet();
            preview.rebuild(changed, () -> {
                reloads.incrementAndGet();
                server.reload();
            });
        });
    }

    @AfterEach
    void stop() throws IOException {
        watcher.close();
        server.close();
        preview.close();
    }

    static String post(String title, String body) {
        return "---\ntitle: " + title + "\ndate: 2024-05-17\ntags: [triển lãm]\n---\n\n" + body + "\n";
    }

    void write(String file, String text) throws IOException {
        Path p = root.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String page(String path) throws Exception {
        return get(path).body();
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not within 20 s: " + what);
    }

    BooleanSupplier shows(String path, String text) {
        return () -> {
            try {
                return page(path).contains(text);
            } catch (Exception e) {
                return false;
            }
        };
    }

    @Test
    void aSaveShowsInThePage() throws Exception {
        write(POST, post("Khai mạc triển lãm", "Sáng nay, triển lãm ảnh đã khai mạc tại Nhà Văn hóa."));
        await("the new text", shows("/tin-tuc/tin/", "triển lãm ảnh đã khai mạc tại Nhà Văn hóa"));
    }

    @Test
    void whatABuildWritesBesideTheWatchedFoldersStartsNoOtherBuild() throws Exception {
        // No themes/ here: its parent, the site's root, is watched for it, and the output's lock and
        // staging folder are made there by every build (the search index's too, a second later).
        write(POST, post("Khai mạc triển lãm", "Đoạn văn thêm một câu."));
        await("the saved sentence", shows("/tin-tuc/tin/", "thêm một câu"));
        Thread.sleep(Preview.LATER_MS + 1500);
        assertEquals(1, rebuilds.get(), "rebuilds after one save");
    }

    @Test
    void aSaveThroughATemporaryFileAndARenameShows() throws Exception {
        Path tmp = root.resolve("content/tin-tuc/.tin.md.swp");
        Files.writeString(tmp, post("Khai mạc triển lãm", "Bản lưu qua tệp tạm."), StandardCharsets.UTF_8);
        Files.move(tmp, root.resolve(POST), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        await("the renamed save", shows("/tin-tuc/tin/", "Bản lưu qua tệp tạm."));
    }

    @Test
    void aBurstOfSavesEndsWithTheLastOne() throws Exception {
        for (int i = 1; i <= 8; i++) {
            write(POST, post("Khai mạc triển lãm", "Lần lưu thứ " + i + "."));
            Thread.sleep(i % 3 == 0 ? 30 : 1);
        }
        await("the last save", shows("/tin-tuc/tin/", "Lần lưu thứ 8."));
    }

    @Test
    void aBrokenEditShowsItsErrorOverTheLastGoodPageUntilFixed() throws Exception {
        write(POST, "---\ntitle: Khai mạc triển lãm\ndate: 2024-02-30\n---\n\nNgày sai.\n");
        await("the error", shows("/tin-tuc/tin/", "loa-loi"));
        String page = page("/tin-tuc/tin/");
        assertTrue(page.contains("Sáng nay, triển lãm đã khai mạc."), "the last good page stays");
        assertTrue(page.contains("content/tin-tuc/tin.md:3: lỗi: "), page);
        assertTrue(page("/").contains("loa-loi"), "on every page");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("content/tin-tuc/tin.md:3: lỗi:"), "and in the terminal");
        write(POST, post("Khai mạc triển lãm", "Đã sửa ngày."));
        await("the fixed page, and the error gone", () -> shows("/tin-tuc/tin/", "Đã sửa ngày.").getAsBoolean()
                && !shows("/tin-tuc/tin/", "loa-loi").getAsBoolean());
    }

    @Test
    void pagesAddedDeletedAndRenamedComeAndGo() throws Exception {
        write("content/tin-tuc/moi.md", post("Tin mới", "Một tin mới."));
        await("the new page", shows("/tin-tuc/moi/", "Một tin mới."));
        await("in the list", shows("/tin-tuc/", "Tin mới"));
        Files.move(root.resolve("content/tin-tuc/moi.md"), root.resolve("content/tin-tuc/doi-ten.md"));
        await("at its new address", shows("/tin-tuc/doi-ten/", "Một tin mới."));
        await("gone from the old one", () -> {
            try {
                return get("/tin-tuc/moi/").statusCode() == 404;
            } catch (Exception e) {
                return false;
            }
        });
        Files.delete(root.resolve("content/tin-tuc/doi-ten.md"));
        await("deleted", () -> {
            try {
                return get("/tin-tuc/doi-ten/").statusCode() == 404 && !page("/tin-tuc/").contains("Tin mới");
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void aPartialOfANewThemeShowsInEveryPageThatUsesIt() throws Exception {
        write("themes/rieng/theme.yaml", "extends: default\n");
        write("themes/rieng/templates/partials/tags.peb", "<p class=\"the-rieng\">Thẻ riêng</p>\n");
        write("content/site.yaml", "title: Cổng thử nghiệm\ntheme: rieng\n");
        await("the partial", shows("/tin-tuc/tin/", "Thẻ riêng"));
        int before = reloads.get();
        write("themes/rieng/templates/partials/tags.peb", "<p class=\"the-rieng\">Thẻ đã sửa</p>\n");
        await("the edited partial", shows("/tin-tuc/tin/", "Thẻ đã sửa"));
        // The pages of a template come a moment after the build (with the search index): the open pages reload again then.
        await("a reload once the pages are in place", () -> reloads.get() >= before + 2);
        assertEquals(200, get("/").statusCode());
    }

    @Test
    void theChecksOfLoaCheckRunOnTheSavedPageAndShowTheirWarnings() throws Exception {
        write(POST, "---\ntitle: Khai mạc triển lãm\ndate: 2024-05-17\nsumary: Tóm tắt gõ sai khóa.\n---\n\nSáng nay, triển lãm mở cửa.\n");
        await("the new page with the warning over it", () -> shows("/tin-tuc/tin/", "Sáng nay, triển lãm mở cửa.").getAsBoolean()
                && shows("/tin-tuc/tin/", "content/tin-tuc/tin.md:4: cảnh báo: khóa &#39;sumary&#39;").getAsBoolean());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("content/tin-tuc/tin.md:4: cảnh báo:"), "and in the terminal");
        write(POST, post("Khai mạc triển lãm", "Đã sửa khóa."));
        await("the warning gone", () -> shows("/tin-tuc/tin/", "Đã sửa khóa.").getAsBoolean()
                && !shows("/tin-tuc/tin/", "loa-loi").getAsBoolean());
    }
}

package vn.loa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkers of {@link SampleSiteTest} are only worth their silence if they speak up: this
 * feeds them small broken inputs and expects each problem to be named.
 */
class CheckersTest {

    @TempDir
    static Path dir;

    static HtmlChecker checker;

    @BeforeAll
    static void setUp() {
        checker = new HtmlChecker();
    }

    @Test
    void aValidPageHasNoErrors() throws IOException {
        Path f = write("ok.html", """
                <!DOCTYPE html>
                <html lang="vi">
                <head><meta charset="utf-8"><title>Trang thử</title></head>
                <body><main><h1>Tiêu đề</h1><p>Đây là một đoạn văn bản tiếng Việt để kiểm tra trình kiểm tra HTML.</p></main></body>
                </html>
                """);
        HtmlChecker.Result r = checker.check(f, "ok.html");
        assertEquals(List.of(), r.errors());
    }

    @Test
    void errorsAreReportedWithFileLineAndColumn() throws IOException {
        Path f = write("bad.html", """
                <!DOCTYPE html>
                <html lang="vi">
                <head><meta charset="utf-8"></head>
                <body>
                <p id="x">Một</p><p id="x">Hai</p>
                <ul><div>sai chỗ</div></ul>
                <a href="a b">liên kết</a>
                </body>
                </html>
                """);
        HtmlChecker.Result r = checker.check(f, "bad.html");
        String all = String.join("\n", r.errors().stream().map(Object::toString).toList());
        assertTrue(r.errors().size() >= 3, all);
        assertTrue(all.contains("bad.html:5:"), "the duplicate id on line 5:\n" + all);
        assertTrue(all.contains("title"), "the missing <title>:\n" + all);
        assertTrue(all.matches("(?s).*bad\\.html:6:\\d+: .*div.*"), "the <div> inside <ul> on line 6:\n" + all);
    }

    @Test
    void theCheckerIsReusedAcrossFiles() throws IOException {
        Path bad = write("bad2.html", "<!DOCTYPE html><html lang=\"vi\"><title>x</title><p><div></div></p></html>");
        Path ok = write("ok2.html", "<!DOCTYPE html><html lang=\"vi\"><title>x</title><p>Xin chào các bạn.</p></html>");
        assertTrue(!checker.check(bad, "bad2.html").errors().isEmpty());
        assertEquals(List.of(), checker.check(ok, "ok2.html").errors(), "errors of the previous file must not leak");
    }

    @Test
    void linkCheckerFindsBrokenAndAbsoluteLinks() throws IOException {
        Files.createDirectories(dir.resolve("site/a"));
        write("site/index.html", "<!DOCTYPE html><title>x</title><p id=\"p\">x</p>");
        write("site/a/index.html", """
                <!DOCTYPE html><title>a</title>
                <a href="../">ok</a><a href="../#p">ok</a><a href="#tren">ok</a><span id="tren"></span>
                <a href="https://example.vn/">external</a><a href="mailto:a@b.vn">mail</a>
                <a href="/tin-tuc/">absolute</a><a href="../khong-co/">missing</a><a href="../#khong-co">no id</a>
                <a href="../a">folder without slash</a><img src="anh.png" alt=""><img srcset="../index.html 1x, x.png 2x" alt="">
                <link rel="stylesheet" href="../css/loa.css">
                <link rel="canonical" href="https://vi.du/a/"><meta property="og:image" content="https://vi.du/a/anh.png">
                <script type="application/ld+json">{"@graph":[{"url":"https://vi.du/#p"},{"url":"https://vi.du/b/"}]}</script>
                """);
        List<String> problems = new LinkChecker(dir.resolve("site"), "https://vi.du/").check(dir.resolve("site/a/index.html"));
        String all = String.join("\n", problems);
        assertEquals(9, problems.size(), all);
        assertTrue(all.contains("<meta content=\"https://vi.du/a/anh.png\">: names no file of the site (looked for a/anh.png)"), all);
        assertTrue(all.contains("(JSON-LD)=\"https://vi.du/b/\">: names no file of the site (looked for b/index.html)"), all);
        assertTrue(all.contains("href=\"/tin-tuc/\">: starts with '/'"), all);
        assertTrue(all.contains("no such folder: khong-co"), all);
        assertTrue(all.contains("no element with id=\"khong-co\" in index.html"), all);
        assertTrue(all.contains("names the folder a without a trailing '/'"), all);
        assertTrue(all.contains("no such file: a/anh.png"), all);
        assertTrue(all.contains("srcset=\"../index.html 1x, x.png 2x\">: no such file: a/x.png"), all);
        assertTrue(all.contains("<link href=\"../css/loa.css\">: no such file: css/loa.css"), all);
    }

    private static Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }
}

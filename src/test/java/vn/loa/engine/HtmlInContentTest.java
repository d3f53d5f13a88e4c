package vn.loa.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.cli.TinySite;
import vn.loa.cli.TinySite.Run;

/** 10. Raw HTML in Markdown is not an error: it is cleaned away unless the site allows it. */
class HtmlInContentTest {

    static final String PAGE = """
            ---
            title: Tin có mã nhúng
            date: 2024-05-17
            ---

            Trước đoạn mã <script>alert("x")</script> sau đoạn mã.

            <script>
            document.write("khối");
            </script>

            Ảnh <img src="anh.png" onerror="alert(1)" alt="Ảnh minh họa"> và <a href="javascript:alert(1)">liên kết</a>.

            <iframe src="https://example.com/"></iframe>

            Đoạn cuối.
            """;

    @TempDir
    Path dir;

    @Test
    void scriptsAreRemovedAndTheTextAroundThemKept() {
        TinySite site = new TinySite(dir);
        site.write("content/tin-tuc/ma-nhung.md", PAGE);
        Run r = site.build();
        assertEquals(0, r.exit(), r::toString);
        assertFalse(r.err().contains("lỗi"), r::toString);
        String html = site.read("tin-tuc/ma-nhung/index.html");
        String article = html.substring(html.indexOf("</head>"));
        String body = article.substring(article.indexOf("Trước đoạn mã"), article.indexOf("Đoạn cuối"));
        assertFalse(body.contains("<script"), body);
        assertFalse(body.contains("onerror"), body);
        assertFalse(body.contains("javascript:"), body);
        assertFalse(body.contains("<iframe"), body);
        assertFalse(body.contains("document.write"), body);
        assertTrue(body.contains("sau đoạn mã"), body);
        assertTrue(body.contains("alt=\"Ảnh minh họa\""), body);
        assertTrue(html.contains("Đoạn cuối"));
        // No script anywhere in the site comes from the content.
        TinySite.tree(site.output).keySet().stream().filter(p -> p.endsWith(".html") || p.endsWith(".xml") || p.endsWith(".json"))
                .forEach(p -> assertFalse(site.read(p).contains("alert(1)") && site.read(p).contains("onerror"), p));
        TinySite.tree(site.output).keySet().stream().filter(p -> p.endsWith(".html"))
                .forEach(p -> assertFalse(site.read(p).contains("<script>alert"), p));
    }

    @Test
    void allowHtmlKeepsThem() {
        TinySite site = new TinySite(dir);
        site.write("content/site.yaml", TinySite.SITE_YAML + "allow_html: true\n");
        site.write("content/tin-tuc/ma-nhung.md", PAGE);
        Run r = site.build();
        assertEquals(0, r.exit(), r::toString);
        String html = site.read("tin-tuc/ma-nhung/index.html");
        assertTrue(html.contains("<script>alert(\"x\")</script>") || html.contains("<script>alert(&quot;x&quot;)</script>"), html);
        assertTrue(html.contains("document.write(\"khối\");"), html);
        assertTrue(html.contains("<iframe src=\"https://example.com/\"></iframe>"), html);
        assertTrue(html.contains("sau đoạn mã"));
    }

    @Test
    void scriptCodeDoesNotLeakIntoTheSummary() {
        TinySite site = new TinySite(dir);
        site.write("content/tin-tuc/ma-nhung.md", PAGE);
        assertEquals(0, site.build().exit());
        String html = site.read("tin-tuc/ma-nhung/index.html");
        String head = html.substring(0, html.indexOf("</head>"));
        assertFalse(head.contains("alert"), head);
    }
}

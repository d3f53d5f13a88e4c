package vn.loa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.loa.cli.TinySite;
import vn.loa.cli.TinySite.Message;
import vn.loa.cli.TinySite.Run;
import vn.loa.render.MarkdownRenderer;
import vn.loa.render.RelativeUrls;

/**
 * A menu {@code url: "javascript:…"}, {@code image: "file:///etc/passwd"}, a Markdown link {@code [x](javascript:…)}
 * went into {@code href}, {@code src} and {@code og:image} unchanged. Content may link only to {@code http:},
 * {@code https:}, {@code mailto:}, {@code tel:} and addresses without a scheme; any other is a content error at its
 * line in {@code loa build}, and {@code loa check} reports every one. Behind that, the sanitisers of commonmark-java and
 * jsoup (when raw HTML is not allowed) empty or drop what is left.
 */
class UnsafeAddressesTest {

    static final String FILE = "content/tin-tuc/x.md";

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "javascript:alert(1) | javascript",
            "JaVaScRiPt:alert(1) | javascript",
            "' java\tscript:alert(1)' | javascript",
            "vbscript:msgbox(1) | vbscript",
            "data:text/html,<script>alert(1)</script> | data",
            "data:image/png;base64,AAAA | data",
            "file:///etc/passwd | file",
            "C:\\Users\\soan\\anh.jpg | c",
            "ftp://example.gov.vn/a.pdf | ftp",
            "qd:45.pdf | qd"})
    void refused(String address, String scheme) {
        assertFalse(Addresses.allowed(address), address);
        assertEquals(scheme, Addresses.scheme(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.gov.vn/", "HTTP://example.gov.vn", "mailto:vanthu@example.gov.vn", "tel:+842613123456",
            "/tin-tuc/", "../anh.jpg", "anh.jpg", "tai lieu.pdf", "#muc-1", "?trang=2", "//cdn.example.gov.vn/a.js",
            "qd%3A45.pdf", "./qd:45.pdf", ""})
    void allowed(String address) {
        assertTrue(Addresses.allowed(address), address);
    }

    // ------------------------------------------------------------------ every address field

    @Test
    void aMenuItemThatRunsCode() {
        TinySite site = new TinySite(dir).write("content/site.yaml", TinySite.SITE_YAML
                + "menu:\n  - title: Trang chủ\n    url: /\n  - title: Bẫy\n    url: \"javascript:alert(document.cookie)\"\n");
        BuildAndCheck.of(site).reports("content/site.yaml", 6, "địa chỉ của mục menu 'javascript:alert(document.cookie)'",
                "chạy mã lệnh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "data:image/svg+xml,<svg onload=alert(1)>"})
    void anImageOfTheFrontMatter(String image) {
        TinySite site = new TinySite(dir).write(FILE, "---\ntitle: Tin\ndate: 2024-05-17\nimage: \"" + image
                + "\"\nimage_alt: Ảnh\n---\nNội dung.\n");
        BuildAndCheck.of(site).reports(FILE, 4, "ảnh '" + image + "'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[đăng ký](javascript:dangKy()) | liên kết 'javascript:dangKy()'",
            "[x](vbscript:msgbox(1)) | liên kết 'vbscript:msgbox(1)'",
            "[x](data:text/html;base64,PHNjcmlwdD4=) | liên kết 'data:text/html;base64,PHNjcmlwdD4='",
            "[x](java&#09;script:alert(1)) | liên kết 'java\tscript:alert(1)'",
            "<javascript:alert(1)> | liên kết 'javascript:alert(1)'",
            "![ảnh](file:///C:/Users/soan/anh.jpg) | ảnh 'file:///C:/Users/soan/anh.jpg'",
            "[Quyết định](file:///D:/van-ban/qd-45.pdf) | liên kết 'file:///D:/van-ban/qd-45.pdf'",
            "[tham chiếu][js] | liên kết 'javascript:void(0)'"})
    void aMarkdownLinkOrImage(String markdown, String what) {
        TinySite site = new TinySite(dir).write(FILE, "---\ntitle: Tin\ndate: 2024-05-17\n---\nMở đầu.\n\nXem " + markdown
                + " ở đây.\n\n[js]: javascript:void(0)\n");
        BuildAndCheck.of(site).reports(FILE, 7, what, "'https://…'");
    }

    @Test
    void checkReportsEveryOneAndTheBuildTheFirst() {
        TinySite site = new TinySite(dir).write(FILE, "---\ntitle: Tin\ndate: 2024-05-17\n---\nMột [a](javascript:a()).\n\n"
                + "| Cột |\n|---|\n| ![b](data:image/png;base64,AA) |\n\nBa <a href=\"vbscript:b\">c</a>.\n");
        BuildAndCheck r = BuildAndCheck.of(site);
        assertEquals(List.of(5), r.build().messages().stream().map(Message::line).toList(), r::toString);
        List<Message> check = r.checkErrors().stream().filter(m -> m.file().equals(FILE)).toList();
        assertEquals(List.of(5, 9, 11), check.stream().map(Message::line).toList(), r::toString);
        assertTrue(check.get(2).problem().startsWith("liên kết 'vbscript:b'"), r::toString);
    }

    // ------------------------------------------------------------------ what the sanitisers do behind

    @Test
    void rawHtmlLinksAreDroppedByJsoupWhenRawHtmlIsNotAllowed() {
        TinySite site = new TinySite(dir).write(FILE, "---\ntitle: Tin\ndate: 2024-05-17\n---\n"
                + "<a href=\"javascript:alert(1)\">một</a> <a href=\"tel:+842613123456\">hai</a> <a href=\"ftp://x.example/\">ba</a>"
                + " <img src=\"data:image/png;base64,AA\" alt=\"bốn\"> <a href=\"/tin-tuc/\">năm</a>\n");
        Run r = site.build();
        assertEquals(0, r.exit(), "raw HTML is cleaned, not refused: " + r);
        String html = site.read("tin-tuc/x/index.html");
        String body = html.substring(html.indexOf("một</a>") - 20, html.indexOf("năm</a>") + 10);
        assertTrue(body.contains("<a>một</a>"), body);
        assertTrue(body.contains("<a href=\"tel:+842613123456\">hai</a>"), body);
        assertTrue(body.contains("<a>ba</a>"), body);
        assertTrue(body.contains("<img alt=\"bốn\">"), body);
        assertTrue(body.contains("href=\"../\">năm</a>"), body);
    }

    @Test
    void commonmarkEmptiesWhatIsLeftAndKeepsTel() {
        // Without a page there is no file to name: renderMarkdown (the spec examples) shows the sanitiser alone.
        MarkdownRenderer renderer = new MarkdownRenderer(false, new RelativeUrls(false));
        assertEquals("<p><a href=\"\">x</a></p>\n", renderer.renderMarkdown("[x](javascript:alert(1))"));
        assertEquals("<p><a href=\"\">x</a></p>\n", renderer.renderMarkdown("[x](data:text/html,abc)"));
        assertEquals("<p><img src=\"\" alt=\"x\" /></p>\n", renderer.renderMarkdown("![x](data:image/png;base64,AA)"));
        assertEquals("<p><a href=\"tel:+842613123456\">gọi</a></p>\n", renderer.renderMarkdown("[gọi](tel:+842613123456)"));
        assertEquals("<p><a href=\"mailto:a@example.gov.vn\">thư</a></p>\n", renderer.renderMarkdown("[thư](mailto:a@example.gov.vn)"));
    }

    @Test
    void goodAddressesBuild() {
        TinySite site = new TinySite(dir).write("content/site.yaml", TinySite.SITE_YAML
                + "menu:\n  - title: Cổng tỉnh\n    url: https://example.gov.vn/\n  - title: Tin\n    url: /tin-tuc/\n")
                .write(FILE, "---\ntitle: Tin\ndate: 2024-05-17\nimage: https://example.gov.vn/anh.jpg\nimage_alt: Ảnh\n---\n"
                        + "[Gọi](tel:+842613123456), [thư](mailto:vanthu@example.gov.vn), [mục](#muc), <https://example.gov.vn/>.\n");
        Run r = site.build();
        assertEquals(0, r.exit(), r::toString);
        assertNull(r.messages().stream().findFirst().orElse(null));
        assertTrue(site.read("tin-tuc/x/index.html").contains("href=\"tel:+842613123456\""));
    }
}

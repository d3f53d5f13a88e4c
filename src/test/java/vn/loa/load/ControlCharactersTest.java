package vn.loa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.loa.cli.TinySite;
import vn.loa.cli.TinySite.Run;
import vn.loa.text.ControlChars;

/**
 * A control character (a vertical tab from Word, ESC, U+FFFE, a lone surrogate…) in a title or anywhere in a content
 * file built without a word and made the Atom feed unreadable. Loa refuses it where it is read, at its line: in the
 * file itself, and in a YAML value that makes one with an escape. A Markdown character reference that names one
 * ({@code &#27;}) becomes U+FFFD, as CommonMark does for {@code &#0;}, and the feed stays well-formed XML.
 */
class ControlCharactersTest {

    static final String FILE = "content/tin-tuc/x.md";

    @TempDir
    Path dir;

    private BuildAndCheck page(String text) {
        TinySite site = new TinySite(dir).write(FILE, text);
        return BuildAndCheck.of(site);
    }

    @ParameterizedTest(name = "U+{0} in the title")
    @CsvSource({"000B", "000C", "001B", "007F", "0085", "FFFE", "FFFF", "FDD0"})
    void aForbiddenCharacterWrittenInTheTitle(String hex) {
        String c = new String(Character.toChars(Integer.parseInt(hex, 16)));
        page("---\ntitle: Hội" + c + "thảo\ndate: 2024-05-17\n---\nNội dung.\n")
                .reports(FILE, 2, "U+" + hex, "xóa ký tự đó");
    }

    @Test
    void aForbiddenCharacterInTheBodyIsReportedAtItsLine() {
        page("---\ntitle: Hội thảo\ndate: 2024-05-17\n---\nMột.\n\nHai \u001B[31m đỏ.\n").reports(FILE, 7, "U+001B (ESC)");
    }

    @Test
    void aForbiddenCharacterInSiteYaml() {
        TinySite site = new TinySite(dir).write("content/site.yaml", "title: Cổng\ndescription: Mô\u0008 tả\n");
        BuildAndCheck.of(site).reports("content/site.yaml", 2, "U+0008");
    }

    @ParameterizedTest(name = "the escape {0}")
    @CsvSource(delimiter = '|', value = {
            "\\e | U+001B",
            "\\x0b | U+000B",
            "\\0 | U+0000",
            "\\uFFFE | U+FFFE",
            "\\uD800 | U+D800",
            "\\x85 | U+0085"})
    void anEscapeInDoubleQuotesThatMakesOne(String escape, String code) {
        page("---\ntitle: Hội thảo\ndate: 2024-05-17\nsummary: \"Tóm" + escape + "tắt\"\n---\nNội dung.\n")
                .reports(FILE, 4, code, "ngoặc kép");
    }

    @Test
    void anEscapeInAnEventAndInTags() {
        page("---\ntitle: Hội thảo\ndate: 2024-05-17\ntags: [một, \"h\\tai\", \"ba\\e\"]\n---\nNội dung.\n")
                .reports(FILE, 4, "U+001B");
        page("---\ntitle: Hội thảo\ndate: 2024-05-17\nevents:\n  - title: Tọa đàm\n    start: 2024-05-17\n"
                + "    location: \"Hội trường\\x07\"\n---\nNội dung.\n").reports(FILE, 7, "U+0007");
    }

    @Test
    void characterReferencesInMarkdownBecomeTheReplacementCharacter() throws Exception {
        TinySite site = new TinySite(dir).write(FILE, "---\ntitle: Hội thảo\ndate: 2024-05-17\n---\n"
                + "Chữ&#27;lạ &#xFFFE; và &#xD800; cùng [liên kết](/tin-tuc/ \"tiêu&#11;đề\") và <b>in&#27;đậm</b>.\n");
        Run r = site.build();
        assertEquals(0, r.exit(), r::toString);
        String html = site.read("tin-tuc/x/index.html");
        assertTrue(ControlChars.clean(html), "no forbidden character in the page");
        assertFalse(html.matches("(?s).*&#(x1b|27|xfffe|xd800|11|xb);.*"), "nor a reference to one");
        assertTrue(html.contains("Chữ\uFFFDlạ \uFFFD và \uFFFD cùng"), html);
        for (String feed : TinySite.tree(site.output).keySet().stream().filter(f -> f.endsWith(".xml")).toList()) {
            byte[] xml = site.read(feed).getBytes(StandardCharsets.UTF_8);
            // Throws on any character XML 1.0 does not allow.
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        }
        assertTrue(site.read("tin-tuc/index.xml").contains("Chữ\uFFFDlạ"), "the summary made from the text");
    }

    @Test
    void tabsAndLineEndsStay() {
        TinySite site = new TinySite(dir).write(FILE, "---\r\ntitle: Hội thảo\r\ndate: 2024-05-17\r\n---\r\nCột\tmột\r\n");
        assertEquals(0, site.build().exit());
    }
}

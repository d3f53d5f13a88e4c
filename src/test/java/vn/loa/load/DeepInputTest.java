package vn.loa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.cli.TinySite;

/**
 * Input made to nest without end — YAML aliases that hold themselves, lists a hundred thousand levels deep, "billion
 * laughs", Markdown quotes and lists thousands of levels deep — is a content error at its line in {@code loa build}
 * and {@code loa check}, never a {@code StackOverflowError}, an {@code OutOfMemoryError} or a hang, and the other
 * files are still read and checked.
 */
class DeepInputTest {

    static final String FILE = "content/tin-tuc/x.md";
    /** A page with a broken link: only {@code loa check} reports it, so it shows that the check went on. */
    static final String OTHER = "content/tin-tuc/khac.md";

    @TempDir
    Path dir;

    /** 100,000 lists inside each other, written on one line. */
    static final String DEEP_FLOW = "[".repeat(100_000) + "]".repeat(100_000);

    /** The nine levels of "billion laughs": 10^9 copies of "lol" once every alias is followed. */
    static String billionLaughs() {
        StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            sb.append(c).append(": &").append(c).append(" [").append(("*" + p + ",").repeat(8)).append('*').append(p).append("]\n");
        }
        return sb.toString();
    }

    private TinySite site() {
        return new TinySite(dir).write(OTHER, "---\ntitle: Tin khác\ndate: 2024-05-18\n---\nXem [tin](/tin-tuc/khong-co/).\n");
    }

    private BuildAndCheck page(String frontMatter, String body) {
        TinySite site = site().write(FILE, "---\ntitle: Tin\ndate: 2024-05-17\n" + frontMatter + "---\n" + body);
        return BuildAndCheck.of(site).reports(FILE, expectedLine, expectedFragments);
    }

    private int expectedLine;
    private String[] expectedFragments;

    private DeepInputTest expect(int line, String... fragments) {
        this.expectedLine = line;
        this.expectedFragments = fragments;
        return this;
    }

    /** The check went on past the broken file: it reports the other page's broken link too. */
    private static void keptGoing(BuildAndCheck r) {
        assertTrue(r.checkErrors().stream().anyMatch(m -> m.file().equals(OTHER) && m.problem().contains("/tin-tuc/khong-co/")),
                r::toString);
    }

    // ------------------------------------------------------------------ YAML in front matter

    @Test
    void aListThatHoldsItselfInFrontMatter() {
        keptGoing(expect(4, "'*a'", "&a").page("tags: &a [*a]\n", "Nội dung.\n"));
    }

    @Test
    void aGroupMergedIntoItselfDoesNotHang() {
        keptGoing(expect(4, "'*a'").page("signer: &a {<<: *a}\n", "Nội dung.\n"));
    }

    @Test
    void aHundredThousandNestedListsInFrontMatter() {
        BuildAndCheck r = expect(4, "lồng vào nhau quá sâu").page("tags: " + DEEP_FLOW + "\n", "Nội dung.\n");
        keptGoing(r);
    }

    @Test
    void deeplyIndentedBlockListsInFrontMatter() {
        StringBuilder yaml = new StringBuilder("tags:\n");
        for (int i = 0; i < 200; i++) {
            yaml.append("  ".repeat(i + 1)).append("-\n");
        }
        // The root group is level 1, each "-" one more: the list on line 4 + 32 is level 33.
        keptGoing(expect(4 + BoundedYamlParser.MAX_DEPTH, "lồng vào nhau quá sâu").page(yaml.toString(), "Nội dung.\n"));
    }

    @Test
    void billionLaughsInFrontMatter() {
        // Line 5 holds 'a:', line 6 'b:' with nine aliases to a list; the eleventh is on line 7 ('c:'), past ten.
        keptGoing(expect(7, "quá nhiều bí danh").page("laughs:\n" + billionLaughs().indent(2), "Nội dung.\n"));
    }

    // ------------------------------------------------------------------ site.yaml and theme.yaml

    @Test
    void deepInputInSiteYaml() {
        TinySite site = site().write("content/site.yaml", TinySite.SITE_YAML + "menu: " + DEEP_FLOW + "\n");
        BuildAndCheck r = BuildAndCheck.of(site).reports("content/site.yaml", 2, "lồng vào nhau quá sâu");
        keptGoing(r);
    }

    @Test
    void billionLaughsInSiteYaml() {
        TinySite site = site().write("content/site.yaml", TinySite.SITE_YAML + billionLaughs());
        keptGoing(BuildAndCheck.of(site).reports("content/site.yaml", 4, "quá nhiều bí danh"));
    }

    @Test
    void aRecursiveAliasInSiteYaml() {
        TinySite site = site().write("content/site.yaml", TinySite.SITE_YAML + "params: &p {self: *p}\n");
        keptGoing(BuildAndCheck.of(site).reports("content/site.yaml", 2, "'*p'"));
    }

    @Test
    void deepInputInThemeYaml() {
        TinySite site = site().write("content/site.yaml", TinySite.SITE_YAML + "theme: rieng\n")
                .write("themes/rieng/theme.yaml", "extends: default\nx: " + DEEP_FLOW + "\n");
        keptGoing(BuildAndCheck.of(site).reports("themes/rieng/theme.yaml", 2, "lồng vào nhau quá sâu"));
    }

    @Test
    void billionLaughsAndARecursiveAliasInThemeYaml() {
        TinySite site = site().write("content/site.yaml", TinySite.SITE_YAML + "theme: rieng\n")
                .write("themes/rieng/theme.yaml", "extends: default\nx: &x [*x]\n");
        keptGoing(BuildAndCheck.of(site).reports("themes/rieng/theme.yaml", 2, "'*x'"));
        site.write("themes/rieng/theme.yaml", "extends: default\n" + billionLaughs());
        keptGoing(BuildAndCheck.of(site).reports("themes/rieng/theme.yaml", 4, "quá nhiều bí danh"));
    }

    @Test
    void deepInputInTheStringsOfATheme() {
        TinySite site = site().write("content/site.yaml", TinySite.SITE_YAML + "theme: rieng\n")
                .write("themes/rieng/theme.yaml", "extends: default\n")
                .write("themes/rieng/i18n/vi.yaml", "doc_them: Đọc thêm\nx: &x [*x]\n");
        keptGoing(BuildAndCheck.of(site).reports("themes/rieng/i18n/vi.yaml", 2, "'*x'"));
        site.write("themes/rieng/i18n/vi.yaml", "doc_them: " + DEEP_FLOW + "\n");
        keptGoing(BuildAndCheck.of(site).reports("themes/rieng/i18n/vi.yaml", 1, "lồng vào nhau quá sâu"));
    }

    // ------------------------------------------------------------------ Markdown

    @Test
    void threeThousandNestedBlockQuotes() {
        keptGoing(expect(7, "lồng nhau quá sâu", "'>'").page("", "Mở đầu.\n\n" + ">".repeat(3000) + " Trích dẫn.\n"));
    }

    @Test
    void twoThousandNestedLists() {
        keptGoing(expect(5, "lồng nhau quá sâu").page("", "- ".repeat(2000) + "mục\n"));
    }

    @Test
    void nestedListsWrittenWithIndentation() {
        // Two hundred levels: the source grows with the square of the depth (2,000 would be 4 MB of spaces).
        StringBuilder md = new StringBuilder("Danh sách:\n\n");
        for (int i = 0; i < 200; i++) {
            md.append("  ".repeat(i)).append("- mục ").append(i).append('\n');
        }
        // Item i (from 0, on line 7 + i) is level 2i + 2 of the tree and its paragraph level 2i + 3: item 49's
        // paragraph is level 101, one too many.
        keptGoing(expect(7 + 49, "lồng nhau quá sâu").page("", md.toString()));
    }

    @Test
    void deeplyNestedEmphasis() {
        String deep = "*a ".repeat(20_000) + "giữa" + " b*".repeat(20_000);
        keptGoing(expect(7, "quá nhiều dấu '*'").page("", "Mở đầu.\n\nĐoạn hai.\n" + deep + "\n"));
    }

    @Test
    void emphasisNestedJustBeyondTheTreeLimit() {
        // Few enough marks for the inline parser, too deep for the renderer.
        String deep = "**a ".repeat(150) + "giữa" + " b**".repeat(150);
        keptGoing(expect(5, "lồng nhau quá sâu").page("", deep + "\n"));
    }

    @Test
    void deeplyNestedImagesAndLinks() {
        String images = "![".repeat(20_000) + "ảnh" + "](a.png)".repeat(20_000);
        keptGoing(expect(5, "'['").page("", images + "\n"));
        String links = "[".repeat(20_000) + "chữ" + "](/tin-tuc/)".repeat(20_000);
        assertEquals(1, expect(5, "'['").page("", links + "\n").build().exit());
    }

    @Test
    void deepEmphasisInATableCell() {
        String cell = "_a ".repeat(20_000) + "x" + " b_".repeat(20_000);
        keptGoing(expect(7, "quá nhiều dấu").page("", "| Cột |\n|---|\n| " + cell + " |\n"));
    }

    @Test
    void ordinaryEmphasisIsFarBelowTheLimits() {
        // Hundreds of bold words in one paragraph, a few levels of lists and quotes: a page, not an attack.
        String bold = "Các đơn vị **tham gia** và *phối hợp*, ".repeat(200);
        String nested = "- một\n  - hai\n    - ba\n      > trích *dẫn **đậm [liên kết](/tin-tuc/)***\n";
        TinySite site = site().write(FILE, "---\ntitle: Tin\ndate: 2024-05-17\n---\n" + bold + "\n\n" + nested);
        BuildAndCheck r = BuildAndCheck.of(site);
        assertEquals(0, r.build().exit(), r::toString);
        assertTrue(r.checkErrors().stream().noneMatch(m -> m.file().equals(FILE)), r::toString);
    }
}

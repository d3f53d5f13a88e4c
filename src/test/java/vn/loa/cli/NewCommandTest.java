package vn.loa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.cli.TinySite.Run;

/** {@code loa new}: a new file with today's date and a skeleton that builds; never an overwrite. */
class NewCommandTest {

    static final String TITLE = "Kế hoạch Đổi mới sáng tạo 2026";
    static final String PLAN = "content/ke-hoach/ke-hoach-doi-moi-sang-tao-2026.md";

    @TempDir
    Path dir;

    @Test
    void newPlanBuildsAsADraft() throws IOException {
        TinySite site = new TinySite(dir);
        LocalDate before = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Run r = TinySite.run("new", "plan", TITLE, "--source", site.source.toString());
        LocalDate after = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains(PLAN), r::toString);

        Path file = site.source.resolve(PLAN);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("---\n"), text);
        assertTrue(text.contains("title: \"" + TITLE + "\"\n"), text);
        assertTrue(text.contains("date: " + before + "\n") || text.contains("date: " + after + "\n"), () -> "today's date: " + text);
        assertTrue(text.contains("draft: true\n"), text);
        for (String key : new String[] {"issuer:", "number:", "place:", "basis:", "themes:", "slogans:", "recipients:", "signer:", "events:"}) {
            assertTrue(text.contains("\n" + key), () -> "the plan skeleton has '" + key + "': " + text);
        }

        // A draft: left out of a normal build, built with --drafts.
        Run normal = site.build();
        assertEquals(0, normal.exit(), normal::toString);
        assertFalse(Files.exists(site.output.resolve("ke-hoach/ke-hoach-doi-moi-sang-tao-2026/index.html")));
        Run drafts = site.build("--drafts");
        assertEquals(0, drafts.exit(), drafts::toString);
        String html = site.read("ke-hoach/ke-hoach-doi-moi-sang-tao-2026/index.html");
        assertTrue(html.contains(TITLE), html);
    }

    @Test
    void newNewsAndPageBuild() throws IOException {
        TinySite site = new TinySite(dir);
        assertEquals(0, TinySite.run("new", "news", "Hội thảo “Chuyển đổi số” năm 2026", "--source", site.source.toString()).exit());
        assertEquals(0, TinySite.run("new", "page", "Giới thiệu Sở", "--source", site.source.toString()).exit());
        assertTrue(Files.exists(site.source.resolve("content/tin-tuc/hoi-thao-chuyen-doi-so-nam-2026.md")));
        assertTrue(Files.exists(site.source.resolve("content/trang/gioi-thieu-so.md")));
        Run r = site.build("--drafts");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(site.read("tin-tuc/hoi-thao-chuyen-doi-so-nam-2026/index.html").contains("Hội thảo “Chuyển đổi số” năm 2026"));
        assertTrue(Files.exists(site.output.resolve("gioi-thieu-so/index.html")));
    }

    @Test
    void titleWithQuotesAndBackslashesStaysExact() throws IOException {
        TinySite site = new TinySite(dir);
        String title = "Tọa đàm \"Khoa học\" \\ công nghệ: 2026";
        assertEquals(0, TinySite.run("new", "news", title, "--source", site.source.toString()).exit());
        Run r = site.build("--drafts");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(site.read("tin-tuc/toa-dam-khoa-hoc-cong-nghe-2026/index.html").contains("Tọa đàm &quot;Khoa học&quot; \\ công nghệ: 2026"));
    }

    @Test
    void decomposedTitleGivesTheSameFile() {
        TinySite site = new TinySite(dir);
        String nfd = java.text.Normalizer.normalize(TITLE, java.text.Normalizer.Form.NFD);
        assertEquals(0, TinySite.run("new", "plan", nfd, "--source", site.source.toString()).exit());
        assertTrue(Files.exists(site.source.resolve(PLAN)));
    }

    @Test
    void refusesToOverwrite() throws IOException {
        TinySite site = new TinySite(dir);
        site.write(PLAN, "---\ntitle: Bản đang soạn\ndate: 2026-01-05\n---\nNội dung đang soạn.\n");
        Map<String, String> before = TinySite.tree(dir);
        Run r = TinySite.run("new", "plan", TITLE, "--source", site.source.toString());
        assertEquals(1, r.exit(), r::toString);
        TinySite.assertMessage(r, PLAN, 0, "đã có");
        TinySite.assertSameTree(before, TinySite.tree(dir), "the file is unchanged");
    }

    @Test
    void refusesWhenABundleHasTheName() throws IOException {
        TinySite site = new TinySite(dir);
        site.write("content/ke-hoach/ke-hoach-doi-moi-sang-tao-2026/index.md", "---\ntitle: Bản đang soạn\ndate: 2026-01-05\n---\n");
        Map<String, String> before = TinySite.tree(dir);
        Run r = TinySite.run("new", "plan", TITLE, "--source", site.source.toString());
        assertEquals(1, r.exit(), r::toString);
        TinySite.assertMessage(r, "content/ke-hoach/ke-hoach-doi-moi-sang-tao-2026/index.md", 0, "đã có");
        TinySite.assertSameTree(before, TinySite.tree(dir), "nothing changes");
    }

    @Test
    void refusesOutsideAPortal() {
        Path empty = dir.resolve("khong-phai-cong");
        Run r = TinySite.run("new", "plan", TITLE, "--source", empty.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("content/"), r::toString);
        assertFalse(Files.exists(empty), "no stray content/ folder is created");
    }
}

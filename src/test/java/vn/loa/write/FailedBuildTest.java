package vn.loa.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.LoaException;
import vn.loa.engine.Engine;
import vn.loa.engine.SiteFiles;
import vn.loa.load.ContentErrors;

/**
 * A build that fails leaves the output exactly as it was (every file, its bytes and its time of
 * change) and no folder beside it, whether it fails before any output is made (a template that
 * does not compile, a content error) or while outputs are made and staged (a template that fails
 * on some pages only); the next good build is the clean build's.
 */
class FailedBuildTest {

    static final String NEWS = "content/tin-tuc/trao-tang-can-doi-chung-cho-cac-cho.md";

    @TempDir
    Path dir;

    SiteFiles site;
    Map<String, String> before;

    @BeforeEach
    void goodBuild() {
        site = SiteFiles.sample(dir);
        site.build();
        before = OutputSnapshot.exactly(site.output);
    }

    @Test
    void aTemplateThatDoesNotCompile() {
        ownTheme();
        site.write("themes/rieng/templates/partials/tags.peb", "{% if page.tags is not empty %}<p>thẻ</p>\n");
        LoaException e = assertThrows(LoaException.class, site::build);
        assertTrue(String.valueOf(e.file()).contains("tags.peb"), e::getMessage);
        assertUntouched();
        fixAndBuild();
    }

    @Test
    void aTemplateThatFailsWhileOutputsAreMadeAndStaged() {
        ownTheme();
        // Every output is made again (the site's settings changed), the search index first; only plans
        // and news use this partial, and a missing variable is an error in strict mode.
        site.replace("content/site.yaml", "phone: 0200 3812 345", "phone: 0200 3812 999");
        site.write("themes/rieng/templates/partials/tags.peb", "<p>{{ bien_khong_co }}</p>\n");
        LoaException e = assertThrows(LoaException.class, site::build);
        assertTrue(String.valueOf(e.file()).contains("tags.peb"), e::getMessage);
        assertUntouched();
        fixAndBuild();
    }

    @Test
    void aTemplateThatFailsInAnEngineKeptAcrossBuilds() {
        Engine engine = new Engine(site.options());
        engine.build();
        ownTheme();
        site.replace(NEWS, "title: Trao tặng cân đối chứng cho 24 chợ", "title: Trao tặng cân đối chứng cho 25 chợ");
        site.write("themes/rieng/templates/partials/tags.peb", "<p>{{ bien_khong_co }}</p>\n");
        assertThrows(LoaException.class, engine::build);
        assertUntouched();
        site.delete("themes/rieng/templates/partials/tags.peb");
        engine.build();
        assertSameAsCleanBuild();
    }

    @Test
    void aContentError() {
        site.replace(NEWS, "date: 2022-09-15", "date: ngày mai");
        site.write("content/tin-tuc/bai-moi.md", "---\ntitle: Bài mới\ndate: 2024-05-17\n---\n\nNội dung.\n");
        ContentErrors e = assertThrows(ContentErrors.class, site::build);
        assertEquals(Path.of(NEWS), e.errors().get(0).file());
        assertUntouched();
        site.replace(NEWS, "date: ngày mai", "date: 2022-09-16");
        site.build();
        assertSameAsCleanBuild();
    }

    @Test
    void aFileOfTheContentThatTakesTheNameOfAnOutput() {
        site.write("content/robots.txt", "User-agent: *\n");
        assertThrows(LoaException.class, site::build);
        assertUntouched();
        site.delete("content/robots.txt");
        site.build();
        assertSameAsCleanBuild();
    }

    private void ownTheme() {
        site.replace("content/site.yaml", "theme: default", "theme: rieng");
        site.write("themes/rieng/theme.yaml", "extends: default\n");
    }

    private void fixAndBuild() {
        site.delete("themes/rieng/templates/partials/tags.peb");
        site.build();
        assertSameAsCleanBuild();
    }

    private void assertUntouched() {
        assertEquals(before, OutputSnapshot.exactly(site.output), "the output is exactly as it was");
        assertEquals(List.of(), OutputSnapshot.beside(site.output), "no folder is left beside the output");
    }

    private void assertSameAsCleanBuild() {
        Map<String, String> clean = site.cleanBuild(dir.resolve("sach"));
        SiteFiles.assertSameTree(clean, SiteFiles.tree(site.output), "the next good build is the clean build's");
        assertEquals(List.of(), OutputSnapshot.beside(site.output));
    }
}

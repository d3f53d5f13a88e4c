package vn.loa.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.cli.TinySite;
import vn.loa.cli.TinySite.Run;
import vn.loa.write.SiteWriter;

/** 11. Where Loa may write: never over a folder it did not make, never over its own sources. */
class OutputFolderTest {

    @TempDir
    Path dir;

    @Test
    void nonEmptyFolderLoaDidNotMakeIsRefused() throws IOException {
        TinySite site = new TinySite(dir);
        Files.createDirectories(site.output);
        Files.writeString(site.output.resolve("luu-tru.txt"), "hồ sơ quan trọng");
        Map<String, String> before = TinySite.tree(dir);
        Run r = site.build();
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("không do Loa tạo ra"), r::toString);
        assertTrue(r.err().contains("cách sửa:"), r::toString);
        TinySite.assertSameTree(before, TinySite.tree(dir), "the folder and everything beside it are untouched");
    }

    @Test
    void folderLoaMadeIsReplaced() throws IOException {
        TinySite site = new TinySite(dir);
        site.buildGood();
        assertTrue(Files.exists(site.output.resolve(SiteWriter.MARK)));
        Files.writeString(site.output.resolve("cu.txt"), "tệp cũ");
        site.write("content/tin-tuc/moi.md", "---\ntitle: Tin mới\ndate: 2024-05-18\n---\nMới.\n");
        Map<String, String> outside = site.treeOutsideOutput();
        site.buildGood();
        assertFalse(Files.exists(site.output.resolve("cu.txt")), "the old output is replaced whole");
        assertTrue(Files.exists(site.output.resolve("tin-tuc/moi/index.html")));
        TinySite.assertSameTree(outside, site.treeOutsideOutput(), "no temporary folder is left beside the output");
    }

    @Test
    void emptyFolderIsUsed() throws IOException {
        TinySite site = new TinySite(dir);
        Files.createDirectories(site.output);
        site.buildGood();
    }

    @Test
    void missingParentsAreCreated() {
        TinySite site = new TinySite(dir);
        Run r = TinySite.run("build", "--source", site.source.toString(), "--output", dir.resolve("a/b/site").toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Files.exists(dir.resolve("a/b/site/index.html")));
    }

    @Test
    void fileInsteadOfAFolderIsRefused() throws IOException {
        TinySite site = new TinySite(dir);
        Files.writeString(site.output, "không phải thư mục");
        Map<String, String> before = TinySite.tree(dir);
        Run r = site.build();
        assertEquals(1, r.exit(), r::toString);
        TinySite.assertSameTree(before, TinySite.tree(dir), "nothing changes");
    }

    @Test
    void linkedOutputIsRefused() throws IOException {
        TinySite site = new TinySite(dir);
        Path real = dir.resolve("that");
        Files.createDirectories(real);
        Files.createSymbolicLink(site.output, real);
        Map<String, String> before = TinySite.tree(dir);
        Run r = site.build();
        assertEquals(1, r.exit(), r::toString);
        TinySite.assertSameTree(before, TinySite.tree(dir), "nothing changes");
    }

    @Test
    void outputInsideContentIsRefused() {
        TinySite site = new TinySite(dir);
        Map<String, String> before = TinySite.tree(dir);
        Run r = TinySite.run("build", "--source", site.source.toString(), "--output", site.source.resolve("content/site").toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("content/"), r::toString);
        TinySite.assertSameTree(before, TinySite.tree(dir), "nothing is written");
    }

    @Test
    void outputInsideThemesIsRefused() {
        TinySite site = new TinySite(dir);
        Run r = TinySite.run("build", "--source", site.source.toString(), "--output", site.source.resolve("themes/site").toString());
        assertEquals(1, r.exit(), r::toString);
        assertFalse(Files.exists(site.source.resolve("themes")));
    }

    @Test
    void outputAtTheSiteRootIsRefused() {
        TinySite site = new TinySite(dir);
        Map<String, String> before = TinySite.tree(dir);
        Run r = TinySite.run("build", "--source", site.source.toString(), "--output", site.source.toString());
        assertEquals(1, r.exit(), r::toString);
        TinySite.assertSameTree(before, TinySite.tree(dir), "nothing changes");
    }

    @Test
    void outputAboveTheSiteRootIsRefusedEvenWhenLoaMadeIt() throws IOException {
        // A portal kept inside an old output folder must not be swept away with it.
        TinySite site = new TinySite(dir);
        Files.writeString(dir.resolve(SiteWriter.MARK), "");
        Map<String, String> before = TinySite.tree(dir);
        Run r = TinySite.run("build", "--source", site.source.toString(), "--output", dir.toString());
        assertEquals(1, r.exit(), r::toString);
        TinySite.assertSameTree(before, TinySite.tree(dir), "nothing changes");
    }

    @Test
    void defaultOutputIsSiteBesideContent() {
        TinySite site = new TinySite(dir);
        Run r = TinySite.run("build", "--source", site.source.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Files.exists(site.source.resolve("site/index.html")));
    }
}

package vn.loa.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of the output changed or deleted by hand after a build is made again by the next one (a
 * new process, which looks at the output before trusting the manifest of the last build): even
 * when the edit keeps the file's size (a letter fixed in an HTML file), and even when the file is
 * one of the several files of one output (the search index).
 */
class OutputEditedByHandTest {

    @TempDir
    Path dir;

    SiteFiles site;

    @BeforeEach
    void build() {
        site = Portal.create(dir.resolve("cong"), 10).files;
        site.build();
    }

    @Test
    void aFileEditedByHandKeepingItsSizeIsMadeAgain() throws IOException {
        for (String file : new String[] {"tin-tuc/index.html", "tin-tuc/hop-bao-a/index.html"}) {
            Path p = site.output.resolve(file);
            Files.writeString(p, Files.readString(p).replace("<html", "<HTML"));
            // Later than the build for sure, even on a clock of two-second ticks.
            Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() + 4000));
        }
        site.build();
        assertSameAsCleanBuild();
    }

    @Test
    void aFileOfTheSearchIndexEditedOrDeletedByHandIsMadeAgain() throws IOException {
        Path facets = site.output.resolve("tim-kiem/chi-muc/facets.json");
        Files.writeString(facets, Files.readString(facets) + " ");
        Files.delete(site.output.resolve("tim-kiem/chi-muc/manifest.json"));
        site.build();
        assertSameAsCleanBuild();
    }

    /**
     * A new process trusts the manifest without listing every folder when no folder changed after
     * the build: a file added by hand changes its folder's time, even when the file itself carries
     * an old time (copied with its times kept), and is removed.
     */
    @Test
    void aFileAddedByHandWithAnOldTimeIsRemoved() throws Exception {
        waitPastTheMark();
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 86_400_000L);
        for (String file : new String[] {"tin-tuc/hop-bao-a/ghi-chu.html", "them.txt", "thu-muc-moi/trang.html"}) {
            Path p = site.output.resolve(file);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "thêm bằng tay");
            Files.setLastModifiedTime(p, old);
        }
        BuildResult r = site.build();
        assertTrue(r.removed() >= 3, () -> "removed " + r.removed());
        assertSameAsCleanBuild();
    }

    /**
     * A file replaced by hand with one of the same size and an older time (an editor that saves by
     * renaming a new file over the old one, with its time kept) is found by its folder's time, and made again.
     */
    @Test
    void aFileReplacedByHandKeepingItsSizeAndAnOldTimeIsMadeAgain() throws Exception {
        waitPastTheMark();
        Path p = site.output.resolve("tin-tuc/hop-bao-a/index.html");
        Path tmp = p.resolveSibling("index.html.tmp");
        Files.writeString(tmp, Files.readString(p).replace("<html", "<HTML"));
        Files.setLastModifiedTime(tmp, FileTime.fromMillis(System.currentTimeMillis() - 86_400_000L));
        Files.move(tmp, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        site.build();
        assertSameAsCleanBuild();
    }

    /**
     * A file system's clock ticks every few milliseconds (a second on some): what changes just after
     * a build ends can carry the very time of the output's mark. A file added then, and a file edited
     * in place keeping its size, are still found (here their times and their folders' are set to the
     * mark's, as such a tick gives them).
     */
    @Test
    void changesInTheTickOfTheMarkAreFound() throws IOException {
        FileTime mark = Files.getLastModifiedTime(site.output.resolve(vn.loa.write.SiteWriter.MARK));
        Path added = site.output.resolve("tin-tuc/hop-bao-a/ghi-chu.html");
        Files.writeString(added, "thêm bằng tay");
        Path edited = site.output.resolve("tin-tuc/index.html");
        Files.writeString(edited, Files.readString(edited).replace("<html", "<HTML"));
        for (Path p : new Path[] {added, added.getParent(), edited, site.output}) {
            Files.setLastModifiedTime(p, mark);
        }
        BuildResult r = site.build();
        assertEquals(1, r.removed(), "removed");
        assertSameAsCleanBuild();
    }

    /** A file deleted by hand where nothing else changed is made again by a new process. */
    @Test
    void aFileDeletedByHandIsMadeAgain() throws IOException {
        Files.delete(site.output.resolve("tin-tuc/hop-bao-a/index.html"));
        Files.delete(site.output.resolve("index.html"));
        BuildResult r = site.build();
        assertTrue(r.written() >= 2, () -> "written " + r.written());
        assertSameAsCleanBuild();
    }

    /** With nothing changed, in the sources or by hand in the output, a new process writes and removes nothing. */
    @Test
    void nothingChangedWritesNothing() {
        BuildResult r = site.build();
        assertEquals(0, r.written(), "written");
        assertEquals(0, r.removed(), "removed");
        assertEquals(0, r.pagesRead(), "pages read");
    }

    /**
     * Waits until the file system's clock has passed the time of the output's mark, so that a folder
     * changed now has a later time (the clock of a file system ticks in milliseconds or coarser).
     */
    private void waitPastTheMark() throws IOException, InterruptedException {
        long mark = Files.getLastModifiedTime(site.output.resolve(vn.loa.write.SiteWriter.MARK)).toMillis();
        Path probe = dir.resolve("dong-ho");
        for (int i = 0; i < 2000; i++) {
            Files.writeString(probe, "x");
            if (Files.getLastModifiedTime(probe).toMillis() > mark) {
                return;
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("the file system's clock does not move");
    }

    private void assertSameAsCleanBuild() {
        SiteFiles.assertSameTree(site.cleanBuild(dir.resolve("sach")), SiteFiles.tree(site.output), "the hand edits are undone");
    }
}

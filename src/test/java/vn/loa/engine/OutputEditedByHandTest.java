package vn.loa.engine;

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

    private void assertSameAsCleanBuild() {
        SiteFiles.assertSameTree(site.cleanBuild(dir.resolve("sach")), SiteFiles.tree(site.output), "the hand edits are undone");
    }
}

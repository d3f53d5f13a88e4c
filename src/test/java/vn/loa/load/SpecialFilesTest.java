package vn.loa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.cli.TinySite;

/**
 * Only regular files are read. A named pipe waits for a writer for ever, a device never ends: one in {@code content/}
 * or {@code themes/}, or a symbolic link to one, hung the build. Now each is an error naming the file, in
 * {@code loa build} and {@code loa check}, and the other files are still read.
 */
class SpecialFilesTest {

    static final String OTHER = "content/tin-tuc/khac.md";

    @TempDir
    Path dir;

    private TinySite site() {
        return new TinySite(dir).write(OTHER, "---\ntitle: Tin khác\ndate: 2024-05-18\n---\nXem [tin](/tin-tuc/khong-co/).\n");
    }

    /** Makes a named pipe with {@code mkfifo}; the test is skipped where there is none. */
    private static void fifo(Path p) throws IOException, InterruptedException {
        Files.createDirectories(p.getParent());
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo on this system");
            return;
        }
        assumeTrue(mk.waitFor() == 0 && Files.exists(p), "mkfifo failed");
    }

    private static void keptGoing(BuildAndCheck r) {
        assertTrue(r.checkErrors().stream().anyMatch(m -> m.file().equals(OTHER) && m.problem().contains("/tin-tuc/khong-co/")),
                r::toString);
    }

    @Test
    void aNamedPipeNamedLikeAPage() throws Exception {
        TinySite site = site();
        fifo(site.source.resolve("content/tin-tuc/ong.md"));
        keptGoing(BuildAndCheck.of(site).reports("content/tin-tuc/ong.md", 0, "không phải một tệp thường", "ống dẫn"));
    }

    @Test
    void aNamedPipeAmongTheFilesToCopy() throws Exception {
        TinySite site = site();
        fifo(site.source.resolve("content/tep/bao-cao.pdf"));
        keptGoing(BuildAndCheck.of(site).reports("content/tep/bao-cao.pdf", 0, "không phải một tệp thường"));
    }

    @Test
    void aSymbolicLinkToANamedPipeInsideContent() throws Exception {
        TinySite site = site();
        Path pipe = site.source.resolve("content/.an/ong");
        fifo(pipe);
        Path link = site.source.resolve("content/tin-tuc/lien-ket.md");
        Files.createSymbolicLink(link, link.getParent().relativize(pipe));
        keptGoing(BuildAndCheck.of(site).reports("content/tin-tuc/lien-ket.md", 0, "không phải một tệp thường",
                "liên kết tượng trưng"));
    }

    @Test
    void aSymbolicLinkToADevice() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero");
        TinySite site = site();
        Files.createSymbolicLink(site.source.resolve("content/tin-tuc/vo-tan.md"), zero);
        keptGoing(BuildAndCheck.of(site).reports("content/tin-tuc/vo-tan.md", 0, "ra ngoài thư mục content/"));
    }

    @Test
    void siteYamlAsANamedPipe() throws Exception {
        TinySite site = site();
        site.delete("content/site.yaml");
        fifo(site.source.resolve("content/site.yaml"));
        keptGoing(BuildAndCheck.of(site).reports("content/site.yaml", 0, "không phải một tệp thường"));
    }

    @Test
    void siteYamlAsAFolder() throws Exception {
        TinySite site = site();
        site.delete("content/site.yaml");
        Files.createDirectories(site.source.resolve("content/site.yaml"));
        BuildAndCheck r = BuildAndCheck.of(site).reports("content/site.yaml", 0, "một thư mục");
        keptGoing(r);
    }

    @Test
    void themeYamlAsANamedPipe() throws Exception {
        TinySite site = site().write("content/site.yaml", TinySite.SITE_YAML + "theme: rieng\n");
        fifo(site.source.resolve("themes/rieng/theme.yaml"));
        keptGoing(BuildAndCheck.of(site).reports("themes/rieng/theme.yaml", 0, "không phải một tệp thường"));
    }

    @Test
    void aNamedPipeInAHiddenFolderIsLeftAlone() throws Exception {
        // Folders and files whose name starts with '.' are not content: never read, never reported.
        TinySite site = new TinySite(dir);
        fifo(site.source.resolve("content/.git/ong"));
        fifo(site.source.resolve("content/tin-tuc/.ong.md"));
        assertEquals(0, BuildAndCheck.of(site).build().exit());
    }
}

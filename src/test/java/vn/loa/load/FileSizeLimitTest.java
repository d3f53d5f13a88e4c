package vn.loa.load;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.cli.TinySite;

/**
 * One Markdown file may hold at most 50 MB, a {@code site.yaml} or {@code theme.yaml} 8 MB: beyond, the file is an
 * error and is never read into memory. (The files here are sparse: they take no room on the disk.)
 */
class FileSizeLimitTest {

    @TempDir
    Path dir;

    private static void sparse(Path p, long size) throws IOException {
        Files.createDirectories(p.getParent());
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(size);
        }
    }

    @Test
    void aMarkdownFileOverFiftyMegabytes() throws IOException {
        TinySite site = new TinySite(dir);
        sparse(site.source.resolve("content/tin-tuc/khong-lo.md"), ContentLoader.MAX_MARKDOWN_BYTES + 1);
        BuildAndCheck.of(site).reports("content/tin-tuc/khong-lo.md", 0, "tệp quá lớn (50,0 MB", "đến 50 MB", "chia bài");
    }

    @Test
    void aSiteYamlOverEightMegabytes() throws IOException {
        TinySite site = new TinySite(dir);
        Files.delete(site.source.resolve("content/site.yaml"));
        sparse(site.source.resolve("content/site.yaml"), 9L * 1024 * 1024);
        BuildAndCheck.of(site).reports("content/site.yaml", 0, "tệp quá lớn (9,0 MB", "YAML đến 8 MB");
    }
}

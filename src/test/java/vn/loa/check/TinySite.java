package vn.loa.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A site of a few files under a temporary folder, written for one test case. */
final class TinySite {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    final Path root;

    TinySite(Path root) {
        this.root = root;
        file("site.yaml", "title: Cổng thử\n");
    }

    /** Writes {@code content/<path>}. */
    TinySite file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    TinySite bytes(String path, byte[] data) {
        try {
            Path p = root.resolve("content").resolve(path);
            Files.createDirectories(p.getParent());
            Files.write(p, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes a Markdown page: front matter lines 2.., then the body. */
    TinySite page(String path, String frontMatter, String body) {
        return file(path, "---\n" + frontMatter + (frontMatter.endsWith("\n") ? "" : "\n") + "---\n" + body);
    }

    CheckReport check() {
        return check(false);
    }

    CheckReport check(boolean drafts) {
        return vn.loa.engine.CheckRun.check(root, drafts, TODAY);
    }

    /** The printed lines of the findings. */
    List<String> lines() {
        return check().findings().stream().map(Finding::format).toList();
    }

    List<String> lines(boolean drafts) {
        return check(drafts).findings().stream().map(Finding::format).toList();
    }
}

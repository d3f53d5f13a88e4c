package vn.loa.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engine kept across builds is told which files changed ({@link Engine#changed}), and reads
 * them again whatever their size and time of change say: on a coarse clock (FAT and exFAT keep
 * two seconds, some network shares one) an edit that keeps a file's size can keep its time too.
 * Whatever the file is: a page, a theme's template, a file of the content, a page's attachment.
 */
class ChangedFilesTest {

    @TempDir
    Path dir;

    SiteFiles site;
    Engine engine;

    @BeforeEach
    void firstBuild() {
        site = Portal.create(dir.resolve("cong"), 10).files;
        site.write("content/tai-lieu/huong-dan.txt", "Hướng dẫn, phiên bản A\n");
        site.write("content/site.yaml", "theme: rieng\n" + site.read("content/site.yaml"));
        site.write("themes/rieng/theme.yaml", "extends: default\n");
        site.write("themes/rieng/templates/partials/tags.peb", "<p class=\"the-a\">{% for tag in page.tags %}{{ tag.name }} {% endfor %}</p>\n");
        engine = new Engine(site.options());
        engine.build();
    }

    @Test
    void aPage() {
        assertSameAsCleanBuildAfter("content/tin-tuc/hop-bao-a.md", "Bản tin thứ nhất", "Bản tin thứ nhứt");
    }

    @Test
    void aTemplateOfTheTheme() {
        assertSameAsCleanBuildAfter("themes/rieng/templates/partials/tags.peb", "the-a", "the-b");
    }

    @Test
    void aFileOfTheContent() {
        assertSameAsCleanBuildAfter("content/tai-lieu/huong-dan.txt", "phiên bản A", "phiên bản B");
    }

    @Test
    void anAttachment() {
        assertSameAsCleanBuildAfter("content/ke-hoach/ke-hoach-thu-nghiem-2024/ke-hoach-52.pdf", "kế hoạch 52", "kế hoạch 53");
    }

    /** Edits a file within one tick of the clock (same size, same time), tells the engine, builds. */
    private void assertSameAsCleanBuildAfter(String file, String from, String to) {
        assertEquals(from.getBytes(StandardCharsets.UTF_8).length, to.getBytes(StandardCharsets.UTF_8).length);
        Path p = site.root.resolve(file);
        try {
            FileTime time = Files.getLastModifiedTime(p);
            String text = Files.readString(p);
            assertTrue(text.contains(from));
            Files.writeString(p, text.replace(from, to));
            Files.setLastModifiedTime(p, time);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        engine.changed(List.of(p));
        engine.build();
        SiteFiles.assertSameTree(site.cleanBuild(dir.resolve("sach")), SiteFiles.tree(site.output), "after " + file + " changed");
    }
}

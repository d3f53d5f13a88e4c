package vn.loa.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import vn.loa.LoaException;
import vn.loa.load.ContentErrors;
import vn.loa.load.Page;
import vn.loa.load.PageReading;
import vn.loa.load.Section;

/**
 * Front matter reading: any bytes as a content file of {@code content/ke-hoach/}, decoded and read as the loader
 * does (strict UTF-8, the front matter between {@code ---} lines, YAML, every key checked). The outcome is a page
 * whose address stays in its section, or Loa's own error.
 *
 * <p>Saved inputs: {@code src/test/resources/vn/loa/fuzz/FrontMatterFuzzTestInputs/frontMatter/}.
 */
class FrontMatterFuzzTest {

    private static final Path FILE = Path.of("content/ke-hoach/ke-hoach-thu.md");

    @Timeout(20)
    @FuzzTest(maxDuration = "10m")
    void frontMatter(byte[] input) {
        Page page;
        try {
            page = PageReading.read(input, FILE, Section.PLANS, "ke-hoach-thu");
        } catch (LoaException | ContentErrors e) {
            BadInput.check(e);
            return;
        }
        assertNotNull(page.title());
        assertNotNull(page.date(), "a plan is dated");
        assertTrue(page.url().matches("/ke-hoach/[a-z0-9]+(-[a-z0-9]+)*/"), page.url());
    }
}

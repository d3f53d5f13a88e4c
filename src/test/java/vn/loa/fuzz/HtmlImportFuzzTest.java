package vn.loa.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import org.junit.jupiter.api.Timeout;
import vn.loa.LoaException;
import vn.loa.importer.Importer;
import vn.loa.importer.PageBundle;
import vn.loa.load.ContentErrors;

/**
 * HTML import: any bytes as a page saved from an old portal ({@code bai-viet.html} in a temporary folder that also
 * holds an image and an attachment it may link to), read by {@code loa import} (encoding, article, title and date,
 * local files, HTML to Markdown, the plan reader) and planned as a page bundle of each section. Nothing touches the
 * network.
 *
 * <p>Saved inputs: {@code src/test/resources/vn/loa/fuzz/HtmlImportFuzzTestInputs/htmlImport/}.
 */
class HtmlImportFuzzTest {

    private static final Path DIR = Scratch.folder("loa-fuzz-html");
    private static final Path PAGE = DIR.resolve("bai-viet.html");
    private static final LocalDate TODAY = LocalDate.of(2024, 4, 1);

    static {
        Scratch.write(DIR.resolve("anh-hoi-nghi.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9});
        Scratch.write(DIR.resolve("tai-lieu/ke-hoach so 12.pdf"), "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    @Timeout(20)
    @FuzzTest(maxDuration = "10m")
    void htmlImport(byte[] input) {
        Scratch.write(PAGE, input);
        try {
            Importer.Imported imported = Importer.read(PAGE);
            for (String section : PageBundle.SECTIONS) {
                PageBundle bundle = PageBundle.plan(imported, DIR.resolve("site"), section, new HashSet<>(), TODAY);
                assertTrue(bundle.indexMd().startsWith("---\n"), bundle.indexMd());
                assertTrue(bundle.folder().startsWith(DIR.resolve("site/content").resolve(section)), bundle.folder().toString());
            }
        } catch (LoaException | ContentErrors e) {
            BadInput.check(e);
        }
    }
}

package vn.loa.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import org.junit.jupiter.api.Timeout;
import vn.loa.LoaException;
import vn.loa.importer.Importer;
import vn.loa.importer.PageBundle;
import vn.loa.load.ContentErrors;

/**
 * PDF import: any bytes as {@code ke-hoach.pdf} in a temporary folder, read by {@code loa import} (Apache PDFBox's
 * parser and text stripper, Loa's layout of lines and tables, legacy text found in the text, the plan reader) and
 * planned as a page bundle of each section.
 *
 * <p>Seeds: small PDFs made once with PDFBox by {@link PdfSeeds} (a plan with an embedded font subset, a table of
 * activities, a page typed in TCVN3 with a standard font), in
 * {@code src/test/resources/vn/loa/fuzz/PdfImportFuzzTestInputs/pdfImport/}.
 */
class PdfImportFuzzTest {

    private static final Path DIR = Scratch.folder("loa-fuzz-pdf");
    private static final Path FILE = DIR.resolve("ke-hoach.pdf");
    private static final LocalDate TODAY = LocalDate.of(2024, 4, 1);

    @Timeout(20)
    @FuzzTest(maxDuration = "10m")
    void pdfImport(byte[] input) {
        Scratch.write(FILE, input);
        try {
            Importer.Imported imported = Importer.read(FILE);
            for (String section : PageBundle.SECTIONS) {
                PageBundle bundle = PageBundle.plan(imported, DIR.resolve("site"), section, new HashSet<>(), TODAY);
                assertTrue(bundle.indexMd().startsWith("---\n"), bundle.indexMd());
            }
        } catch (LoaException | ContentErrors e) {
            BadInput.check(e);
        }
    }
}

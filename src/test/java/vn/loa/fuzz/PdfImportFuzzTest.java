package vn.loa.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;

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

    @Timeout(20)
    @FuzzTest(maxDuration = "10m")
    void pdfImport(byte[] input) {
        Scratch.write(FILE, input);
        ImportRun.importAndPlan(FILE);
    }
}

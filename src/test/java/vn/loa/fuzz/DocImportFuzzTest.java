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
 * Word 97–2003 import: any bytes as {@code ke-hoach.doc} in a temporary folder, read by {@code loa import} (Apache
 * POI's HWPF, Loa's list numbers, tables and legacy fonts, the plan reader) and planned as a page bundle of each
 * section.
 *
 * <p>Seeds: the {@code .doc} fixtures of {@code src/test/resources/importer/formats/} (a plan with Word's lists and a
 * table, one typed in {@code .VnTime}, one in Unicode), copied into
 * {@code src/test/resources/vn/loa/fuzz/DocImportFuzzTestInputs/docImport/}.
 */
class DocImportFuzzTest {

    private static final Path DIR = Scratch.folder("loa-fuzz-doc");
    private static final Path FILE = DIR.resolve("ke-hoach.doc");
    private static final LocalDate TODAY = LocalDate.of(2024, 4, 1);

    @Timeout(20)
    @FuzzTest(maxDuration = "10m")
    void docImport(byte[] input) {
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

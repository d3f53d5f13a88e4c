package vn.loa.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;

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

    @Timeout(20)
    @FuzzTest(maxDuration = "10m")
    void docImport(byte[] input) {
        Scratch.write(FILE, input);
        ImportRun.importAndPlan(FILE);
    }
}

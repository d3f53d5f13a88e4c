package vn.loa.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import vn.loa.LoaException;
import vn.loa.importer.Importer;
import vn.loa.importer.PageBundle;
import vn.loa.load.ContentErrors;

/**
 * What every import target does with the file its input became: read it as {@code loa import} does and plan it as a
 * page bundle of each section, in {@code site/} beside the file. Only Loa's own error may come out
 * ({@link BadInput#check}).
 */
final class ImportRun {

    private static final LocalDate TODAY = LocalDate.of(2024, 4, 1);

    private ImportRun() {
    }

    static void importAndPlan(Path file) {
        Path site = file.getParent().resolve("site");
        try {
            Importer.Imported imported = Importer.read(file);
            for (String section : PageBundle.SECTIONS) {
                PageBundle bundle = PageBundle.plan(imported, site, section, new HashSet<>(), TODAY);
                assertTrue(bundle.indexMd().startsWith("---\n"), bundle.indexMd());
                assertTrue(bundle.folder().startsWith(site.resolve("content").resolve(section)), bundle.folder().toString());
            }
        } catch (LoaException | ContentErrors e) {
            BadInput.check(e);
        }
    }
}

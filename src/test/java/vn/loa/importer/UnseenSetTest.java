package vn.loa.importer;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores the importer on the second blind set ({@code src/test/resources/importer/unseen}): twelve documents written on
 * 2026-12-05 after issue 13's work on the importer, without reading its code or the first evaluation set, so that their
 * score is a figure for documents the importer has not seen. Same scoring, table and floor as {@link EvaluationSetTest}
 * ({@code unseen/floor.properties}); {@code bench/import-score --unseen} runs just this test. Never tune the importer
 * to these files.
 */
class UnseenSetTest {

    static final Path DIR = Path.of("src/test/resources/importer/unseen");

    /** Fewer documents than this means the set was damaged, not that the importer got better. */
    private static final int MIN_DOCUMENTS = 12;

    @Test
    void unseenSet(@TempDir Path tmp) {
        EvaluationSetTest.score(DIR, "BỘ CHƯA THẤY (issue 13, viết mù sau khi sửa)", MIN_DOCUMENTS, tmp);
    }

    @Test
    void everyDocumentHasItsExpectation(@TempDir Path tmp) throws IOException {
        EvaluationSetTest.pairedWithExpectations(DIR, tmp);
    }
}

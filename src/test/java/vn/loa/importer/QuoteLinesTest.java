package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review's source lines come from the text the importer read, not from reading the file again. */
class QuoteLinesTest {

    @TempDir
    Path tmp;

    /** A TCVN3 file is Windows-1252 bytes: read again as UTF-8 it had no lines, so its events had no line in the review. */
    @Test
    void aLegacyTextFileHasTheLinesOfItsConvertedText() throws IOException {
        Path unicode = Files.writeString(tmp.resolve("ke-hoach.txt"), LegacyFixture.PLAN);
        Path tcvn3 = Files.write(tmp.resolve("ke-hoach-abc.txt"), LegacyFixture.bytes(LegacyFixture.toTcvn3(LegacyFixture.PLAN)));
        Importer.Imported original = Importer.read(unicode);
        Importer.Imported legacy = Importer.read(tcvn3);
        assertFalse(original.document().events().isEmpty());
        QuoteLines expected = QuoteLines.of(original);
        QuoteLines read = QuoteLines.of(legacy);
        for (ImportedEvent e : legacy.document().events()) {
            Integer line = read.lineOf(e.sourceQuote());
            assertNotNull(line, e.sourceQuote());
            assertEquals(expected.lineOf(e.sourceQuote()), line, e.sourceQuote());
        }
    }

    @Test
    void aWordDocumentHasNoLines() throws IOException {
        Path docx = Files.write(tmp.resolve("ke-hoach.docx"), DeepInputTest.docx("<w:p><w:r><w:t>Hội thảo ngày 18/5/2024</w:t></w:r></w:p>"));
        assertNull(QuoteLines.of(Importer.read(docx)).lineOf("ngày 18/5/2024"));
    }
}

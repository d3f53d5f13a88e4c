package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.LoaException;
import vn.loa.cli.TinySite;

/**
 * A {@code .docx} whose archive names a part with bytes that are not UTF-8, though its header says they are (found by
 * the fuzzer): the JDK's zip reader throws an {@code IllegalArgumentException} for it, which {@code loa import} turns
 * into its own error naming the file.
 */
class BrokenDocxTest {

    @TempDir
    Path tmp;

    /** A small {@code .docx} whose first part is named {@code [Content_Types].x?l}, with a lone byte 0xE1 for the m. */
    private static byte[] nameNotUtf8() {
        byte[] docx = DeepInputTest.docx("<w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p>");
        byte[] name = "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0x0800, (docx[6] | docx[7] << 8) & 0x0800, "the JDK marks the names UTF-8");
        assertEquals("[Content_Types].xml", new String(docx, 30, name.length, StandardCharsets.US_ASCII));
        docx[30 + name.length - 2] = (byte) 0xE1;
        return docx;
    }

    @Test
    void aPartNameThatIsNotUtf8IsAWordDocumentThatCannotBeOpened() throws IOException {
        Path file = Files.write(tmp.resolve("ten-hong.docx"), nameNotUtf8());
        LoaException e = assertThrows(LoaException.class, () -> Importer.read(file));
        assertEquals(file, e.file());
        assertTrue(e.problem().startsWith("không mở được tệp Word (.docx): tên một phần trong tệp nén bị hỏng"), e.getMessage());
    }

    @Test
    void loaImportSaysSoWithoutAStackTrace() throws IOException {
        Path file = Files.write(tmp.resolve("ten-hong.docx"), nameNotUtf8());
        TinySite.Run r = TinySite.run("import", "--json", file.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("ten-hong.docx: lỗi: ") && r.err().contains("cách sửa:"), r::toString);
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r::toString);
    }

    /**
     * A part whose bytes are not UTF-8 although its declaration says so: given the bytes, the JDK's XML parser prints
     * {@code [Fatal Error] :-1:-1: Invalid byte 2 of 2-byte UTF-8 sequence.} to standard error before it throws — a line
     * that reached the terminal above Loa's own message. Decoded by Loa first, it is only Loa's error.
     */
    @Test
    void aPartNotInItsEncodingPrintsNothingButLoasError() throws IOException {
        byte[] body = "<w:p><w:r><w:t>K\u00c3( ho\u00b9ch</w:t></w:r></w:p>".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(tmp.resolve("chu-hong.docx"), DeepInputTest.docx(body, false));
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        LoaException e;
        try {
            e = assertThrows(LoaException.class, () -> Importer.read(file));
        } finally {
            System.setErr(saved);
        }
        assertEquals("", stderr.toString(StandardCharsets.UTF_8));
        assertTrue(e.problem().contains("word/document.xml không phải XML hợp lệ"), e.getMessage());
    }
}

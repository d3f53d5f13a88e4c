package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.cli.TinySite;
import vn.loa.safety.Terminal;

/**
 * 13. What {@code loa import} echoes — file names, titles, events, notes, the page of a dry run, JSON, errors — reaches
 * the terminal without its escape sequences, C1 controls or bidi overrides.
 */
class ImportTerminalTest {

    /** Clears the screen, sets the window title, colours in red with a C1 CSI, reverses the line. */
    private static final String HOSTILE = "\u001b[2J\u001b]0;da-bi-chiem\u0007\u009b31m\u202e\u2066";

    @TempDir
    Path tmp;

    private static void assertPrintable(String printed) {
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            int at = i;
            assertFalse(Terminal.unsafe(c) && c != '\n' && c != '\t' && c != '\r',
                    () -> "U+" + Integer.toHexString(c) + " printed at " + at + " of:\n" + printed);
        }
    }

    private Path hostileDocument() throws IOException {
        String plan = DeepInputTest.PLAN.replace("Tổ chức Hội thảo", "Tổ chức Hội thảo " + HOSTILE)
                .replace("tại Hội trường Sở", "tại Hội trường " + HOSTILE + "Sở");
        return Files.writeString(tmp.resolve("ke-hoach\u001b[31m-do\u0007.txt"), plan);
    }

    @Test
    void reviewOutputAndDryRunAreSafeToPrint() throws IOException {
        Path portal = Files.createDirectories(tmp.resolve("portal"));
        Path doc = hostileDocument();
        TinySite.Run write = TinySite.run("import", "--source", portal.toString(), doc.toString());
        assertEquals(0, write.exit(), write::toString);
        assertPrintable(write.out());
        assertPrintable(write.err());
        assertTrue(write.out().contains("ke-hoach\\u001B[31m-do\\u0007.txt → "), write::toString);
        assertTrue(write.out().contains("Hội thảo \\u001B[2J\\u001B]0;da-bi-chiem\\u0007\\u009B31m\\u202E\\u2066"), write::toString);
        TinySite.Run dry = TinySite.run("import", "--dry-run", "--source", tmp.resolve("trong").toString(), doc.toString());
        assertEquals(0, dry.exit(), dry::toString);
        assertPrintable(dry.out());
        assertTrue(dry.out().contains("title: "), dry::toString);
        // The page itself keeps the text as written: only what is printed is escaped.
        try (var files = Files.walk(portal)) {
            Path index = files.filter(p -> p.endsWith("index.md")).findFirst().orElseThrow();
            assertTrue(Files.readString(index).contains("\u202e"), "the document's own text is not altered in the page");
        }
    }

    @Test
    void jsonEscapesWhatATerminalWouldActOnAndKeepsTheValue() throws IOException {
        TinySite.Run r = TinySite.run("import", "--json", hostileDocument().toString());
        assertEquals(0, r.exit(), r::toString);
        assertPrintable(r.out());
        String title = JsonParser.parseString(r.out().strip()).getAsJsonObject().getAsJsonObject("doc").get("title").getAsString();
        assertTrue(title.contains(HOSTILE.strip()), title);
    }

    @Test
    void errorsNamingAHostileFileAreSafeToPrint() throws IOException {
        Path missing = tmp.resolve("khong-co\u001b]0;x\u0007.docx");
        Path broken = Files.writeString(tmp.resolve("hong\u001b[5m.docx"), "không phải Word");
        TinySite.Run r = TinySite.run("import", "--json", missing.toString(), broken.toString());
        assertEquals(1, r.exit(), r::toString);
        assertPrintable(r.err());
        assertTrue(r.err().contains("khong-co\\u001B]0;x\\u0007.docx: lỗi: không có tệp này"), r::toString);
        assertTrue(r.err().contains("hong\\u001B[5m.docx: lỗi: không mở được tệp Word"), r::toString);
    }
}

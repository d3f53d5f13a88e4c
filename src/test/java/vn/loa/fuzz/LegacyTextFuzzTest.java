package vn.loa.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Timeout;
import vn.loa.LoaException;
import vn.loa.importer.LegacyProbe;

/**
 * The legacy Vietnamese encodings (TCVN3, VNI) as {@code loa import} finds and converts them in a {@code .txt}: the
 * fuzz bytes decoded as a text file is (UTF-8 or UTF-16, else Windows-1252 bytes of a legacy text, else refused), and
 * the same bytes read as UTF-8 text (NFC) put through the detection and conversion.
 *
 * <p>Nothing but Loa's own error comes out, and Unicode text is never touched: a line holding a letter beyond
 * Latin-1 (ư, ạ, đ, a Cyrillic or Chinese letter …) comes back as it was, in a converted text too; a text with such a
 * letter on every line comes back unchanged from the {@code .txt} decoder, without a note.
 *
 * <p>Saved inputs: {@code src/test/resources/vn/loa/fuzz/LegacyTextFuzzTestInputs/legacyText/}.
 */
class LegacyTextFuzzTest {

    private static final Path FILE = Path.of("van-ban.txt");

    @Timeout(20)
    @FuzzTest(maxDuration = "10m")
    void legacyText(byte[] input) {
        try {
            LegacyProbe.decodeText(input, FILE);
        } catch (LoaException e) {
            BadInput.check(e);
        }
        String text = Normalizer.normalize(new String(input, StandardCharsets.UTF_8), Normalizer.Form.NFC);
        String[] lines = text.split("\n", -1);
        String converted = LegacyProbe.detect(text);
        boolean allUnicode = true;
        if (converted != null) {
            String[] out = converted.split("\n", -1);
            assertEquals(lines.length, out.length, "a converted text keeps its lines");
            for (int i = 0; i < lines.length; i++) {
                if (hasLetterBeyondLatin1(lines[i])) {
                    assertEquals(lines[i], out[i], "a Unicode line is not converted");
                }
            }
        }
        for (String line : lines) {
            allUnicode &= hasLetterBeyondLatin1(line);
        }
        if (allUnicode) {
            assertNull(converted, "a Unicode text is not taken for a legacy one");
            if (text.indexOf('\0') < 0 && text.indexOf('\r') < 0 && !text.startsWith("\uFEFF")) {
                String[] decoded = LegacyProbe.decodeText(text.getBytes(StandardCharsets.UTF_8), FILE);
                assertEquals(text, decoded[0]);
                assertNull(decoded[1]);
            }
        }
    }

    private static boolean hasLetterBeyondLatin1(String line) {
        return line.codePoints().anyMatch(c -> c > 0xFF && Character.isLetter(c));
    }
}

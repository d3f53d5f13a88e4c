package vn.loa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/** Loa's JSON strings read back as they were written, by another parser, and safe inside a script element. */
class JsonTest {

    private static String json(String s) {
        StringBuilder sb = new StringBuilder();
        Json.string(s, sb);
        return sb.toString();
    }

    @Test
    void anyTextReadsBackTheSameAndHoldsNoCharacterAScriptElementOrJavaScriptMisreads() {
        String alphabet = "aĐệ“”\"\\\n\r\t<>&/\u0000\u0001\u001f\u007f\u2028\u2029 ";
        for (String s : RandomTexts.of(alphabet, 5, 5_000, 10)) {
            String out = json(s);
            assertEquals(s, JsonParser.parseString(out).getAsString(), out);
            assertTrue(out.chars().noneMatch(c -> c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029), out);
        }
    }

    @Test
    void escapesAsBefore() {
        assertEquals("\"Sở KH\\u0026CN \\u003cb\\u003e \\\"x\\\" a\\\\b\\n\\u0001\\u2028\"", json("Sở KH&CN <b> \"x\" a\\b\n\u0001\u2028"));
        assertEquals("\"\"", json(""));
    }
}

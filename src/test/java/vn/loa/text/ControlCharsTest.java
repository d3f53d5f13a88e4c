package vn.loa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which characters may stand in the text of a page, a feed and a calendar. */
class ControlCharsTest {

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x01, 0x08, 0x0B, 0x0C, 0x0E, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F, 0xD800, 0xDBFF, 0xDC00,
            0xDFFF, 0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF})
    void forbidden(int cp) {
        assertFalse(ControlChars.allowed(cp), () -> Integer.toHexString(cp));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x09, 0x0A, 0x0D, 0x20, 'a', 0x7E, 0xA0, 0xE0, 0x1EA1, 0xD7FF, 0xE000, 0xFDCF, 0xFDF0, 0xFFFD,
            0x10000, 0x1F600, 0x10FFFD})
    void allowed(int cp) {
        assertTrue(ControlChars.allowed(cp), () -> Integer.toHexString(cp));
    }

    @Test
    void theFirstForbiddenCharacterIsFound() {
        assertEquals(-1, ControlChars.firstForbidden("Hội thảo\tngày 17/5\r\n😀 Đắk Nông"));
        assertEquals(3, ControlChars.firstForbidden("Hội\u000Bthảo"));
        assertEquals(1, ControlChars.firstForbidden("a\uD800b"), "a high surrogate alone");
        assertEquals(1, ControlChars.firstForbidden("a\uDE00"), "a low surrogate alone");
        assertEquals(2, ControlChars.firstForbidden("😀\uD83F\uDFFE"), "U+1FFFE, a noncharacter written as a pair");
        assertEquals(0, ControlChars.firstForbidden("\u0085"));
    }

    @Test
    void replacedByTheReplacementCharacter() {
        String clean = "Hội thảo";
        assertSame(clean, ControlChars.replace(clean));
        assertEquals("a\uFFFDb\uFFFDc\uFFFD😀\uFFFD", ControlChars.replace("a\u001Bb\uFFFEc\uD800😀\uDC00"));
    }

    @Test
    void describedForAReader() {
        assertEquals("U+001B (ESC)", ControlChars.describe("a\u001B", 1));
        assertTrue(ControlChars.describe("\u000B", 0).startsWith("U+000B (xuống dòng dọc"));
        assertTrue(ControlChars.describe("\uD800", 0).startsWith("U+D800 (nửa lẻ"));
        assertTrue(ControlChars.describe("\u0093", 0).contains("Windows-1252"));
        assertEquals("U+1FFFE (không phải là ký tự)", ControlChars.describe("\uD83F\uDFFE", 0));
    }

    @Test
    void aStringIsJudgedAsAnyTextIsAcrossItsChunks() {
        String alphabet = "aĐệ \n\t\r\u0000\u0007\u007f\u0085\ufdd0\ufffe\ud83d\ude00\ud800\udc00";
        String before = "x".repeat(4094); // so that a pair or a bad character falls across the first chunk's end
        for (String tail : RandomTexts.of(alphabet, 9, 3_000, 8)) {
            for (String s : new String[] {tail, before + tail}) {
                assertEquals(ControlChars.firstForbidden((CharSequence) s), ControlChars.firstForbidden(s), s);
            }
        }
    }
}

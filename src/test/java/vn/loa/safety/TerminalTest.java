package vn.loa.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** 13. What is printed from a document or a file name cannot drive the terminal. */
class TerminalTest {

    @Test
    void escapeSequencesC1ControlsAndBidiOverridesAreShownAsEscapes() {
        String hostile = "ke-hoach\u001b[2J\u001b]0;title\u0007\u009b31m\u0085\u202eexe.txt\u2066\u2069\u202a\u007f";
        String safe = Terminal.safe(hostile);
        for (char c : safe.toCharArray()) {
            assertFalse(Terminal.unsafe(c) && c != '\n' && c != '\t', () -> "left in: U+" + Integer.toHexString(c) + " of " + safe);
        }
        assertEquals("ke-hoach\\u001B[2J\\u001B]0;title\\u0007\\u009B31m\\u0085\\u202Eexe.txt\\u2066\\u2069\\u202A\\u007F", safe);
    }

    @Test
    void safeKeepsLinesAndTabsLineEscapesThem() {
        assertEquals("một\nhai\tba", Terminal.safe("một\nhai\tba"));
        assertEquals("một\\u000Ahai\\u0009ba\\u000D", Terminal.line("một\nhai\tba\r"));
    }

    @Test
    void vietnameseTextIsLeftAsItIs() {
        String text = "Kế hoạch tổ chức Ngày Khoa học và Công nghệ Việt Nam 18/5 — “Đổi mới sáng tạo” · ₫";
        assertSame(text, Terminal.safe(text));
        assertSame(text, Terminal.line(text));
        assertTrue(Terminal.safe(null).equals("null"));
    }
}

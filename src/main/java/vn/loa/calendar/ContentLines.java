package vn.loa.calendar;

import java.nio.charset.StandardCharsets;

/**
 * RFC 5545 §3.1 line folding, by octets. biweekly (like ical4j) folds at 75 UTF-16 chars, which
 * for Vietnamese text is up to 225 octets and may split a surrogate pair; so Loa asks the library
 * for unfolded lines and folds them here: every physical line is at most 75 octets before its
 * CRLF, a continuation line starts with one space, and a cut never falls inside a UTF-8
 * sequence (it falls between code points).
 */
final class ContentLines {

    /** Octets of a physical line, CRLF not counted (RFC 5545 §3.1). */
    static final int MAX_OCTETS = 75;

    private ContentLines() {
    }

    /**
     * Folds every content line of {@code unfolded} (lines ended by CRLF) and encodes the result
     * as UTF-8. A bare LF or CR in the input is taken as a line end too, so the output has CRLF
     * line ends only.
     */
    static byte[] fold(String unfolded) {
        char[] text = unfolded.toCharArray(); // read from an array: several times faster than charAt under C1
        int n = text.length;
        StringBuilder out = new StringBuilder(n + n / 32 + 16);
        int octets = 0;
        int copied = 0; // the text before this index is in out
        int i = 0;
        while (i < n) {
            char c = text[i];
            if (c == '\r' || c == '\n') {
                out.append(text, copied, i - copied).append("\r\n");
                octets = 0;
                i += c == '\r' && i + 1 < n && text[i + 1] == '\n' ? 2 : 1;
                copied = i;
                continue;
            }
            int cp = Character.isHighSurrogate(c) ? Character.codePointAt(text, i) : c;
            int len = utf8Length(cp);
            if (octets + len > MAX_OCTETS) {
                out.append(text, copied, i - copied).append("\r\n ");
                copied = i;
                octets = 1;
            }
            octets += len;
            i += Character.charCount(cp);
        }
        out.append(text, copied, n - copied);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        if (codePoint < 0x10000) {
            return 3;
        }
        return 4;
    }

    /**
     * A TEXT value made safe to hand to the library: line ends become LF (escaped as {@code \n}
     * in the output) and other control characters, which RFC 5545 TEXT does not allow, are
     * dropped; a tab stays.
     */
    static String text(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' || c == 0x7F;
            if (control || c == '\r') {
                if (sb == null) {
                    sb = new StringBuilder(s.length());
                    sb.append(s, 0, i);
                }
                if (c == '\r') {
                    if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                        sb.append('\n');
                    }
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}

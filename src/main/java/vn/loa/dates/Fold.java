package vn.loa.dates;

import java.text.Normalizer;

/** Folding Vietnamese to lower-case ASCII one character at a time, so offsets survive: {@code Ngày} → {@code ngay}. */
final class Fold {
    private static final char[] TABLE = new char[0x2000];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            TABLE[c] = compute(c);
        }
    }

    private Fold() {
    }

    private static char compute(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(d.charAt(0));
    }

    private static final char[] EXTENDED = new char[0x100];

    static {
        for (int i = 0; i < EXTENDED.length; i++) {
            EXTENDED[i] = compute((char) (0x1E00 + i));
        }
    }

    /** The base letter of {@code c}, lower case, without tone or vowel marks; {@code đ} becomes {@code d}. */
    static char fold(char c) {
        if (c < TABLE.length) {
            return TABLE[c];
        }
        if (c >= 0x1E00 && c <= 0x1EFF) {
            return EXTENDED[c - 0x1E00];
        }
        return Character.toLowerCase(c);
    }

    /** {@link #fold(char)} on every character: the result has the same length as {@code s}. */
    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Trims and turns every run of white space (non-breaking spaces included) into one space. */
    static String collapseSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0' || c == '\u202F'
                || c == '\u2007' || c == '\uFEFF';
    }
}

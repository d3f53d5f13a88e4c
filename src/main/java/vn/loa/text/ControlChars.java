package vn.loa.text;

/**
 * Characters that may not stand in the text of a page, a feed or a calendar: those XML 1.0 does not allow (the C0
 * controls but tab, line feed and carriage return; U+FFFE, U+FFFF; a surrogate without its pair) and those HTML calls
 * control characters or noncharacters (DEL, the C1 controls U+0080–U+009F, U+FDD0–U+FDEF and the last two code points
 * of every plane). One such character makes an Atom feed unreadable to every feed reader.
 *
 * <p>Loa refuses them where content is read, with the file and line ({@code vn.loa.load}); the few that only a
 * numeric character reference of Markdown can make ({@code &#27;}) become U+FFFD when the page is rendered, as
 * CommonMark already does for {@code &#0;}.
 */
public final class ControlChars {

    /** The characters {@link #firstForbidden(String)} looks at, a chunk at a time. */
    private static final ThreadLocal<char[]> CHUNK = ThreadLocal.withInitial(() -> new char[4096]);

    private ControlChars() {
    }

    /** Whether a code point may stand in text. */
    public static boolean allowed(int cp) {
        if (cp < 0x20) {
            return cp == '\t' || cp == '\n' || cp == '\r';
        }
        if (cp < 0x7F) {
            return true;
        }
        if (cp <= 0x9F) {
            return false; // DEL and the C1 controls
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            return false; // a surrogate standing alone
        }
        if (cp >= 0xFDD0 && cp <= 0xFDEF) {
            return false;
        }
        return (cp & 0xFFFE) != 0xFFFE && cp <= 0x10FFFF;
    }

    /** The index of the first character that may not stand in text, or -1. A surrogate pair is one character. */
    public static int firstForbidden(CharSequence s) {
        return firstForbidden(s, 0);
    }

    /**
     * The same for a string, whose characters are first read in chunks through an array (several
     * times faster than {@code charAt} under the C1 compiler) while they are of the common kinds.
     */
    public static int firstForbidden(String s) {
        char[] chunk = CHUNK.get();
        int n = s.length();
        for (int from = 0; from < n; from += chunk.length) {
            int length = Math.min(chunk.length, n - from);
            s.getChars(from, from + length, chunk, 0);
            for (int i = 0; i < length; i++) {
                if (!common(chunk[i])) {
                    return firstForbidden(s, from + i);
                }
            }
        }
        return -1;
    }

    private static boolean common(char c) {
        return c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0xD800 || c == '\n';
    }

    private static int firstForbidden(CharSequence s, int start) {
        int n = s.length();
        for (int i = start; i < n; i++) {
            char c = s.charAt(i);
            if (common(c)) {
                continue; // the common case, quickly
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (!allowed(Character.toCodePoint(c, s.charAt(i + 1)))) {
                    return i;
                }
                i++;
                continue;
            }
            if (!allowed(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the text holds no forbidden character. */
    public static boolean clean(CharSequence s) {
        return firstForbidden(s) < 0;
    }

    /** The text with every forbidden character replaced by U+FFFD; the same string when there is none. */
    public static String replace(String s) {
        int first = firstForbidden(s);
        if (first < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                if (allowed(cp)) {
                    out.append(c).append(s.charAt(i + 1));
                } else {
                    out.append('\uFFFD');
                }
                i++;
            } else {
                out.append(allowed(c) ? c : '\uFFFD');
            }
        }
        return out.toString();
    }

    /**
     * The character at {@code index} as a reader can look it up: {@code U+001B (ESC)}, {@code U+000B (xuống dòng dọc
     * của Word)}.
     */
    public static String describe(CharSequence s, int index) {
        char c = s.charAt(index);
        int cp = Character.isHighSurrogate(c) && index + 1 < s.length() && Character.isLowSurrogate(s.charAt(index + 1))
                ? Character.toCodePoint(c, s.charAt(index + 1)) : c;
        String code = String.format("U+%04X", cp);
        String name = switch (cp) {
            case 0x00 -> "NUL";
            case 0x0B -> "xuống dòng dọc, Word dùng cho Shift+Enter";
            case 0x0C -> "ngắt trang";
            case 0x1B -> "ESC";
            case 0x7F -> "DEL";
            case 0xFFFE, 0xFFFF -> "không phải là ký tự";
            default -> cp >= 0xD800 && cp <= 0xDFFF ? "nửa lẻ của một cặp surrogate"
                    : cp >= 0x80 && cp <= 0x9F ? "ký tự điều khiển C1, thường do đổi mã Windows-1252 sai"
                    : cp < 0x20 ? "ký tự điều khiển" : "không phải là ký tự";
        };
        return code + " (" + name + ")";
    }
}

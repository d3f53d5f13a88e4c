package vn.loa.safety;

/**
 * Text from a document or a file name made safe to print on a terminal: control characters (C0, DEL, C1 — among them
 * ESC and CSI, which start escape sequences) and the bidirectional overrides and isolates that can make a line read
 * differently from what it holds are shown as <code>&#92;u001B</code>-style escapes instead of being sent.
 *
 * <pre>{@code
 * out.println("Đã ghi " + Terminal.line(path.toString()));   // one line: newlines escaped too
 * err.println(Terminal.safe(exception.getMessage()));       // several lines: newlines and tabs kept
 * }</pre>
 */
public final class Terminal {

    private Terminal() {
    }

    /** Keeps newlines and tabs; escapes every other control character and the bidi controls. */
    public static String safe(String s) {
        return escape(s, true);
    }

    /** For a value shown on one line (a file name, a title): newlines and tabs are escaped as well. */
    public static String line(String s) {
        return escape(s, false);
    }

    /** Whether the character must not reach a terminal as it is. */
    public static boolean unsafe(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static String escape(String s, boolean keepLines) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean kept = !unsafe(c) || keepLines && (c == '\n' || c == '\t');
            if (kept) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            out.append(String.format("\\u%04X", (int) c));
        }
        return out == null ? s : out.toString();
    }
}

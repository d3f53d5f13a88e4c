package vn.loa.importer;

import java.util.List;

/**
 * The words that only lead up to a date at the end of an activity's text ({@code … tổ chức vào ngày}), taken off.
 * It does what the regular expression
 * <pre>{@code (?i)[\s,:;(\-–]*(?:\b(?:vào|vào lúc|lúc|…|kết thúc)\s*)*[\s,:;(\-–]*$}</pre>
 * with {@code replaceAll("")} did, in one pass from the end: Java runs a repeated group by recursion, so a line with
 * thousands of such words overflowed the stack, and trying every start made it quadratic.
 */
final class FillerEnd {

    private static final List<String> WORDS = List.of("vào", "vào lúc", "lúc", "trong", "từ", "thời gian", "dự kiến",
            "diễn ra", "tổ chức vào", "ngày", "bắt đầu", "được tổ chức", "hoàn thành", "xong", "chậm nhất", "kết thúc");

    private FillerEnd() {
    }

    /**
     * The text without its trailing filler: the longest end made of punctuation ({@code , : ; ( - –}) and spaces, then
     * filler words separated by spaces, then punctuation and spaces again.
     */
    static String strip(String s) {
        int n = s.length();
        // tail[p]: s[p..] is punctuation and spaces only.
        int tailStart = n;
        while (tailStart > 0 && punctuation(s.charAt(tailStart - 1))) {
            tailStart--;
        }
        // runStart[p]: where the punctuation and spaces just before p begin.
        int[] runStart = new int[n + 1];
        for (int p = 1; p <= n; p++) {
            runStart[p] = punctuation(s.charAt(p - 1)) ? runStart[p - 1] : p;
        }
        // From the end: words(p) when s[p..] reads as filler words, each followed by spaces, then punctuation to the
        // end; spaced[p] when such a p is reached from p over spaces only.
        boolean[] spaced = new boolean[n + 1];
        int best = runStart[tailStart];
        for (int p = n; p >= 0; p--) {
            boolean words = p >= tailStart;
            for (int w = 0; !words && w < WORDS.size(); w++) {
                String word = WORDS.get(w);
                int e = p + word.length();
                words = e <= n && boundaryBefore(s, p) && sameIgnoringAsciiCase(s, p, word) && spaced[e];
            }
            spaced[p] = words || p < n && space(s.charAt(p)) && spaced[p + 1];
            if (words) {
                best = Math.min(best, runStart[p]);
            }
        }
        return s.substring(0, best);
    }

    /** {@code \b} before a word's first letter: the start, or a character that is not a letter or digit. */
    private static boolean boundaryBefore(String s, int p) {
        if (p == 0) {
            return true;
        }
        char c = s.charAt(p - 1);
        return !(c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK);
    }

    /** As {@code (?i)} without {@code UNICODE_CASE}: only ASCII letters match their other case. */
    private static boolean sameIgnoringAsciiCase(String s, int p, String word) {
        for (int i = 0; i < word.length(); i++) {
            char a = s.charAt(p + i);
            char b = word.charAt(i);
            if (a != b && !(a < 128 && b < 128 && Character.toLowerCase(a) == Character.toLowerCase(b))) {
                return false;
            }
        }
        return true;
    }

    /** {@code \s} as Java reads it without {@code UNICODE_CHARACTER_CLASS}. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean punctuation(char c) {
        return space(c) || c == ',' || c == ':' || c == ';' || c == '(' || c == '-' || c == '–';
    }
}

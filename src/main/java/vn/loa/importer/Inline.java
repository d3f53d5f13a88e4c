package vn.loa.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline text: the clean-up of one line as it arrives from Word, PDF or a converter, Markdown escaping of plain text,
 * and the plain text of inline Markdown (what a reader sees once it is rendered).
 */
final class Inline {

    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern HEADING_MARKS = Pattern.compile("^\\s*#{1,6}(?:\\s+|$)");
    private static final Pattern ESCAPED = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern UNDERSCORE_EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}])_{1,3}(?=\\S)|(?<=\\S)_{1,3}(?![\\p{L}\\p{N}])");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\((?:[^()]|\\([^()]*\\))*\\)");

    private Inline() {
    }

    /** Spaces of every width made plain spaces, invisible characters dropped. Tabs are kept: they separate cells. */
    static String normaliseSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u00A0', '\u2007', '\u202F', '\u2002', '\u2003', '\u2009', '\u3000', '\u000B', '\u000C' -> b.append(' ');
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> { }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The entities a converter leaves in text. */
    static String entities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
    }

    /** Stray HTML tags from converters ({@code <i>}, {@code </b>}, {@code <br>}) out of a line of text. */
    static String dropTags(String s) {
        if (s.indexOf('<') < 0) {
            return s;
        }
        return TAG.matcher(BR.matcher(s).replaceAll(" ")).replaceAll("");
    }

    /** Leading {@code ####} of a converter, or {@code >} quote marks; returns the number of {@code #} removed in [0]. */
    static String dropHeadingMarks(String s, int[] hashes) {
        Matcher m = HEADING_MARKS.matcher(s);
        if (m.find()) {
            hashes[0] = (int) m.group().chars().filter(c -> c == '#').count();
            return s.substring(m.end());
        }
        hashes[0] = 0;
        return dropQuoteMarks(s);
    }

    /**
     * Leading {@code >} marks, each with one space after it ({@code ^\s*(?:>\s?)+} — written as a loop: Java runs a
     * repeated group by recursion, and a line of thousands of {@code >} overflowed the stack).
     */
    static String dropQuoteMarks(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        if (i >= s.length() || s.charAt(i) != '>') {
            return s;
        }
        while (i < s.length() && s.charAt(i) == '>') {
            i++;
            if (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
        }
        return s.substring(i);
    }

    /** {@code \s} as Java reads it without {@code UNICODE_CHARACTER_CLASS}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * A line of plain text as it arrived from Word or PDF, cleaned: escapes of converters undone, emphasis marks
     * ({@code **}, {@code *}, {@code __}) and tags dropped, a {@code * } bullet made {@code - }, spaces collapsed
     * (tabs kept).
     */
    static String cleanText(String s) {
        s = entities(dropTags(s));
        s = ESCAPED.matcher(s).replaceAll("$1");
        String lead = "";
        Matcher bullet = Pattern.compile("^(\\s*)\\*[ \\t]+(?=\\S)").matcher(s);
        if (bullet.find() && !s.substring(bullet.end()).startsWith("*")) {
            lead = "- ";
            s = s.substring(bullet.end());
        }
        s = s.replace("*", "");
        s = UNDERSCORE_EMPHASIS.matcher(s).replaceAll("");
        if (s.replace("_", "").isBlank() && s.contains("_")) {
            s = "";
        }
        return lead + collapse(s);
    }

    /** Runs of spaces made one inside each tab-separated cell, cells trimmed; trailing empty cells kept. */
    static String collapse(String s) {
        if (s.indexOf('\t') < 0) {
            return s.replaceAll(" {2,}", " ").strip();
        }
        String[] cells = s.split("\t", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append('\t');
            }
            b.append(cells[i].replaceAll(" {2,}", " ").strip());
        }
        return b.toString();
    }

    /** What inline Markdown shows once rendered: emphasis marks, link targets and escapes removed. */
    static String plain(String markdown) {
        String s = LINK.matcher(markdown).replaceAll("$1");
        s = s.replaceAll("(?<!\\\\)\\*{1,3}", "");
        s = UNDERSCORE_EMPHASIS.matcher(s).replaceAll("");
        s = s.replaceAll("(?<!\\\\)`", "");
        s = ESCAPED.matcher(s).replaceAll("$1");
        return entities(dropTags(s)).replaceAll("\\s+", " ").strip();
    }

    /**
     * Plain text as Markdown that renders back to the same text: punctuation that Markdown reads is escaped, and a
     * start that would make a list, heading or quote.
     */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '*', '_', '`', '[', ']', '<', '>', '|', '~', '&' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        String s = b.toString();
        if (s.matches("^[-+#=].*") ) {
            s = "\\" + s;
        }
        Matcher ordered = Pattern.compile("^(\\d{1,9})([.)])(\\s|$)").matcher(s);
        if (ordered.find()) {
            s = ordered.group(1) + "\\" + s.substring(ordered.group(1).length());
        }
        return s;
    }

    /** First letter upper case, the rest as written. */
    static String capitalise(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        int cp = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(cp)).append(s.substring(Character.charCount(cp))).toString();
    }

    /** True when the text has letters and none of them is lower case: {@code SỞ KHOA HỌC VÀ CÔNG NGHỆ}. */
    static boolean isUpper(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    static boolean startsLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (!Character.isWhitespace(c) && c != '(' && c != '"' && c != '“') {
                return false;
            }
        }
        return false;
    }

    /** Trailing punctuation that closes an item: {@code ;}, {@code .}, {@code ,}, {@code :} (not {@code ./.}'s slash). */
    static String stripClosing(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ";.,:".indexOf(t.charAt(t.length() - 1)) >= 0 && !t.endsWith("./.")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.endsWith("./.")) {
            t = t.substring(0, t.length() - 3).strip();
        }
        return t;
    }
}

package vn.loa.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tidying the words taken for an event's text: spaces, bullets, empty brackets, trailing punctuation and filler. */
final class EventText {

    private static final Pattern CLAUSE_END = Pattern.compile("[;.](?:\\s|$)");

    private EventText() {
    }

    static String tidy(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        t = t.replaceFirst("^[-+•–]\\s*", "");
        t = t.replaceAll("\\(\\s*\\)", "").replaceAll("\\s+([,;.])", "$1").replaceAll("\\s+", " ").strip();
        t = t.replaceAll("[\\s,;:(\\-–]+$", "");
        t = Inline.stripClosing(t);
        return Inline.capitalise(t);
    }

    /** The words before a date without the filler that leads up to it ({@code … tổ chức vào ngày}). */
    static String tidyBefore(String before) {
        return tidy(FillerEnd.strip(before));
    }

    /** The text up to its first {@code ;} or {@code .} followed by a space or the end. */
    static String firstClause(String s) {
        Matcher m = CLAUSE_END.matcher(s);
        return m.find() ? s.substring(0, m.start()) : s;
    }
}

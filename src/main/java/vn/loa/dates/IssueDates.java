package vn.loa.dates;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the place-and-date line of a document: {@code Đắk Nông, ngày 12 tháng 4 năm 2024}. */
final class IssueDates {
    /** A digit: ASCII or full-width, as {@link Token} reads them (not every script's decimal digits). */
    private static final String D = "[0-9\uFF10-\uFF19]";

    /**
     * Matched against the folded line (lower case, no tone marks, same length), so offsets point into the original.
     * Emphasis marks and a closing full stop around the line are allowed; the day may be blank or dotted.
     */
    private static final Pattern LINE = Pattern.compile(
            "^[\\s*_>#]*(?:([^,]{1,60}?)\\s*,\\s*)?ngay\\s*(" + D + "{1,2})?[\\s.\u2026_]*thang\\s*(" + D + "{1,2})\\s*nam\\s*("
                    + D + "{4})[\\s*_.]*$",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** Longer lines are prose, not a place-and-date line. */
    static final int MAX_LINE = 200;

    private IssueDates() {
    }

    static Optional<IssueDate> read(String line) {
        if (line == null || line.length() > MAX_LINE) {
            return Optional.empty();
        }
        String folded = Fold.fold(line);
        if (folded.indexOf("thang") < 0) {
            return Optional.empty(); // what the pattern needs, found without it: most lines of a body have no month
        }
        Matcher m = LINE.matcher(folded);
        if (!m.matches() || !keywordsWritten(line, m)) {
            return Optional.empty();
        }
        String place = m.group(1) == null ? null : Fold.collapseSpaces(line.substring(m.start(1), m.end(1)));
        Integer day = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        if (place != null && (place.isEmpty() || !Character.isUpperCase(place.codePointAt(0)))) {
            return Optional.empty();
        }
        if (place == null && day != null) {
            return Optional.empty(); // a bare full date on a line of its own is not known to be the document's date
        }
        return Optional.of(new IssueDate(place, day, Integer.valueOf(m.group(3)), Integer.valueOf(m.group(4))));
    }

    /** "ngày", "tháng", "năm" written with their tone marks, or the whole line without any. */
    private static boolean keywordsWritten(String line, Matcher m) {
        if (Fold.isAscii(line)) {
            return true;
        }
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("ngày") && lower.contains("tháng") && lower.contains("năm");
    }
}

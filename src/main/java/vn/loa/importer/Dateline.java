package vn.loa.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.loa.dates.IssueDate;
import vn.loa.text.Vietnamese;

/**
 * A news post's dateline: the line that says when the post was published, under its headline or above it.
 * {@code Thứ Hai, 15/04/2024 - 09:30}, {@code Cập nhật lúc 09:30 15/4/2024}, {@code Ngày đăng: 15/04/2024},
 * {@code 15/04/2024 09:30}, {@code Thứ hai, ngày 15 tháng 4 năm 2024}, a date alone. The whole line must be that: a
 * label, a weekday, one complete date, a clock time, separators; a sentence with a date in it is no dateline.
 *
 * @param index the line's index
 * @param date  the publication date
 */
record Dateline(int index, LocalDate date) {

    /** How many lines from the top (not blank, not the header's) a dateline may be: above or under the headline. */
    static final int WITHIN = 4;

    private static final Pattern LABEL = Pattern.compile("^(?:ngay dang|dang ngay|dang luc|ngay cap nhat|cap nhat luc|cap nhat ngay|"
            + "cap nhat|ngay xuat ban|xuat ban|thoi gian dang|dang|ngay|posted|published|updated)\\s*:?\\s*");
    private static final Pattern WEEKDAY = Pattern.compile("(?<![\\p{L}\\d])(?:thu (?:hai|ba|tu|nam|sau|bay)|thu [2-7]|chu nhat|cn|t[2-7])(?![\\p{L}\\d])");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d/.-])(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})(?![\\d/.-])");
    private static final Pattern WORDED_DATE = Pattern.compile("(?<![\\p{L}\\d])(?:ngay\\s+)?(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s*(?:,|nam)\\s*(\\d{4})(?!\\d)");
    private static final Pattern TIME = Pattern.compile("(?<![\\d:])(?:luc\\s+)?\\d{1,2}\\s*(?::|h|g|gio)\\s*\\d{2}(?::\\d{2})?\\s*(?:am|pm|sa|ch)?(?![\\d:])"
            + "|\\(?\\s*gmt\\s*[+-]\\s*\\d{1,2}\\s*\\)?");
    private static final Pattern REST = Pattern.compile("[\\s,|\\-–—•·/()\\[\\]*_:.]*");

    /**
     * The first dateline among the first {@link #WITHIN} lines from {@code from} that are neither blank nor used; null
     * when there is none.
     */
    static Dateline find(List<Line> ls, int from, boolean[] used) {
        return find(ls, from, used, WITHIN);
    }

    /** The first dateline among the first {@code within} lines from {@code from} that are neither blank nor used. */
    static Dateline find(List<Line> ls, int from, boolean[] used, int within) {
        int seen = 0;
        for (int i = from; i < ls.size() && seen < within; i++) {
            Line l = ls.get(i);
            if (l.blank() || used[i]) {
                continue;
            }
            seen++;
            if (l.cells() != null) {
                continue;
            }
            LocalDate d = read(l.plain());
            if (d != null) {
                return new Dateline(i, d);
            }
        }
        return null;
    }

    /** The date of a dateline; null when the line is anything else. */
    static LocalDate read(String line) {
        String s = Vietnamese.fold(line).strip();
        if (s.isEmpty() || s.length() > 90) {
            return null;
        }
        s = LABEL.matcher(s).replaceFirst("");
        LocalDate date = null;
        int dates = 0;
        for (Pattern p : List.of(NUMERIC_DATE, WORDED_DATE)) {
            Matcher m = p.matcher(s);
            StringBuilder rest = new StringBuilder();
            while (m.find()) {
                dates++;
                date = p == NUMERIC_DATE ? date(m.group(1), m.group(3), m.group(4)) : date(m.group(1), m.group(2), m.group(3));
                m.appendReplacement(rest, " ");
            }
            m.appendTail(rest);
            s = rest.toString();
        }
        if (dates != 1 || date == null) {
            return null;
        }
        s = WEEKDAY.matcher(s).replaceAll(" ");
        s = TIME.matcher(s).replaceAll(" ");
        s = s.replaceAll("(?<![\\p{L}])(?:luot xem|luot doc|luot truy cap)\\s*:?\\s*[\\d.,]+", " ");
        s = s.replaceAll("(?<![\\p{L}])(?:luc|ngay|vao)(?![\\p{L}])", " ");
        return REST.matcher(s).matches() ? date : null;
    }

    private static LocalDate date(String day, String month, String year) {
        try {
            if (Integer.parseInt(year) < 1) {
                return null;
            }
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The dateline as the post's issue date (no place). */
    IssueDate issued() {
        return new IssueDate(null, date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}

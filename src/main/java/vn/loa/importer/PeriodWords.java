package vn.loa.importer;

import java.time.LocalDate;
import java.util.regex.Pattern;
import vn.loa.dates.DateExpression;
import vn.loa.dates.DateKind;
import vn.loa.text.Vietnamese;

/**
 * What the words around a span say it is, beyond its dates:
 * <ul>
 * <li>a <b>reporting period</b>: a half year, a quarter, some months of a year or a year that a report or a part of it
 * covers ({@code I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025}, {@code Hội nghị sơ kết công tác 6 tháng đầu năm}, {@code báo cáo quý
 * I}) — not an activity; the same span is one when the words put an activity in it ({@code Trong quý II, tổ chức …},
 * {@code vào quý III});</li>
 * <li>an <b>anniversary</b>: {@code (18/5/1963 - 18/5/2024)}, the same day of two years — history, not a period;</li>
 * <li><b>from now</b>: {@code từ nay đến hết ngày 21/4/2025} starts on the document's own day.</li>
 * </ul>
 */
final class PeriodWords {

    /** A half year, a quarter, months counted from a year's start or end, a whole year. */
    private static final Pattern SPAN_OF_YEAR = Pattern.compile("^(?:\\d{1,2}|sau|chin|ba|muoi hai) thang (?:dau|cuoi) nam\\b.*"
            + "|^quy [ivx1-4]+\\b.*|^nam \\d{4}$|^(?:nua|nua dau|nua cuoi) nam\\b.*");
    /** Words right before a span that make it what is reported on or planned for, not when something happens. */
    private static final Pattern REPORTED = Pattern.compile("(?:^|\\s)(?:ket qua|so ket|tong ket|bao cao|tinh hinh|phuong huong|nhiem vu|"
            + "cong tac|danh gia|thuc hien|hoat dong|chuong trinh|ke hoach|chi tieu|giai ngan|du toan)(?:\\s+\\S+){0,6}\\s*$");
    /** Words that put an activity inside a span. */
    private static final Pattern INSIDE = Pattern.compile("(?:^|\\s)(?:trong|vao|tu|den|suot|ngay trong|dau|cuoi)\\s*$");
    /** {@code từ nay}, {@code kể từ nay}, {@code từ bây giờ}, {@code từ hôm nay}, right before the end of a span. */
    private static final Pattern FROM_NOW = Pattern.compile("(?:^|\\s)(?:ke )?tu (?:nay|bay gio|hom nay|ngay hom nay)\\s*,?\\s*$");

    private PeriodWords() {
    }

    /**
     * Whether the span {@code e} of {@code text} names the period a report or a part of it covers.
     *
     * @param heading the text is a heading ({@code II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025})
     */
    static boolean reportingPeriod(String text, DateExpression e, boolean heading) {
        if (e.kind() != DateKind.VAGUE) {
            return false;
        }
        String quote = Vietnamese.fold(e.sourceQuote()).toLowerCase(Vietnamese.LOCALE).strip();
        if (!SPAN_OF_YEAR.matcher(quote).matches()) {
            return false;
        }
        String before = Vietnamese.fold(text.substring(Math.max(0, e.start() - 80), e.start())).toLowerCase(Vietnamese.LOCALE);
        int cut = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(';'), before.lastIndexOf('.')));
        String clause = before.substring(cut + 1);
        if (INSIDE.matcher(clause).find()) {
            return false;
        }
        return heading || REPORTED.matcher(clause).find();
    }

    /** Whether a span runs from a day of one year to the same day of a later one: an anniversary, not a period. */
    static boolean anniversary(DateExpression e) {
        LocalDate s = e.startDate();
        LocalDate t = e.endDate();
        return e.kind() == DateKind.PERIOD && s != null && t != null && s.getYear() < t.getYear()
                && s.getMonthValue() == t.getMonthValue() && s.getDayOfMonth() == t.getDayOfMonth();
    }

    /** Whether the end of a span {@code e} follows {@code từ nay}: the span starts on the document's own day. */
    static boolean fromNow(String text, DateExpression e) {
        if (e.kind() != DateKind.DEADLINE) {
            return false;
        }
        String before = Vietnamese.fold(text.substring(Math.max(0, e.start() - 30), e.start())).toLowerCase(Vietnamese.LOCALE);
        return FROM_NOW.matcher(before).find();
    }

    /** The text before a span's end without its {@code từ nay}. */
    static String withoutFromNow(String before) {
        return before.replaceFirst("(?iu)(?:^|\\s)(?:kể )?từ (?:nay|bây giờ|hôm nay|ngày hôm nay)\\s*,?\\s*$", " ");
    }
}

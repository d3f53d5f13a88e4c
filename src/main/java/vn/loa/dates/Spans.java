package vn.loa.dates;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Vague spans, with soft bounds: a month ({@code tháng 4/2024}), part of a month ({@code đầu/giữa/cuối tháng 5},
 * {@code thượng/trung/hạ tuần tháng 2}),
 * months ({@code tháng 4 đến tháng 6}), a quarter ({@code quý II/2024}) and half a year ({@code 6 tháng đầu năm}).
 */
final class Spans extends TokenReader {
    private final int docYear;

    Spans(TokenReader tokens, int docYear) {
        super(tokens);
        this.docYear = docYear;
    }

    /** The year after a month or quarter: {@code /2024}, {@code -2024}, {@code năm 2024}; {k, year} or null. */
    private int[] spanYear(int k) {
        Integer y;
        if ((sym(k, '/') || sym(k, '-') || sym(k, '.')) && glued(k) && glued(k + 1) && (y = yearAt(k + 1)) != null) {
            return new int[] {k + 2, y};
        }
        if (is(k, Word.NAM) && (y = yearAt(k + 1)) != null) {
            return new int[] {k + 2, y};
        }
        return null;
    }

    /** Nothing glued after a span's last number that would make it part of something else ({@code tháng 5/24}). */
    private boolean spanEndsCleanly(int k) {
        Token x = tok(k);
        if (x == null || x.gapBefore) {
            return true;
        }
        if (x.isWord() || x.isNum()) {
            return false;
        }
        return !((x.isSym('/') || x.isSym('-') || x.isSym('.')) && glued(k + 1) && (num(k + 1) || tok(k + 1).isWord()));
    }

    private static final String[] ROMAN = {"i", "ii", "iii", "iv"};

    /**
     * Spans with soft bounds: {@code tháng 4/2024}, {@code đầu/giữa/cuối tháng 5}, {@code tháng 4 đến tháng 6/2024},
     * {@code quý II/2024}, {@code 6 tháng đầu năm 2024}.
     */
    DateCore spanCore(int i) {
        // "6 tháng đầu năm 2024", "6 tháng cuối năm"
        if (num(i, 2) && is(i + 1, Word.THANG) && (is(i + 2, Word.DAU) || is(i + 2, Word.CUOI)) && is(i + 3, Word.NAM)) {
            int months = tok(i).value;
            if (months < 1 || months > 11) {
                return null;
            }
            int k = i + 4;
            int year = docYear;
            Integer y = yearAt(k);
            if (y != null) {
                year = y;
                k++;
            }
            DateCore c = span(k);
            if (is(i + 2, Word.DAU)) {
                c.spanStart = LocalDate.of(year, 1, 1);
                c.spanEnd = YearMonth.of(year, months).atEndOfMonth();
            } else {
                c.spanStart = LocalDate.of(year, 13 - months, 1);
                c.spanEnd = LocalDate.of(year, 12, 31);
            }
            return spanEndsCleanly(k) ? c : null;
        }
        // "quý II/2024", "quý 2 năm 2024"
        if (is(i, Word.QUY) || is(i, Word.QUI)) {
            Token q = tok(i + 1);
            int quarter = 0;
            if (q != null && q.isNum() && q.digits() == 1 && q.value >= 1 && q.value <= 4) {
                quarter = q.value;
            } else if (q != null && q.isWord()) {
                for (int r = 0; r < ROMAN.length; r++) {
                    if (q.lower.equals(ROMAN[r]) && q.raw.equals(q.raw.toUpperCase(java.util.Locale.ROOT))) {
                        quarter = r + 1;
                    }
                }
            }
            if (quarter == 0) {
                return null;
            }
            int k = i + 2;
            int year = docYear;
            int[] y = spanYear(k);
            if (y != null) {
                k = y[0];
                year = y[1];
            }
            if (!spanEndsCleanly(k)) {
                return null;
            }
            DateCore c = span(k);
            c.spanStart = LocalDate.of(year, quarter * 3 - 2, 1);
            c.spanEnd = YearMonth.of(year, quarter * 3).atEndOfMonth();
            return c;
        }
        // "đầu/giữa/cuối tháng 5", "tháng 4/2024", "tháng 4 đến tháng 6/2024"
        int j = i;
        int third = 0;
        if (is(j, Word.DAU)) {
            third = 1;
        } else if (is(j, Word.GIUA)) {
            third = 2;
        } else if (is(j, Word.CUOI)) {
            third = 3;
        }
        if (third != 0) {
            j++;
        } else if (is(j + 1, Word.TUAN)) {
            // "thượng tuần / trung tuần / hạ tuần tháng 2": the first, middle and last ten days, as đầu/giữa/cuối
            if (is(j, Word.THUONG)) {
                third = 1;
            } else if (is(j, Word.TRUNG)) {
                third = 2;
            } else if (is(j, Word.HA)) {
                third = 3;
            }
            if (third != 0) {
                j += 2;
            }
        }
        int[] first = month(j);
        if (first == null) {
            return null;
        }
        int k = first[0];
        Integer year1 = first[2] == 0 ? null : first[2];
        if (third == 0) {
            int s = k;
            if (sym(s, '-') || is(s, Word.DEN) || is(s, Word.TOI_TO)) {
                s++;
                if (is(s, Word.HET)) {
                    s++;
                }
                int[] second = month(s);
                if (second != null) {
                    int y2 = second[2] == 0 ? docYear : second[2];
                    int y1 = year1 != null ? year1 : (first[1] > second[1] ? y2 - 1 : y2);
                    LocalDate from = LocalDate.of(y1, first[1], 1);
                    LocalDate to = YearMonth.of(y2, second[1]).atEndOfMonth();
                    if (!from.isAfter(to)) {
                        DateCore c = span(second[0]);
                        c.spanStart = from;
                        c.spanEnd = to;
                        c.spanRange = true;
                        return c;
                    }
                }
            }
        }
        int year = year1 == null ? docYear : year1;
        YearMonth ym = YearMonth.of(year, first[1]);
        DateCore c = span(k);
        switch (third) {
            case 1 -> {
                c.spanStart = ym.atDay(1);
                c.spanEnd = ym.atDay(10);
            }
            case 2 -> {
                c.spanStart = ym.atDay(11);
                c.spanEnd = ym.atDay(20);
            }
            case 3 -> {
                c.spanStart = ym.atDay(21);
                c.spanEnd = ym.atEndOfMonth();
            }
            default -> {
                c.spanStart = ym.atDay(1);
                c.spanEnd = ym.atEndOfMonth();
            }
        }
        return c;
    }

    /** {@code tháng 5}, {@code tháng 5/2024}, {@code tháng 5 năm 2024}: {end, month, year or 0}, or null. */
    private int[] month(int i) {
        if (!is(i, Word.THANG) || !num(i + 1, 2)) {
            return null;
        }
        int mo = tok(i + 1).value;
        if (mo < 1 || mo > 12) {
            return null;
        }
        int k = i + 2;
        int year = 0;
        int[] y = spanYear(k);
        if (y != null) {
            k = y[0];
            year = y[1];
        }
        if (!spanEndsCleanly(k)) {
            return null;
        }
        return new int[] {k, mo, year};
    }

    private static DateCore span(int end) {
        DateCore c = new DateCore();
        c.form = DateCore.Form.SPAN;
        c.end = end;
        return c;
    }
}

package vn.loa.dates;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Date cores that are one day or several: a single day, a range ({@code 15/4 - 21/4/2024},
 * {@code 03-14/5}, {@code 28/4 đến hết ngày 2/5}) and a list of days sharing a month ({@code 17, 18 và 19/5}).
 */
final class Ranges extends TokenReader {
    private final DayForms dayForms;
    private final WeekdayMentions weekdays;
    private final ClockTimes clocks;

    Ranges(TokenReader tokens, DayForms dayForms, WeekdayMentions weekdays, ClockTimes clocks) {
        super(tokens);
        this.dayForms = dayForms;
        this.weekdays = weekdays;
        this.clocks = clocks;
    }

    /** The end of a range after its first part: {@code - 21/4}, {@code đến hết ngày 21/4/2024}, {@code đến 17h00 ngày 21/4}. */
    DateCore rangeTail(int i) {
        int k = i;
        boolean dash = sym(k, '-');
        if (dash) {
            k++;
        } else if (is(k, Word.DEN) || is(k, Word.TOI_TO)) {
            k++;
            if (is(k, Word.HET)) {
                k++;
            }
        } else {
            return null;
        }
        WeekdayMention wb = null;
        if (!dash && (wb = weekdays.weekday(k)) != null) {
            k = wb.end();
            if (sym(k, ',')) {
                k++;
            }
        }
        if (is(k, Word.NGAY)) {
            k++;
        }
        LocalTime endTime = null;
        if (!dash) {
            int[] c = clocks.clock(k);
            if (c != null) {
                endTime = LocalTime.of(c[0], c[1]);
                k = c[2];
                if (sym(k, ',')) {
                    k++;
                }
                if (is(k, Word.NGAY)) {
                    k++;
                }
            }
        }
        boolean paren = wb != null && sym(k, '(');
        DayMonth b = dayForms.part(paren ? k + 1 : k, true);
        if (b == null || (paren && !sym(b.end, ')'))) {
            return null;
        }
        DateCore c = new DateCore();
        c.form = DateCore.Form.RANGE;
        c.b = b;
        c.bWeekday = wb;
        c.endTime = endTime;
        c.end = paren ? b.end + 1 : b.end;
        return c;
    }

    /** A single date or a range of dates starting at token i. */
    DateCore dateCore(int i, boolean wordOk) {
        DayMonth a = dayForms.part(i, wordOk);
        if (a != null) {
            int k = a.end;
            WeekdayMention wa = weekdays.parenWeekday(k);
            if (wa != null) {
                k = wa.end();
            }
            DateCore r = rangeTail(k);
            if (r != null) {
                r.a = a;
                r.aWeekday = wa;
                return r;
            }
        }
        if (a == null && (a = dayForms.dottedRangeStart(i)) != null) {
            // "28.4 - 2.5.2024": a dotted day without its year only as the start of a dotted range with one
            DateCore r = rangeTail(a.end);
            if (r != null && r.b.year != null && dayForms.dotted(r.b)) {
                r.a = a;
                return r;
            }
            a = null;
        }
        if (num(i, 2) && (a == null || a.year == null)) {
            DateCore r = rangeTail(i + 1);
            if (r != null) {
                r.a = new DayMonth(i, tok(i).value, 0, null, i + 1);
                return r;
            }
            DateCore l = dayList(i);
            if (l != null) {
                return l;
            }
        }
        if (a == null) {
            return null;
        }
        DateCore c = new DateCore();
        c.form = DateCore.Form.SINGLE;
        c.a = a;
        c.end = a.end;
        return c;
    }

    /** Days sharing the month of the last: {@code 17, 18/5}, {@code 17 và 18/5/2024}, {@code 10, 15 và 20/5}. */
    DateCore dayList(int i) {
        List<Integer> days = new ArrayList<>();
        List<Integer> toks = new ArrayList<>();
        int k = i;
        while (days.size() < 8) {
            if (!num(k, 2)) {
                return null;
            }
            if (!days.isEmpty()) {
                DayMonth b = dayForms.part(k, true);
                if (b != null) {
                    DateCore c = new DateCore();
                    c.form = DateCore.Form.RANGE;
                    c.a = new DayMonth(i, days.get(0), 0, null, i + 1);
                    c.b = b;
                    c.listDays = days.stream().mapToInt(Integer::intValue).toArray();
                    c.listToks = toks.stream().mapToInt(Integer::intValue).toArray();
                    c.end = b.end;
                    return c;
                }
            }
            days.add(tok(k).value);
            toks.add(k);
            int s = k + 1;
            if (sym(s, ',')) {
                s++;
                if (is(s, Word.VA)) {
                    s++;
                }
            } else if (is(s, Word.VA)) {
                s++;
            } else {
                return null;
            }
            if (!num(s, 2) || !tok(s).gapBefore) {
                return null; // "1,5" is a decimal
            }
            k = s;
        }
        return null;
    }
}

package vn.loa.dates;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link Match} into what it states: settles the years (the document's year for a date without one, the year
 * before for the first part of a range that crosses New Year), the kind from the lead words, the clock times with the
 * part of day, and the problems (an impossible date, a range that ends before it starts, a contradicting weekday).
 */
final class ExpressionBuilder extends TokenReader {
    private final int docYear;

    ExpressionBuilder(TokenReader tokens, int docYear) {
        super(tokens);
        this.docYear = docYear;
    }

    DateExpression build(Match m) {
        Token first = t.get(m.startTok);
        Token last = t.get(m.endTok - 1);
        String quote = text.substring(first.start, last.end);
        DateCore c = m.core;

        DateKind kind;
        LocalDate start = null;
        LocalDate end = null;
        LocalDate stated = null;
        LocalDate statedEnd = null;
        DateProblem problem = null;
        LocalTime time = m.time == null ? null : m.time.start;
        LocalTime endTime = m.time == null ? null : m.time.end;

        if (c.form == DateCore.Form.SPAN) {
            LocalDate s = c.spanStart;
            LocalDate e = c.spanEnd;
            switch (m.lead) {
                case DEADLINE, UNTIL -> {
                    kind = DateKind.DEADLINE;
                    end = m.lead == Lead.DEADLINE && is(m.startTok, Word.TRUOC) ? s.minusDays(1) : e;
                }
                case FROM -> {
                    kind = DateKind.VAGUE;
                    start = s;
                    end = c.spanRange ? e : null;
                }
                case AFTER -> {
                    kind = DateKind.VAGUE;
                    start = e.plusDays(1);
                }
                default -> {
                    kind = DateKind.VAGUE;
                    start = s;
                    end = e;
                }
            }
        } else {
            LocalDate a;
            LocalDate b;
            if (c.form == DateCore.Form.SINGLE) {
                int y = c.a.year != null ? c.a.year : docYear;
                problem = Problems.checkDay(c.a.day, c.a.month, y);
                a = problem == null ? LocalDate.of(y, c.a.month, c.a.day) : null;
                b = a;
            } else {
                int ma = c.a.month == 0 ? c.b.month : c.a.month;
                // an end without a year takes the start's, or the year after when that puts it before the start
                // ("từ 28/12/2024 đến 3/1"); with neither, the document's year
                int yb = c.b.year != null ? c.b.year
                        : c.a.year == null ? docYear
                        : ma > c.b.month || (ma == c.b.month && c.a.day > c.b.day) ? c.a.year + 1 : c.a.year;
                // a first part without a year takes the second's, or the year before when that puts it after the
                // end ("từ 30/12 đến 2/1/2024"); a bare first day ("14-3/5") shares the month, so it cannot wrap
                int ya = c.a.year != null ? c.a.year
                        : c.a.month != 0 && (ma > c.b.month || (ma == c.b.month && c.a.day > c.b.day)) ? yb - 1 : yb;
                problem = Problems.checkDay(c.a.day, ma, ya);
                if (problem == null) {
                    problem = Problems.checkDay(c.b.day, c.b.month, yb);
                }
                a = problem == null ? LocalDate.of(ya, ma, c.a.day) : null;
                b = problem == null ? LocalDate.of(yb, c.b.month, c.b.day) : null;
                if (problem == null && a.isAfter(b)) {
                    problem = Problems.inverted(a, b);
                    a = null;
                    b = null;
                }
                if (c.endTime != null) {
                    endTime = c.endTime;
                }
            }
            stated = a;
            statedEnd = b;
            boolean range = c.form == DateCore.Form.RANGE;
            switch (m.lead) {
                case DEADLINE, UNTIL -> {
                    kind = DateKind.DEADLINE;
                    end = b;
                    if (range && endTime != null && time == null) {
                        time = endTime;
                        endTime = null;
                    }
                }
                case FROM -> {
                    kind = range ? DateKind.PERIOD : DateKind.VAGUE;
                    start = a;
                    end = range ? b : null;
                }
                case AFTER -> {
                    kind = DateKind.VAGUE;
                    start = b == null ? null : b.plusDays(1);
                }
                case OCCASION -> {
                    // "nhân dịp 18/5": the occasion, not when an activity happens; the day (or days) as a vague span
                    kind = DateKind.VAGUE;
                    start = a;
                    end = b;
                }
                case AROUND -> {
                    kind = DateKind.VAGUE;
                    start = a == null ? null : a.withDayOfMonth(1);
                    end = b == null ? null : YearMonth.from(b).atEndOfMonth();
                }
                default -> {
                    kind = range ? DateKind.PERIOD : DateKind.EVENT;
                    start = a;
                    end = b;
                }
            }
            if (kind == DateKind.PERIOD && start != null && start.equals(end)) {
                kind = DateKind.EVENT;
            }
        }

        if (m.pod != null) {
            time = afternoon(time, m.pod);
            endTime = afternoon(endTime, m.pod);
        }
        WeekdayMention before = m.weekday != null && !m.weekdayAfter ? m.weekday : null;
        WeekdayMention after = m.weekday != null && m.weekdayAfter ? m.weekday : null;
        WeekdayMention aw = c.aWeekday != null ? c.aWeekday : before;
        WeekdayMention bw = c.bWeekday != null ? c.bWeekday : c.form == DateCore.Form.RANGE ? after : null;
        if (c.form != DateCore.Form.RANGE && after != null) {
            aw = after;
        }
        String weekdayStated = firstStated(before, c.aWeekday, c.bWeekday, after);
        if (problem == null && aw != null && stated != null && stated.getDayOfWeek() != aw.day()) {
            problem = Problems.weekdayMismatch(stated, aw.day());
        }
        if (problem == null && bw != null && statedEnd != null && statedEnd.getDayOfWeek() != bw.day()) {
            problem = Problems.weekdayMismatch(statedEnd, bw.day());
        }
        if (problem != null && DateProblem.INVALID_DATE.equals(problem.code())) {
            start = null;
            end = null;
        }
        return new DateExpression(quote, first.start, last.end, kind, start, end, time, endTime, m.pod,
                weekdayStated, problem);
    }

    private static String firstStated(WeekdayMention... ws) {
        for (WeekdayMention w : ws) {
            if (w != null) {
                return w.stated();
            }
        }
        return null;
    }

    /**
     * Builds what one match states. A list of days that are not consecutive ({@code ngày 10 và 20/5}) states several
     * events: one per day, each quoting its own day (the first with the lead words).
     */
    List<DateExpression> buildAll(Match m) {
        DateCore c = m.core;
        if (c.listDays == null || consecutive(c)) {
            return List.of(build(m));
        }
        List<DateExpression> out = new ArrayList<>();
        int count = c.listDays.length + 1;
        for (int x = 0; x < count; x++) {
            boolean first = x == 0;
            boolean last = x == count - 1;
            Match one = new Match();
            one.startTok = first ? m.startTok : last ? c.b.start : c.listToks[x];
            one.endTok = last ? m.endTok : c.listToks[x] + 1;
            one.lead = first || m.lead == Lead.OCCASION ? m.lead : Lead.NONE;
            one.time = m.time;
            one.pod = m.pod;
            if (m.weekday != null && (m.weekdayAfter ? last : first)) {
                one.weekday = m.weekday;
                one.weekdayAfter = m.weekdayAfter;
            }
            DateCore single = new DateCore();
            single.form = DateCore.Form.SINGLE;
            single.a = last ? c.b : new DayMonth(c.listToks[x], c.listDays[x], c.b.month, c.b.year, c.listToks[x] + 1);
            single.end = one.endTok;
            one.core = single;
            out.add(build(one));
        }
        return out;
    }

    /** The days of a list follow one another up to the last: {@code 17, 18 và 19/5}. */
    private static boolean consecutive(DateCore c) {
        for (int x = 1; x < c.listDays.length; x++) {
            if (c.listDays[x] != c.listDays[x - 1] + 1) {
                return false;
            }
        }
        return c.b.day == c.listDays[c.listDays.length - 1] + 1;
    }

    /** {@code 2 giờ chiều} is 14:00: an hour before noon said with chiều or tối moves to the afternoon. */
    private static LocalTime afternoon(LocalTime t, PartOfDay pod) {
        if (t == null) {
            return null;
        }
        if ((pod == PartOfDay.CHIEU || pod == PartOfDay.TOI) && t.getHour() >= 1 && t.getHour() < 12) {
            return t.plusHours(12);
        }
        if (pod == PartOfDay.TRUA && t.getHour() >= 1 && t.getHour() <= 2) {
            return t.plusHours(12);
        }
        return t;
    }
}

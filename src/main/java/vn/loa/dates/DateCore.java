package vn.loa.dates;

import java.time.LocalDate;
import java.time.LocalTime;

/** The date part of an expression, as written: one day, a range of days, or a vague span with its bounds. */
final class DateCore {
    enum Form { SINGLE, RANGE, SPAN }

    Form form;
    DayMonth a;
    DayMonth b;
    /** Weekdays written inside a range: {@code 13/5 (Thứ Hai) đến Chủ nhật (19/5)}. */
    WeekdayMention aWeekday;
    WeekdayMention bWeekday;
    /** For a list of days sharing the last one's month ({@code 17, 18 và 19/5}): all days but the last, and their tokens. */
    int[] listDays;
    int[] listToks;
    LocalTime endTime;
    LocalDate spanStart;
    LocalDate spanEnd;
    /** A span with both ends stated ({@code tháng 4 đến tháng 6}), so a {@code từ} before it leaves it closed. */
    boolean spanRange;
    int end;
}

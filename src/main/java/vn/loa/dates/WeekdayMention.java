package vn.loa.dates;

import java.time.DayOfWeek;

/** A weekday as written ({@code stated}), ending before token {@code end}. */
record WeekdayMention(DayOfWeek day, String stated, int end) {
}

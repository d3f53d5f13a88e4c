package vn.loa.dates;

import java.time.LocalTime;

/** A clock time or a span of two, as read, with the part of day said right after it. */
final class ClockTime {
    LocalTime start;
    LocalTime end;
    PartOfDay pod;
    /** The token after the time. */
    int next;
}

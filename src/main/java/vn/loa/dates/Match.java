package vn.loa.dates;

/** What was read of one expression, before years are settled and dates checked. */
final class Match {
    int startTok;
    int endTok;
    boolean dropped;
    Lead lead = Lead.NONE;
    ClockTime time;
    PartOfDay pod;
    WeekdayMention weekday;
    /** The weekday was written after the date (for a range: after its end). */
    boolean weekdayAfter;
    DateCore core;
}

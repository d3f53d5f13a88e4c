package vn.loa.dates;

/** What a date expression says about time: one day, a span, a deadline, or a span with soft bounds. */
public enum DateKind {
    /** One day, possibly with a clock time or a part of the day: {@code Chiều ngày 17/5/2024}. */
    EVENT("event"),
    /** Several whole days: {@code từ ngày 15/4 đến hết ngày 21/4/2024}. */
    PERIOD("period"),
    /** Only an end: {@code Hoàn thành trước ngày 10/5/2024}. */
    DEADLINE("deadline"),
    /** A span whose bounds are honest but not a day of the grid: {@code cuối tháng 10}, {@code quý II/2024}. */
    VAGUE("vague");

    private final String jsonName;

    DateKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The lower-case name used in JSON and front matter: {@code event}, {@code period}, {@code deadline}, {@code vague}. */
    public String jsonName() {
        return jsonName;
    }
}

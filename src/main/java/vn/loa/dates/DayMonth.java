package vn.loa.dates;

/** A day and month, and maybe a year, as written. {@code month == 0} for a bare day waiting for its range end. */
final class DayMonth {
    int start;
    int day;
    int month;
    Integer year;
    int end;

    DayMonth(int start, int day, int month, Integer year, int end) {
        this.start = start;
        this.day = day;
        this.month = month;
        this.year = year;
        this.end = end;
    }
}

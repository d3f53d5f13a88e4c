package vn.loa.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** Dates and times written the way a Vietnamese reader expects: {@code Thứ Sáu, 17/5/2024}. */
public final class VietnameseDates {

    private static final String[] WEEKDAYS = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};

    private VietnameseDates() {
    }

    /** {@code Thứ Hai} … {@code Thứ Bảy}, {@code Chủ nhật}. */
    public static String weekday(DayOfWeek day) {
        return WEEKDAYS[day.getValue() - 1];
    }

    /** {@code 17/5/2024}: day and month without leading zeros, as in official documents. */
    public static String shortDate(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    /** {@code Thứ Sáu, 17/5/2024}. */
    public static String fullDate(LocalDate date) {
        return weekday(date.getDayOfWeek()) + ", " + shortDate(date);
    }

    /** {@code ngày 17 tháng 5 năm 2024}, the form of the place-and-date line. */
    public static String longDate(LocalDate date) {
        return "ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm " + date.getYear();
    }

    /** {@code tháng 5/2024}. */
    public static String monthYear(LocalDate date) {
        return "tháng " + date.getMonthValue() + "/" + date.getYear();
    }

    /** {@code 14:00}. */
    public static String time(LocalTime time) {
        return TimeFormat.CLOCK.format(time); // without a Formatter: templates and calendars ask for thousands
    }
}

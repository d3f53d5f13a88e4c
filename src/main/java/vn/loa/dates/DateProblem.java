package vn.loa.dates;

import java.util.Objects;

/**
 * Something wrong with a date as the source states it, to report to the person who wrote it.
 *
 * @param code    {@value #INVALID_DATE} (the day does not exist, or a span ends before it starts) or
 *                {@value #WEEKDAY_MISMATCH} (the stated weekday is not the date's)
 * @param message in plain Vietnamese, naming the date and what is wrong, e.g.
 *                {@code Ngày 31/4/2024 không tồn tại: tháng 4 chỉ có 30 ngày.}
 */
public record DateProblem(String code, String message) {
    public static final String INVALID_DATE = "invalid-date";
    public static final String WEEKDAY_MISMATCH = "weekday-mismatch";

    public DateProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}

package vn.loa.dates;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One date as a document states it, read by {@link VietnameseDateReader}.
 *
 * <p>{@code text.substring(start, end)} equals {@code sourceQuote}. An {@link DateKind#EVENT} has
 * {@code startDate == endDate}; a {@link DateKind#PERIOD} has {@code startDate} before {@code endDate}; a
 * {@link DateKind#DEADLINE} has only {@code endDate}; a {@link DateKind#VAGUE} span has honest bounds, and an open end
 * ({@code endDate == null}) when the text gives none ({@code từ ngày 15/4/2024} alone). When {@code problem} is
 * {@code invalid-date} both dates are null: an impossible date is never shifted to a real one.
 *
 * @param sourceQuote   the exact text that states the date, lead words, clock time, part of day and stated weekday included
 * @param start         offset of {@code sourceQuote} in the text read
 * @param end           offset just after {@code sourceQuote}
 * @param kind          event, period, deadline or vague span
 * @param startDate     first day; null for a deadline and for an invalid date
 * @param endDate       last day (the deadline's day for a deadline); null for an invalid date or an open span
 * @param time          clock time of the start, or of the deadline; null when none is stated
 * @param endTime       clock time of the end; null when none is stated
 * @param partOfDay     {@code sáng}, {@code trưa}, {@code chiều} or {@code tối} as stated; null when none is stated
 * @param weekdayStated the weekday as written ({@code Thứ 6}, {@code Chủ nhật}); null when none is stated
 * @param problem       what is wrong with the date as stated; null when nothing is
 */
public record DateExpression(
        String sourceQuote,
        int start,
        int end,
        DateKind kind,
        LocalDate startDate,
        LocalDate endDate,
        LocalTime time,
        LocalTime endTime,
        PartOfDay partOfDay,
        String weekdayStated,
        DateProblem problem) {

    public DateExpression {
        Objects.requireNonNull(sourceQuote, "sourceQuote");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start || end - start != sourceQuote.length()) {
            throw new IllegalArgumentException("offsets " + start + ".." + end + " do not fit the quote \"" + sourceQuote + "\"");
        }
    }

    /** True when there is a problem with the date as stated. */
    public boolean hasProblem() {
        return problem != null;
    }

    /**
     * The event as one JSON object, keys in this order: {@code text}, {@code kind}, {@code start}, {@code end},
     * {@code time}, {@code end_time}, {@code part_of_day}, {@code weekday_stated}, {@code source_quote}, and
     * {@code error} ({@code {"code": …, "message": …}}) only when there is a problem. Dates are {@code YYYY-MM-DD},
     * times {@code HH:MM}, absent values {@code null}.
     */
    public String toJson() {
        StringBuilder b = new StringBuilder(256).append('{');
        b.append("\"text\": ").append(jsonString(sourceQuote));
        b.append(", \"kind\": ").append(jsonString(kind.jsonName()));
        b.append(", \"start\": ").append(jsonValue(startDate));
        b.append(", \"end\": ").append(jsonValue(endDate));
        b.append(", \"time\": ").append(jsonValue(time == null ? null : hhmm(time)));
        b.append(", \"end_time\": ").append(jsonValue(endTime == null ? null : hhmm(endTime)));
        b.append(", \"part_of_day\": ").append(jsonValue(partOfDay == null ? null : partOfDay.label()));
        b.append(", \"weekday_stated\": ").append(jsonString(weekdayStated));
        b.append(", \"source_quote\": ").append(jsonString(sourceQuote));
        if (problem != null) {
            b.append(", \"error\": {\"code\": ").append(jsonString(problem.code()))
                    .append(", \"message\": ").append(jsonString(problem.message())).append('}');
        }
        return b.append('}').toString();
    }

    private static String hhmm(LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    private static String jsonString(String s) {
        return vn.loa.text.Json.write(s);
    }

    private static String jsonValue(Object o) {
        return o == null ? "null" : jsonString(o.toString());
    }
}

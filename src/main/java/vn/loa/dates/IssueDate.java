package vn.loa.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The place-and-date line of an administrative document ({@code Đắk Nông, ngày 12 tháng 4 năm 2024}): when and where
 * the document was signed, not an event. Drafts often leave the day blank ({@code ngày    tháng 4 năm 2024}), so
 * {@code day} may be null.
 *
 * @param place the place as written, e.g. {@code Đắk Nông}; null when the line has none
 * @param day   the day of the month as written, null when left blank
 * @param month the month as written (not checked)
 * @param year  the year as written
 */
public record IssueDate(String place, Integer day, Integer month, Integer year) {

    /** The date, when the day is filled in and the date exists. */
    public Optional<LocalDate> date() {
        if (day == null || month == null || year == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

package vn.loa.importer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A dated activity found in a document.
 *
 * @param text          the activity: a numbered activity's title, a table row's "Nội dung", or the sentence's subject
 * @param kind          {@code event}, {@code period}, {@code deadline} or {@code vague}
 * @param start         first day; null for a deadline
 * @param end           last day (the day of a deadline); null for an open vague span
 * @param time          clock time of the start (or of the deadline); null when none is stated
 * @param endTime       clock time of the end; null when none is stated
 * @param partOfDay     {@code sáng}, {@code trưa}, {@code chiều} or {@code tối}; null when none is stated
 * @param weekdayStated the weekday as written ({@code Thứ 6}); null when none is stated
 * @param weekdayOk     false when the stated weekday is not the date's
 * @param lead          units in charge ({@code Chủ trì}, {@code Đơn vị chủ trì})
 * @param partners      units taking part ({@code Phối hợp})
 * @param location      where, when the document says
 * @param sourceQuote   the exact text of the body that states the date (as the rendered page shows it)
 */
public record ImportedEvent(String text, String kind, LocalDate start, LocalDate end, LocalTime time, LocalTime endTime,
                            String partOfDay, String weekdayStated, boolean weekdayOk, List<String> lead,
                            List<String> partners, String location, String sourceQuote) {

    public ImportedEvent {
        lead = List.copyOf(lead);
        partners = List.copyOf(partners);
    }

    ImportedEvent withText(String t) {
        return new ImportedEvent(t, kind, start, end, time, endTime, partOfDay, weekdayStated, weekdayOk, lead, partners,
                location, sourceQuote);
    }
}

package vn.loa.importer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A dated activity found in a document.
 *
 * @param text          the activity: a numbered activity's title, a table row's "Nội dung", or the clause's subject
 * @param kind          {@code event}, {@code period}, {@code deadline} or {@code vague}
 * @param start         first day; null for a deadline
 * @param end           last day (the day of a deadline); null for an open vague span
 * @param time          clock time of the start (or of the deadline); null when none is stated
 * @param endTime       clock time of the end; null when none is stated
 * @param partOfDay     {@code sáng}, {@code trưa}, {@code chiều} or {@code tối}; null when none is stated
 * @param weekdayStated the weekday as written ({@code Thứ 6}); null when none is stated
 * @param weekdayOk     false when the stated weekday is not the date's
 * @param lead          units in charge ({@code Chủ trì}, {@code Đơn vị chủ trì}; a deadline's: the unit its sentence names)
 * @param partners      units taking part ({@code Phối hợp})
 * @param location      where, when the document says
 * @param sourceQuote   the exact text of the body that states the date (as the rendered page shows it)
 * @param found         how it was found: {@code bảng} a table row, {@code mục} a numbered activity with its labels,
 *                      {@code câu} a sentence of prose
 * @param doubts        what is uncertain about it; none for an event read plainly
 * @param note          for the editor: {@code dời từ ngày 10/5/2024} for a rescheduled event, {@code hằng năm} …; or null
 * @param section       the heading of the part of the document it was found in; null when it has none
 */
public record ImportedEvent(String text, String kind, LocalDate start, LocalDate end, LocalTime time, LocalTime endTime,
                            String partOfDay, String weekdayStated, boolean weekdayOk, List<String> lead,
                            List<String> partners, String location, String sourceQuote, String found, Set<Doubt> doubts,
                            String note, String section) {

    public static final String TABLE = "bảng";
    public static final String ITEM = "mục";
    public static final String SENTENCE = "câu";

    public ImportedEvent {
        lead = List.copyOf(lead);
        partners = List.copyOf(partners);
        doubts = Set.copyOf(doubts);
    }

    /** {@code cao} (nothing uncertain), {@code vừa} (one thing to check) or {@code thấp}. */
    public String confidence() {
        int w = 0;
        for (Doubt d : doubts) {
            w += d.weight();
        }
        return w == 0 ? "cao" : w == 1 ? "vừa" : "thấp";
    }

    /** What the editor should check, in Vietnamese, in a stable order; empty when nothing. */
    public List<String> checks() {
        List<String> out = new ArrayList<>();
        for (Doubt d : new TreeSet<>(doubts)) {
            out.add(d.label());
        }
        return out;
    }

    ImportedEvent withText(String t) {
        return new ImportedEvent(t, kind, start, end, time, endTime, partOfDay, weekdayStated, weekdayOk, lead, partners,
                location, sourceQuote, found, doubts, note, section);
    }

    ImportedEvent withDoubt(Doubt d) {
        Set<Doubt> more = new java.util.HashSet<>(doubts);
        more.add(d);
        return new ImportedEvent(text, kind, start, end, time, endTime, partOfDay, weekdayStated, weekdayOk, lead, partners,
                location, sourceQuote, found, more, note, section);
    }
}

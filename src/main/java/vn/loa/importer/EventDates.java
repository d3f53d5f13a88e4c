package vn.loa.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.loa.dates.DateExpression;
import vn.loa.dates.DateKind;
import vn.loa.dates.DateProblem;
import vn.loa.dates.VietnameseDateReader;

/**
 * The date expressions of a text that can date an event — not an impossible date, not history the plan recalls — and
 * the event made of one, with a warning for the editor for each one left out or doubtful.
 */
final class EventDates {

    /** A year written in the date ({@code 18/5/2024}, {@code năm 2024}). */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

    private final VietnameseDateReader reader;
    private final List<String> warnings;
    private final boolean yearStated;

    /** {@code yearStated}: the reader's year is the document's own (its date or title), not a guess. */
    EventDates(VietnameseDateReader reader, List<String> warnings, boolean yearStated) {
        this.reader = reader;
        this.warnings = warnings;
        this.yearStated = yearStated;
    }

    /** Every date expression of the text, in order (for the words around each). */
    List<DateExpression> all(String text) {
        return reader.read(text);
    }

    /** Whether an expression dates an event: warns of the ones that cannot. */
    boolean usable(DateExpression e) {
        return !invalid(e) && !past(e);
    }

    /** The usable expressions of the text. */
    List<DateExpression> usable(String text) {
        List<DateExpression> out = new ArrayList<>();
        for (DateExpression e : reader.read(text)) {
            if (usable(e)) {
                out.add(e);
            }
        }
        return out;
    }

    private boolean invalid(DateExpression e) {
        if (e.problem() != null && DateProblem.INVALID_DATE.equals(e.problem().code())) {
            warnings.add("bỏ qua ngày không hợp lệ «" + e.sourceQuote() + "»: " + e.problem().message());
            return true;
        }
        return false;
    }

    /**
     * A date that ends more than a year before the document's year is history the plan recalls
     * ({@code Ngày 18/5/1963, Chủ tịch Hồ Chí Minh …}), not one of its activities.
     */
    private boolean past(DateExpression e) {
        if (!yearStated) {
            return false;
        }
        LocalDate last = e.endDate() != null ? e.endDate() : e.startDate();
        if (last != null && last.getYear() < reader.documentYear() - 1) {
            warnings.add("bỏ qua ngày đã qua «" + e.sourceQuote() + "»: trước năm " + reader.documentYear()
                    + " của văn bản, không phải một hoạt động của kế hoạch");
            return true;
        }
        return false;
    }

    /**
     * The event a date states. To the doubts of how it was found are added those of the date: a weekday that is not the
     * date's, a year neither the date nor the document states, a span known only roughly.
     */
    ImportedEvent event(DateExpression e, String text, List<String> lead, List<String> partners, String location, String found,
            Set<Doubt> doubts, String note, String section) {
        boolean weekdayOk = e.problem() == null || !DateProblem.WEEKDAY_MISMATCH.equals(e.problem().code());
        Set<Doubt> all = EnumSet.noneOf(Doubt.class);
        all.addAll(doubts);
        if (!weekdayOk) {
            warnings.add("thứ không khớp với ngày: «" + e.sourceQuote() + "» — " + e.problem().message());
            all.add(Doubt.WEEKDAY);
        }
        if (!yearStated && !YEAR.matcher(e.sourceQuote()).find()) {
            all.add(Doubt.YEAR_GUESSED);
        }
        if (e.kind() == DateKind.VAGUE) {
            all.add(Doubt.VAGUE);
        }
        return new ImportedEvent(text, e.kind().jsonName(), e.startDate(), e.endDate(), e.time(), e.endTime(),
                e.partOfDay() == null ? null : e.partOfDay().label(), e.weekdayStated(), weekdayOk, lead, partners,
                location, e.sourceQuote(), found, all, note, section);
    }

    /** A deadline that is the new day of a moved event ({@code hoãn đến ngày 22/11}): an event on that day. */
    static ImportedEvent asDay(ImportedEvent e) {
        if (!e.kind().equals("deadline") || e.end() == null) {
            return e;
        }
        return new ImportedEvent(e.text(), "event", e.end(), e.end(), e.time(), null, e.partOfDay(), e.weekdayStated(), e.weekdayOk(),
                e.lead(), e.partners(), e.location(), e.sourceQuote(), e.found(), e.doubts(), e.note(), e.section());
    }

    /**
     * The end of a span that starts {@code từ nay} ({@code từ nay đến hết ngày 21/4/2025}): a period from the document's
     * own day; without that day, or when it is after the end, the deadline it reads as, with low confidence.
     */
    static ImportedEvent fromDay(ImportedEvent e, LocalDate day) {
        if (e.end() == null) {
            return e;
        }
        if (day == null || day.isAfter(e.end())) {
            Set<Doubt> doubts = EnumSet.noneOf(Doubt.class);
            doubts.addAll(e.doubts());
            doubts.add(Doubt.FROM_NOW);
            return new ImportedEvent(e.text(), "deadline", null, e.end(), e.time(), null, e.partOfDay(), e.weekdayStated(), e.weekdayOk(),
                    e.lead(), e.partners(), e.location(), e.sourceQuote(), e.found(), doubts, e.note(), e.section());
        }
        return new ImportedEvent(e.text(), day.equals(e.end()) ? "event" : "period", day, e.end(), null, null, null, null, true, e.lead(),
                e.partners(), e.location(), e.sourceQuote(), e.found(), e.doubts(), e.note(), e.section());
    }

    /** A day the words before it make a deadline ({@code Hạn cuối nhận hồ sơ: ngày 30/8}): due on that day. */
    static ImportedEvent asDeadline(ImportedEvent e) {
        if (e.kind().equals("deadline") || e.start() == null || !e.kind().equals("event")) {
            return e;
        }
        return new ImportedEvent(e.text(), "deadline", null, e.end() != null ? e.end() : e.start(), e.time(), null, e.partOfDay(),
                e.weekdayStated(), e.weekdayOk(), e.lead(), e.partners(), e.location(), e.sourceQuote(), e.found(), e.doubts(),
                e.note(), e.section());
    }
}

package vn.loa.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loa.dates.DateExpression;
import vn.loa.dates.VietnameseDateReader;

/**
 * Finds the events of a body: every date expression of a heading, paragraph, list item or table row, with the activity
 * it dates, its lead and partner units, its location, how it was found and what is uncertain about it. The work is done
 * by small parts: {@link TableRows} for tables; {@link ActivityText} (numbered activities with their labels, and
 * {@link ProseText} for sentences) for the activity of other blocks; {@link EventContext} and {@link Places} for units
 * and place; {@link CitedDocuments}, {@link Deadlines} and {@link Reschedules} for dates that are not events, deadlines
 * and moved events; {@link EventMerger} for mentions of one event.
 */
final class EventFinder {

    private final List<Block> blocks;
    private final Set<Integer> excluded;
    private final EventDates dates;
    private final Outline outline;
    private final ActivityText activities;
    private final EventContext context;
    private final TableRows tables;
    private final LocalDate documentDate;

    /**
     * {@code yearStated}: the reader's year is the document's own (its date or title), not a guess; {@code documentDate}:
     * the document's own day (its date or a news post's dateline), where {@code từ nay đến …} starts, or null.
     */
    EventFinder(VietnameseDateReader reader, List<Block> blocks, Set<Integer> excluded, String documentTitle, List<String> warnings,
            boolean yearStated, LocalDate documentDate) {
        this.documentDate = documentDate;
        this.blocks = blocks;
        this.excluded = excluded;
        this.dates = new EventDates(reader, warnings, yearStated);
        this.outline = new Outline(blocks);
        this.activities = new ActivityText(outline, documentTitle);
        this.context = new EventContext(outline);
        this.tables = new TableRows(dates);
    }

    List<ImportedEvent> find() {
        List<ImportedEvent> out = new ArrayList<>();
        for (int k = 0; k < blocks.size(); k++) {
            if (excluded.contains(k)) {
                continue;
            }
            Block b = blocks.get(k);
            String section = outline.section(k);
            if (b instanceof Block.Table t) {
                tables.events(t, out, section);
                continue;
            }
            String plain = b.plain();
            List<DateExpression> found = dates.all(plain);
            Map<DateExpression, DateExpression> moved = Reschedules.in(plain, found);
            Set<DateExpression> oldDates = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            oldDates.addAll(moved.values());
            for (DateExpression e : found) {
                if (oldDates.contains(e) || CitedDocuments.cites(plain, e) || !dates.usable(e) || PeriodWords.anniversary(e)
                        || PeriodWords.reportingPeriod(plain, e, b instanceof Block.Heading)) {
                    continue;
                }
                boolean fromNow = PeriodWords.fromNow(plain, e);
                DateExpression old = moved.get(e);
                // The words of a moved event stand before its first date ("Lễ … dự kiến ngày 10/5, được lùi sang ngày 24/5").
                DateExpression words = old != null && old.start() < e.start() ? old : e;
                ActivityText.Activity a = activities.of(k, plain, words, found);
                EventContext.Found c = context.of(k, plain, e);
                Set<Doubt> doubts = EnumSet.noneOf(Doubt.class);
                doubts.addAll(a.doubts());
                String note = null;
                if (old != null) {
                    doubts.add(Doubt.MOVED);
                    note = Reschedules.note(old);
                }
                String location = c.location() != null ? c.location() : a.place();
                List<String> lead = c.lead();
                Sentences.Span span = Sentences.around(plain, e.start());
                int clause = Math.min(e.start(), ProseText.clauseStart(plain, span.start(), e.start(), found, 0));
                String sentence = plain.substring(clause, Math.max(clause, span.end()));
                String before = plain.substring(clause, e.start());
                // "hoãn đến ngày 22/11" reads as a deadline; an event moved there is an event on that day.
                boolean movedEvent = old != null && "event".equals(old.kind().jsonName());
                boolean deadline = !movedEvent && !fromNow && ("deadline".equals(e.kind().jsonName()) || Deadlines.saidBefore(before));
                if (deadline) {
                    // The unit its own sentence names; else the unit a numbered part is about ("1. Phòng Quản lý Khoa học").
                    List<String> units = Deadlines.unitsOf(sentence);
                    if (units.isEmpty() && ImportedEvent.SENTENCE.equals(a.found())) {
                        units = Deadlines.unitHeading(outline.anchorName(k));
                    }
                    if (!units.isEmpty()) {
                        lead = units;
                    }
                    if (Deadlines.yearly(plain.substring(e.end()))) {
                        doubts.add(Doubt.YEARLY);
                        note = note == null ? "hạn lặp lại hằng năm" : note + "; hạn lặp lại hằng năm";
                    }
                }
                ImportedEvent ev = dates.event(e, a.text(), lead, c.partners(), location, a.found(), doubts, note, section);
                if (fromNow) {
                    ev = EventDates.fromDay(ev, documentDate);
                }
                out.add(deadline ? EventDates.asDeadline(ev) : movedEvent ? EventDates.asDay(ev) : ev);
            }
        }
        return EventMerger.merge(out);
    }
}

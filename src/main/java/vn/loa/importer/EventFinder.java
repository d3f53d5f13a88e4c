package vn.loa.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.loa.dates.DateExpression;
import vn.loa.dates.VietnameseDateReader;

/**
 * Finds the events of a body: every date expression of a heading, paragraph, list item or table row (the reader
 * already leaves out cited documents' dates and holiday names), with the activity it dates, its lead and partner
 * units and its location. The work is done by small parts: {@link TableRows} for tables, {@link ActivityText} (with
 * {@link ProseText}) for the activity of other blocks, {@link EventContext} for units and place, {@link EventMerger}
 * for mentions of one event.
 */
final class EventFinder {

    private final List<Block> blocks;
    private final Set<Integer> excluded;
    private final EventDates dates;
    private final Outline outline;
    private final ActivityText activities;
    private final EventContext context;
    private final TableRows tables;

    /** {@code yearStated}: the reader's year is the document's own (its date or title), not a guess. */
    EventFinder(VietnameseDateReader reader, List<Block> blocks, Set<Integer> excluded, String documentTitle, List<String> warnings,
            boolean yearStated) {
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
            if (b instanceof Block.Table t) {
                tables.events(t, out);
                continue;
            }
            String plain = b.plain();
            List<DateExpression> found = dates.all(plain);
            for (DateExpression e : found) {
                if (!dates.usable(e)) {
                    continue;
                }
                String text = activities.of(k, plain, e, found);
                EventContext.Found c = context.of(k, plain, e);
                out.add(dates.event(e, text, c.lead(), c.partners(), c.location()));
            }
        }
        return EventMerger.merge(out);
    }
}

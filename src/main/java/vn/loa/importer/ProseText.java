package vn.loa.importer;

import java.util.List;
import vn.loa.dates.DateExpression;

/**
 * The activity of a date written in prose: the words of the sentence before the date, or after it when the sentence
 * starts with the date; a line that starts with its date under a heading takes the heading.
 */
final class ProseText {

    private final Outline outline;

    ProseText(Outline outline) {
        this.outline = outline;
    }

    /**
     * @param body   the block's text without its number
     * @param offset where {@code body} starts in the block's plain text (the date expressions' positions)
     * @param label  the label the body starts with, or null
     */
    String of(int k, String body, int offset, String label, DateExpression e, List<DateExpression> all) {
        Block b = outline.get(k);
        int qs = Math.max(0, e.start() - offset);
        int qe = Math.max(0, e.end() - offset);
        // A line that starts with its (first) date: "Trong tháng 4/2024, trọng tâm là từ ngày …".
        int labelEnd = label == null ? 0 : label.length() + 1;
        boolean startsWithDate = !all.isEmpty() && body.substring(labelEnd, Math.max(labelEnd, Math.min(body.length(),
                all.get(0).start() - offset))).replaceAll("[\\s\\-+•:]", "").length() <= 2;
        String heading = outline.anchorTitle(k);
        if (startsWithDate && b instanceof Block.Paragraph para && para.number() == null && heading != null) {
            return heading;
        }
        String before = body.substring(0, Math.min(qs, body.length()));
        if (label != null && before.length() >= label.length() + 1) {
            before = before.substring(label.length() + 1);
        }
        for (DateExpression other : all) {
            if (other != e && other.end() - offset <= qs && other.start() - offset >= 0) {
                before = before.replace(other.sourceQuote(), " ");
            }
        }
        String beforeTidy = EventText.tidyBefore(before);
        if (beforeTidy.split("\\s+").length >= 2 && !beforeTidy.isBlank() && !startsWithDate) {
            if (beforeTidy.length() > 200) {
                int cut = Math.max(beforeTidy.lastIndexOf(". "), beforeTidy.lastIndexOf("; "));
                if (cut > 0) {
                    beforeTidy = beforeTidy.substring(cut + 2);
                }
            }
            return Inline.capitalise(beforeTidy);
        }
        // The line starts with its date.
        if (b instanceof Block.Paragraph p && p.number() == null && heading != null) {
            return heading;
        }
        String after = body.substring(Math.min(qe, body.length())).replaceFirst("^[\\s:,\\-–)]+", "");
        after = EventText.firstClause(after);
        if (after.split("\\s+").length >= 2) {
            return Inline.capitalise(EventText.tidy(after));
        }
        return outline.contextTitle(k, body);
    }
}

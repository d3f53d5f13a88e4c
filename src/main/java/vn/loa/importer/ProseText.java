package vn.loa.importer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.loa.dates.DateExpression;

/**
 * The activity of a date written in prose, from the sentence that holds the date ({@link Sentences}): its words before
 * the date, or after it when the sentence starts with the date. A line that starts with its date under a heading
 * takes the heading. Only when the date's sentence names nothing do the words come from the sentence before it.
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
     * @param e      the date whose words are wanted (for a rescheduled event, its old date)
     */
    ActivityText.Activity of(int k, String body, int offset, String label, DateExpression e, List<DateExpression> all) {
        Block b = outline.get(k);
        int qs = Math.min(body.length(), Math.max(0, e.start() - offset));
        int qe = Math.min(body.length(), Math.max(0, e.end() - offset));
        int labelEnd = label == null ? 0 : Math.min(body.length(), label.length() + 1);
        Sentences.Span s = Sentences.around(body, qs);
        boolean first = s.start() <= labelEnd;
        int from = clauseStart(body, first ? labelEnd : s.start(), qs, all, offset);
        first = first && from <= labelEnd;
        int to = Math.max(s.end(), qe);
        // A sentence that starts with its (first) date: "Trong tháng 4/2024, trọng tâm là từ ngày …".
        int firstDate = qs;
        for (DateExpression other : all) {
            int os = other.start() - offset;
            if (os >= from && os < firstDate) {
                firstDate = os;
            }
        }
        boolean startsWithDate = body.substring(from, Math.max(from, firstDate)).replaceAll("[\\s\\-+•:]", "").length() <= 2;
        boolean plainParagraph = b instanceof Block.Paragraph para && para.number() == null;
        String heading = outline.anchorTitle(k);
        if (first && startsWithDate && plainParagraph && heading != null) {
            return new ActivityText.Activity(heading, ImportedEvent.ITEM, Set.of(), null);
        }
        String before = body.substring(from, Math.max(from, qs));
        for (DateExpression other : all) {
            int os = other.start() - offset;
            int oe = other.end() - offset;
            if (other != e && oe <= qs && os >= from) {
                before = before.replace(other.sourceQuote(), " ");
            }
        }
        // "Thực hiện Công văn …, từ nay đến hết ngày …", "Cũng trong dịp này, chiều 17/5, Sở …", "Sáng nay (15/4), Sở …":
        // a citation, a connective or a word of time before the date names no activity; the words after it do.
        before = EventText.withoutLeadIn(PeriodWords.withoutFromNow(before));
        String beforeTidy = EventText.tidyBefore(before);
        if (EventText.namesNothing(beforeTidy)) {
            beforeTidy = "";
        }
        if (beforeTidy.split("\\s+").length >= 2 && !beforeTidy.isBlank() && !startsWithDate) {
            if (beforeTidy.length() > 200) {
                int cut = beforeTidy.lastIndexOf("; ");
                if (cut > 0) {
                    beforeTidy = beforeTidy.substring(cut + 2);
                }
            }
            String place = null;
            if (!"deadline".equals(e.kind().jsonName())) {
                String[] held = Places.heldAt(beforeTidy);
                if (held != null) {
                    beforeTidy = held[0];
                    place = held[1];
                }
            }
            return prose(EventText.phrase(beforeTidy), place);
        }
        // The sentence starts with its date.
        if (first && plainParagraph && heading != null) {
            return new ActivityText.Activity(heading, ImportedEvent.ITEM, Set.of(), null);
        }
        String after = body.substring(qe, Math.max(qe, to)).replaceFirst("^[\\s:,\\-–)]+", "");
        int semi = after.indexOf(';');
        if (semi >= 0) {
            after = after.substring(0, semi);
        }
        // "tối 21/4 sẽ diễn ra chương trình giao lưu “…” tại Nhà Văn hóa …": the activity, without the verb that holds it
        // and the place (the event's location).
        after = after.replaceFirst("^(?:sẽ |đã |đang )?(?:diễn ra|được tổ chức|khai mạc|bắt đầu)\\s+", "");
        int at = after.indexOf(" tại ");
        if (at > 0 && after.substring(0, at).strip().split("\\s+").length >= 2) {
            after = after.substring(0, at);
        }
        after = EventText.phrase(EventText.tidy(after));
        if (after.split("\\s+").length >= 2) {
            return prose(after, null);
        }
        if (!first) {
            // Nothing in the date's own sentence: the sentence before it.
            Sentences.Span prev = Sentences.around(body, Math.max(0, s.start() - 2));
            String words = EventText.phrase(EventText.tidy(prev.of(body)));
            if (prev.start() < s.start() && words.split("\\s+").length >= 2) {
                return new ActivityText.Activity(words, ImportedEvent.SENTENCE, EnumSet.of(Doubt.TEXT_NEARBY), null);
            }
        }
        return new ActivityText.Activity(outline.contextTitle(k, body), ImportedEvent.ITEM, EnumSet.of(Doubt.TEXT_NEARBY), null);
    }

    /**
     * Where the clause holding a date starts in its sentence: after the last {@code ;} before it when what follows has a
     * subject of its own ({@code …; Hội đồng giám khảo nộp kết quả chậm nhất ngày …}) or another date stands before it;
     * a clause without a subject ({@code …; báo cáo kết quả về Văn phòng Sở trước ngày …}) shares the sentence's.
     *
     * @param offset where {@code text} starts in the text the expressions were read from
     */
    static int clauseStart(String text, int sentenceStart, int at, List<DateExpression> all, int offset) {
        int semi = text.lastIndexOf(';', Math.max(0, at - 1));
        if (semi < sentenceStart) {
            return sentenceStart;
        }
        boolean subject = Units.startsWithUnit(text.substring(semi + 1, at));
        boolean dateBefore = false;
        for (DateExpression other : all) {
            int oe = other.end() - offset;
            dateBefore |= oe > sentenceStart && oe <= semi;
        }
        if (!subject && !dateBefore) {
            return sentenceStart;
        }
        int from = semi + 1;
        while (from < at && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static ActivityText.Activity prose(String text, String place) {
        Set<Doubt> doubts = text.length() > 160 ? EnumSet.of(Doubt.TEXT_LONG) : Set.of();
        return new ActivityText.Activity(Inline.capitalise(text), ImportedEvent.SENTENCE, doubts, place);
    }
}

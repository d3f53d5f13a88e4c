package vn.loa.importer;

import java.util.List;
import vn.loa.dates.DateExpression;
import vn.loa.text.Vietnamese;

/**
 * The activity a date of a heading, paragraph or list item dates, in order: the heading that states it; for a
 * {@code Thời gian: …} line, the numbered activity (or parent list item) it belongs to; a label that names the
 * activity ({@code Tổng kết cuộc thi: dự kiến cuối tháng 8}); otherwise the words of the sentence around the date
 * ({@link ProseText}). A title that only names the time gives way to the document's subject.
 */
final class ActivityText {

    private final Outline outline;
    private final String documentTitle;
    private final ProseText prose;

    ActivityText(Outline outline, String documentTitle) {
        this.outline = outline;
        this.documentTitle = documentTitle;
        this.prose = new ProseText(outline);
    }

    String of(int k, String plain, DateExpression e, List<DateExpression> all) {
        return orDocumentTitle(activity(k, plain, e, all));
    }

    /** A title that only names the time ("Thời gian tổ chức …", "THỜI GIAN, ĐỊA ĐIỂM") gives way to the document's subject. */
    private String orDocumentTitle(String text) {
        if (documentTitle != null && (text == null || text.isBlank() || Labels.GENERIC.matcher(Vietnamese.fold(text)).matches())) {
            return EventText.tidy(documentTitle);
        }
        return text;
    }

    private String activity(int k, String plain, DateExpression e, List<DateExpression> all) {
        Block b = outline.get(k);
        if (b instanceof Block.Heading h) {
            String title = h.title();
            String without = EventText.tidy(title.replace(e.sourceQuote(), " "));
            return without.split("\\s+").length >= 2 ? without : EventText.tidy(title);
        }
        String body = b instanceof Block.Paragraph p && p.number() != null ? plain.substring(p.number().length()).strip() : plain;
        int offset = plain.length() - body.length();
        String label = Labels.labelOf(body);
        if (label != null && Labels.TIME.matcher(Vietnamese.fold(label)).matches()) {
            return outline.contextTitle(k, body);
        }
        int qs = Math.max(0, e.start() - offset);
        int qe = Math.max(0, e.end() - offset);
        String named = namedByLabel(body, label, qs, qe);
        if (named != null) {
            return named;
        }
        return prose.of(k, body, offset, label, e, all);
    }

    /**
     * "Tổng kết cuộc thi: dự kiến cuối tháng 8/2025." — a label that names an activity, then only its date: the label
     * is the activity. Not the labels of time, place, units or content, and not when more words follow the date.
     */
    private static String namedByLabel(String body, String label, int qs, int qe) {
        if (label == null || label.strip().split("\\s+").length < 2) {
            return null;
        }
        String f = Vietnamese.fold(label.strip()).replaceFirst("^[-+•\\s]+", "");
        if (Labels.GENERIC.matcher(f).matches() || Labels.LEAD.matcher(f + ":").find() || Labels.PARTNER.matcher(f + ":").find()
                || Labels.PLACE.matcher(f + ":").find() || f.startsWith("thanh phan") || f.startsWith("luu y")
                || f.startsWith("ghi chu")) {
            return null;
        }
        int labelEnd = body.indexOf(':') + 1;
        if (labelEnd <= 0 || labelEnd > qs) {
            return null;
        }
        String between = EventText.tidyBefore(body.substring(labelEnd, Math.min(qs, body.length())));
        String after = body.substring(Math.min(qe, body.length())).replaceFirst("^[\\s)]+", "");
        if (!between.isBlank() || !after.matches("[\\s.;,]*")) {
            return null;
        }
        return EventText.tidy(label);
    }
}

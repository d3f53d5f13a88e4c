package vn.loa.importer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.loa.dates.DateExpression;
import vn.loa.text.Vietnamese;

/**
 * The activity a date of a heading, paragraph or list item dates, in order: the heading that states it; for a
 * {@code Thời gian: …} line, the numbered activity (or parent list item) it belongs to; a label that names the
 * activity ({@code Tổng kết cuộc thi: dự kiến cuối tháng 8}); otherwise the words of the sentence around the date
 * ({@link ProseText}). A title that only names the time gives way to the document's subject.
 */
final class ActivityText {

    /**
     * An activity's name, how it was found ({@link ImportedEvent#ITEM} or {@link ImportedEvent#SENTENCE}), what is
     * uncertain about it, and the place its words name ({@code Hội thảo diễn ra tại …}), or null.
     */
    record Activity(String text, String found, Set<Doubt> doubts, String place) {
    }

    private final Outline outline;
    private final String documentTitle;
    private final ProseText prose;

    ActivityText(Outline outline, String documentTitle) {
        this.outline = outline;
        this.documentTitle = documentTitle;
        this.prose = new ProseText(outline);
    }

    Activity of(int k, String plain, DateExpression e, List<DateExpression> all) {
        return orDocumentTitle(activity(k, plain, e, all));
    }

    /** A title that only names the time ("Thời gian tổ chức …", "THỜI GIAN, ĐỊA ĐIỂM") gives way to the document's subject. */
    private Activity orDocumentTitle(Activity a) {
        String text = a.text();
        boolean blank = text == null || text.isBlank();
        if (documentTitle != null && (blank || Labels.GENERIC.matcher(Vietnamese.fold(text)).matches())) {
            // "II. THỜI GIAN, ĐỊA ĐIỂM" of a plan for one activity names it by the plan's subject, as it should.
            return new Activity(EventText.tidy(documentTitle), ImportedEvent.ITEM, blank ? EnumSet.of(Doubt.TEXT_DOCUMENT) : Set.of(),
                    a.place());
        }
        return a;
    }

    private static Activity item(String text) {
        return new Activity(text, ImportedEvent.ITEM, Set.of(), null);
    }

    private Activity activity(int k, String plain, DateExpression e, List<DateExpression> all) {
        Block b = outline.get(k);
        if (b instanceof Block.Heading h) {
            String title = h.title();
            String without = EventText.tidy(title.replace(e.sourceQuote(), " "));
            return item(without.split("\\s+").length >= 2 ? without : EventText.tidy(title));
        }
        String body = b instanceof Block.Paragraph p && p.number() != null ? plain.substring(p.number().length()).strip() : plain;
        int offset = plain.length() - body.length();
        String label = Labels.labelOf(body);
        if (label != null && Labels.TIME.matcher(Vietnamese.fold(label)).matches()) {
            return item(outline.contextTitle(k, body));
        }
        int qs = Math.max(0, e.start() - offset);
        int qe = Math.max(0, e.end() - offset);
        String named = namedByLabel(body, label, qs, qe);
        if (named != null) {
            return item(named);
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
        // Only the date's clause: "Chấm sơ khảo: hạ tuần tháng 8/2024; chấm chung khảo: …"; its place may follow it
        // ("Tổng kết, trao giải: dự kiến sáng ngày 20/10/2024 tại Nhà Văn hóa Thiếu nhi tỉnh").
        int semi = after.indexOf(';');
        if (semi >= 0) {
            after = after.substring(0, semi);
        }
        after = after.replaceFirst("(?s)^,?\\s*tại\\s.*$", "");
        if (!between.isBlank() || !after.matches("[\\s.;,]*")) {
            return null;
        }
        return EventText.tidy(label);
    }
}

package vn.loa.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.loa.dates.DateExpression;
import vn.loa.dates.DateProblem;
import vn.loa.dates.VietnameseDateReader;
import vn.loa.text.Vietnamese;

/**
 * Finds the events of a body: every date expression of a heading, paragraph, list item or table row (the reader
 * already leaves out cited documents' dates and holiday names), with the activity it dates, its lead and partner
 * units and its location.
 *
 * <p>The activity of a date is, in order: the heading that states it; for a {@code Thời gian: …} line, the
 * numbered activity (or parent list item) it belongs to; for a table row, its "Nội dung" cell; otherwise the words of
 * the sentence before the date (or after it, when the sentence starts with the date). Lead, partners and location
 * come from {@code Chủ trì:}, {@code Phối hợp:}, {@code Địa điểm:} lines of the same activity, from the same line, or
 * from the table's columns.
 */
final class EventFinder {

    private static final Pattern TIME_LABEL = Pattern.compile("^(?:thoi gian|thoi han|thoi diem|tien do|ngay to chuc|ngay thuc hien|han hoan thanh|hoan thanh)\\b.*");
    private static final Pattern LEAD_LABEL = Pattern.compile("^(?:(?:don vi|co quan|bo phan) )?(?:chu tri|dau moi)(?: thuc hien| to chuc)?\\s*:|"
            + "^(?:don vi|co quan|bo phan) (?:thuc hien|to chuc)\\s*:|^(?:dong )?chu tri\\s*:");
    private static final Pattern PARTNER_LABEL = Pattern.compile("^(?:(?:don vi|co quan|bo phan) )?phoi hop(?: thuc hien| to chuc)?(?: voi)?\\s*:");
    private static final Pattern PLACE_LABEL = Pattern.compile("^dia diem(?: to chuc| thuc hien| du kien)?\\s*:");
    private static final Pattern INLINE_LABEL = Pattern.compile("(?i)(?:^|[;.,]\\s*|\\s-\\s)((?:đơn vị |cơ quan )?(?:chủ trì|phối hợp|địa điểm)(?: thực hiện| tổ chức)?)\\s*:\\s*");
    private static final Pattern AT_PLACE = Pattern.compile("(?i)^\\s*[,(]?\\s*tại\\s+([^;.()]+?)\\s*(?:[;.)]|$)");

    private final VietnameseDateReader reader;
    private final List<Block> blocks;
    private final Set<Integer> excluded;
    private final List<String> warnings;
    private final String documentTitle;
    private final boolean yearStated;

    /** {@code yearStated}: the reader's year is the document's own (its date or title), not a guess. */
    EventFinder(VietnameseDateReader reader, List<Block> blocks, Set<Integer> excluded, String documentTitle, List<String> warnings,
            boolean yearStated) {
        this.yearStated = yearStated;
        this.reader = reader;
        this.documentTitle = documentTitle;
        this.blocks = blocks;
        this.excluded = excluded;
        this.warnings = warnings;
    }

    List<ImportedEvent> find() {
        List<ImportedEvent> out = new ArrayList<>();
        for (int k = 0; k < blocks.size(); k++) {
            if (excluded.contains(k)) {
                continue;
            }
            Block b = blocks.get(k);
            if (b instanceof Block.Table t) {
                table(t, out);
                continue;
            }
            String plain = b.plain();
            List<DateExpression> found = reader.read(plain);
            for (DateExpression e : found) {
                if (invalid(e) || past(e)) {
                    continue;
                }
                String text = orDocumentTitle(activity(k, plain, e, found));
                Context c = context(k, plain, e);
                add(out, event(e, text, c.lead, c.partners, c.location));
            }
        }
        return dedupe(out);
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
        java.time.LocalDate last = e.endDate() != null ? e.endDate() : e.startDate();
        if (last != null && last.getYear() < reader.documentYear() - 1) {
            warnings.add("bỏ qua ngày đã qua «" + e.sourceQuote() + "»: trước năm " + reader.documentYear()
                    + " của văn bản, không phải một hoạt động của kế hoạch");
            return true;
        }
        return false;
    }

    private ImportedEvent event(DateExpression e, String text, List<String> lead, List<String> partners, String location) {
        boolean weekdayOk = e.problem() == null || !DateProblem.WEEKDAY_MISMATCH.equals(e.problem().code());
        if (!weekdayOk) {
            warnings.add("thứ không khớp với ngày: «" + e.sourceQuote() + "» — " + e.problem().message());
        }
        return new ImportedEvent(text, e.kind().jsonName(), e.startDate(), e.endDate(), e.time(), e.endTime(),
                e.partOfDay() == null ? null : e.partOfDay().label(), e.weekdayStated(), weekdayOk, lead, partners,
                location, e.sourceQuote());
    }

    private static void add(List<ImportedEvent> out, ImportedEvent e) {
        out.add(e);
    }

    // ------------------------------------------------------------------ the activity

    private static final Pattern GENERIC = Pattern.compile("^(?:thoi gian|thoi han|thoi diem|dia diem|noi dung|to chuc thuc hien|hoat dong)\\b.*");

    /** A title that only names the time ("Thời gian tổ chức …", "THỜI GIAN, ĐỊA ĐIỂM") gives way to the document's subject. */
    private String orDocumentTitle(String text) {
        if (documentTitle != null && (text == null || text.isBlank() || GENERIC.matcher(Vietnamese.fold(text)).matches())) {
            return tidy(documentTitle);
        }
        return text;
    }

    private String activity(int k, String plain, DateExpression e, List<DateExpression> all) {
        Block b = blocks.get(k);
        if (b instanceof Block.Heading h) {
            String title = h.title();
            String without = tidy(title.replace(e.sourceQuote(), " "));
            return without.split("\\s+").length >= 2 ? without : tidy(title);
        }
        String body = b instanceof Block.Paragraph p && p.number() != null ? plain.substring(p.number().length()).strip() : plain;
        int offset = plain.length() - body.length();
        String label = labelOf(body);
        if (label != null && TIME_LABEL.matcher(Vietnamese.fold(label)).matches()) {
            return contextTitle(k, body);
        }
        int qs = Math.max(0, e.start() - offset);
        int qe = Math.max(0, e.end() - offset);
        String named = namedByLabel(body, label, qs, qe);
        if (named != null) {
            return named;
        }
        // A line that starts with its (first) date: "Trong tháng 4/2024, trọng tâm là từ ngày …".
        int labelEnd = label == null ? 0 : label.length() + 1;
        boolean startsWithDate = !all.isEmpty() && body.substring(labelEnd, Math.max(labelEnd, Math.min(body.length(),
                all.get(0).start() - offset))).replaceAll("[\\s\\-+•:]", "").length() <= 2;
        String heading = anchorTitle(k);
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
        String beforeTidy = tidyBefore(before);
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
        after = firstClause(after);
        if (after.split("\\s+").length >= 2) {
            return Inline.capitalise(tidy(after));
        }
        return contextTitle(k, body);
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
        if (GENERIC.matcher(f).matches() || LEAD_LABEL.matcher(f + ":").find() || PARTNER_LABEL.matcher(f + ":").find()
                || PLACE_LABEL.matcher(f + ":").find() || f.startsWith("thanh phan") || f.startsWith("luu y")
                || f.startsWith("ghi chu")) {
            return null;
        }
        int labelEnd = body.indexOf(':') + 1;
        if (labelEnd <= 0 || labelEnd > qs) {
            return null;
        }
        String between = tidyBefore(body.substring(labelEnd, Math.min(qs, body.length())));
        String after = body.substring(Math.min(qe, body.length())).replaceFirst("^[\\s)]+", "");
        if (!between.isBlank() || !after.matches("[\\s.;,]*")) {
            return null;
        }
        return tidy(label);
    }

    /** The activity a time line belongs to: its parent item, the numbered activity, or the heading above it. */
    private String contextTitle(int k, String fallback) {
        Block b = blocks.get(k);
        if (b instanceof Block.Item it && it.level() > 0) {
            for (int j = k - 1; j >= 0; j--) {
                Block p = blocks.get(j);
                if (p instanceof Block.Item pi && pi.level() == 0) {
                    String t = tidy(pi.plain());
                    if (!isGenericLabel(pi.plain())) {
                        return t;
                    }
                    break;
                }
                if (!(p instanceof Block.Item)) {
                    break;
                }
            }
        }
        int a = anchor(k);
        if (a >= 0) {
            Block anchor = blocks.get(a);
            if (anchor instanceof Block.Heading h) {
                return tidy(h.title());
            }
            if (anchor instanceof Block.Paragraph p) {
                return tidy(p.plain().substring(p.number().length()));
            }
        }
        return Inline.capitalise(tidy(fallback.replaceFirst("^[^:]{0,40}:", "")));
    }

    private static boolean isGenericLabel(String s) {
        String t = s.strip();
        return t.endsWith(":") && t.split("\\s+").length <= 4;
    }

    /** The numbered activity (heading or numbered paragraph) that block k belongs to, or -1. */
    private int anchor(int k) {
        for (int j = k - 1; j >= 0; j--) {
            Block p = blocks.get(j);
            if (p instanceof Block.Heading) {
                return j;
            }
            if (p instanceof Block.Paragraph para && para.number() != null) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The title of the activity a paragraph without a number belongs to: the nearest heading, or the numbered paragraph
     * right before it ("3. Tổng kết cuộc thi: dự kiến cuối tháng 8" is read as that paragraph and its tail).
     */
    private String anchorTitle(int k) {
        int a = anchor(k);
        if (a < 0) {
            return null;
        }
        Block anchor = blocks.get(a);
        if (anchor instanceof Block.Heading h) {
            return tidy(h.title());
        }
        if (a == k - 1 && anchor instanceof Block.Paragraph p) {
            return tidy(p.plain().substring(p.number().length()));
        }
        for (int j = a - 1; j >= 0; j--) {
            if (blocks.get(j) instanceof Block.Heading h) {
                return tidy(h.title());
            }
        }
        return null;
    }

    /** The end of the scope of the activity starting at block a: the next heading of the same or a higher level. */
    private int scopeEnd(int a) {
        Block start = blocks.get(a);
        int level = start instanceof Block.Heading h ? h.level() : 7;
        for (int j = a + 1; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            if (b instanceof Block.Heading h && h.level() <= level) {
                return j;
            }
            if (start instanceof Block.Paragraph && (b instanceof Block.Heading || b instanceof Block.Paragraph p && p.number() != null)) {
                return j;
            }
        }
        return blocks.size();
    }

    private static String labelOf(String s) {
        String t = s.replaceFirst("^[-+•\\s]+", "");
        int colon = t.indexOf(':');
        if (colon <= 0 || colon > 40) {
            return null;
        }
        String label = t.substring(0, colon);
        return label.matches(".*\\d.*") ? null : label;
    }

    private static String tidyBefore(String before) {
        String s = FillerEnd.strip(before);
        return tidy(s);
    }

    private static String firstClause(String s) {
        Matcher m = Pattern.compile("[;.](?:\\s|$)").matcher(s);
        return m.find() ? s.substring(0, m.start()) : s;
    }

    static String tidy(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        t = t.replaceFirst("^[-+•–]\\s*", "");
        t = t.replaceAll("\\(\\s*\\)", "").replaceAll("\\s+([,;.])", "$1").replaceAll("\\s+", " ").strip();
        t = t.replaceAll("[\\s,;:(\\-–]+$", "");
        t = Inline.stripClosing(t);
        return Inline.capitalise(t);
    }

    // ------------------------------------------------------------------ lead, partners, location

    private record Context(List<String> lead, List<String> partners, String location) {
    }

    private Context context(int k, String plain, DateExpression e) {
        List<String> lead = new ArrayList<>();
        List<String> partners = new ArrayList<>();
        String[] location = new String[1];
        // 1. On the same line: "Thời gian: …; địa điểm: …", "… tại Hội trường Sở".
        inline(plain, lead, partners, location);
        if (location[0] == null) {
            Matcher at = AT_PLACE.matcher(plain.substring(Math.min(plain.length(), e.end())));
            if (at.find()) {
                location[0] = Inline.stripClosing(at.group(1));
            }
        }
        // 2. The items nested under the same parent item.
        Block b = blocks.get(k);
        if (b instanceof Block.Item it) {
            int from = k;
            if (it.level() > 0) {
                while (from > 0 && blocks.get(from - 1) instanceof Block.Item pi && pi.level() > 0) {
                    from--;
                }
            }
            int to = k + 1;
            while (to < blocks.size() && blocks.get(to) instanceof Block.Item ni && ni.level() > 0) {
                to++;
            }
            if (it.level() > 0 || to > k + 1) {
                labels(from, to, lead, partners, location);
            }
        }
        // 3. The activity's own lines.
        int a = anchor(k);
        if (b instanceof Block.Heading) {
            a = k;
        }
        if (a >= 0) {
            labels(a + 1, scopeEnd(a), lead, partners, location);
        } else if (b instanceof Block.Item) {
            int from = k;
            while (from > 0 && blocks.get(from - 1) instanceof Block.Item) {
                from--;
            }
            int to = k;
            while (to < blocks.size() && blocks.get(to) instanceof Block.Item) {
                to++;
            }
            labels(from, to, lead, partners, location);
        }
        return new Context(lead, partners, location[0]);
    }

    private void labels(int from, int to, List<String> lead, List<String> partners, String[] location) {
        for (int j = from; j < to && j < blocks.size(); j++) {
            Block b = blocks.get(j);
            if (b instanceof Block.Table || b instanceof Block.Heading) {
                continue;
            }
            String t = b.plain().replaceFirst("^(?:[-+•\\s]+|\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s*)", "");
            String f = Vietnamese.fold(t);
            int colon = t.indexOf(':');
            if (colon < 0) {
                continue;
            }
            if (lead.isEmpty() && LEAD_LABEL.matcher(f).find()) {
                String value = t.substring(colon + 1);
                String[] split = splitPartnersOut(value);
                lead.addAll(Units.split(split[0]));
                if (split[1] != null && partners.isEmpty()) {
                    partners.addAll(Units.split(split[1]));
                }
            } else if (partners.isEmpty() && PARTNER_LABEL.matcher(f).find()) {
                partners.addAll(Units.split(t.substring(colon + 1)));
            } else if (location[0] == null && PLACE_LABEL.matcher(f).find()) {
                location[0] = Inline.stripClosing(t.substring(colon + 1).strip());
            } else if (TIME_LABEL.matcher(f).find() || f.startsWith("noi dung")) {
                inline(t, lead, partners, location);
            }
        }
    }

    /** "Văn phòng Sở; phối hợp: Phòng A" → {"Văn phòng Sở", "Phòng A"}. */
    private static String[] splitPartnersOut(String value) {
        Matcher m = Pattern.compile("(?i)[;,.]?\\s*(?:đơn vị |cơ quan )?phối hợp(?: thực hiện)?(?: với)?\\s*:?\\s+").matcher(value);
        if (m.find() && m.start() > 0) {
            return new String[] {value.substring(0, m.start()), value.substring(m.end())};
        }
        return new String[] {value, null};
    }

    /** Labels written inside one line: "Chủ trì: …; Phối hợp: …; Địa điểm: …". */
    private static void inline(String text, List<String> lead, List<String> partners, String[] location) {
        Matcher m = INLINE_LABEL.matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(1), m.end()});
            names.add(Vietnamese.fold(m.group(1)));
        }
        for (int i = 0; i < spans.size(); i++) {
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
            String value = text.substring(spans.get(i)[1], end);
            value = value.replaceFirst("[\\s;,.\\-–]+$", "");
            String name = names.get(i);
            if (name.contains("chu tri") && lead.isEmpty()) {
                lead.addAll(Units.split(value));
            } else if (name.contains("phoi hop") && partners.isEmpty()) {
                partners.addAll(Units.split(value));
            } else if (name.contains("dia diem") && location[0] == null) {
                location[0] = Inline.stripClosing(value);
            }
        }
    }

    // ------------------------------------------------------------------ tables

    private void table(Block.Table t, List<ImportedEvent> out) {
        List<List<String>> rows = t.plainRows();
        if (rows.size() < 2) {
            return;
        }
        List<String> header = rows.get(0);
        int stt = -1;
        int content = -1;
        int time = -1;
        int lead = -1;
        int partners = -1;
        int place = -1;
        int note = -1;
        for (int c = 0; c < header.size(); c++) {
            String h = Vietnamese.fold(header.get(c)).replaceAll("\\s+", " ").strip();
            if (h.matches("stt|tt|so tt|so thu tu|s tt")) {
                stt = c;
            } else if (h.contains("phoi hop") && partners < 0) {
                partners = c;
            } else if ((h.contains("thoi gian") || h.contains("thoi han") || h.equals("ngay") || h.contains("tien do")
                    || h.contains("thoi diem") || h.startsWith("ngay ")) && time < 0) {
                time = c;
            } else if (h.contains("dia diem") && place < 0) {
                place = c;
            } else if ((h.contains("chu tri") || h.contains("thuc hien") || h.contains("to chuc") || h.contains("trach nhiem")
                    || h.contains("don vi") || h.contains("co quan")) && lead < 0) {
                lead = c;
            } else if ((h.contains("noi dung") || h.contains("hoat dong") || h.contains("cong viec") || h.contains("nhiem vu")
                    || h.startsWith("ten")) && content < 0) {
                content = c;
            } else if (h.contains("ghi chu")) {
                note = c;
            }
        }
        if (content < 0) {
            for (int c = 0; c < header.size(); c++) {
                if (c != stt && c != time && c != lead && c != partners && c != place && c != note) {
                    content = c;
                    break;
                }
            }
        }
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String activity = content >= 0 && content < row.size() ? tidy(row.get(content)) : "";
            List<String> leads = lead >= 0 && lead < row.size() ? Units.split(row.get(lead)) : List.of();
            List<String> partnerList = partners >= 0 && partners < row.size() ? Units.split(row.get(partners)) : List.of();
            String location = place >= 0 && place < row.size() && !row.get(place).isBlank() ? Inline.stripClosing(row.get(place)) : null;
            if (location == null) {
                for (int c = 0; c < row.size(); c++) {
                    Matcher at = AT_PLACE.matcher(row.get(c));
                    if (c != content && at.find() && at.start() == 0 && row.get(c).strip().matches("(?i)^tại\\s.*")) {
                        location = Inline.stripClosing(at.group(1));
                    }
                }
            }
            for (int c = 0; c < row.size(); c++) {
                boolean dated = time >= 0 ? c == time : (c != stt && c != lead && c != partners && c != place);
                if (!dated || row.get(c).isBlank()) {
                    continue;
                }
                for (DateExpression e : reader.read(row.get(c))) {
                    if (invalid(e) || past(e)) {
                        continue;
                    }
                    String text = activity;
                    if (c == content) {
                        String without = tidy(row.get(c).replace(e.sourceQuote(), " "));
                        text = without.split("\\s+").length >= 2 ? without : activity;
                    }
                    String loc = location;
                    if (loc == null) {
                        Matcher at = AT_PLACE.matcher(row.get(c).substring(Math.min(row.get(c).length(), e.end())));
                        if (at.find()) {
                            loc = Inline.stripClosing(at.group(1));
                        }
                    }
                    add(out, event(e, text.isEmpty() ? "Hoạt động" : text, leads, partnerList, loc));
                }
            }
        }
    }

    // ------------------------------------------------------------------ duplicates

    /** The same activity stated twice with the same dates: the more precise statement stays. */
    private static List<ImportedEvent> dedupe(List<ImportedEvent> events) {
        List<ImportedEvent> out = new ArrayList<>();
        for (ImportedEvent e : events) {
            boolean merged = false;
            for (int i = 0; i < out.size(); i++) {
                ImportedEvent o = out.get(i);
                if (o.text().equals(e.text()) && o.kind().equals(e.kind()) && java.util.Objects.equals(o.start(), e.start())
                        && java.util.Objects.equals(o.end(), e.end())) {
                    boolean eVague = e.time() == null && e.partOfDay() == null;
                    boolean oVague = o.time() == null && o.partOfDay() == null;
                    if (eVague || oVague || (java.util.Objects.equals(o.time(), e.time()) && java.util.Objects.equals(o.partOfDay(), e.partOfDay()))) {
                        if (oVague && !eVague) {
                            out.set(i, e);
                        }
                        merged = true;
                        break;
                    }
                }
            }
            if (!merged) {
                out.add(e);
            }
        }
        return out;
    }
}

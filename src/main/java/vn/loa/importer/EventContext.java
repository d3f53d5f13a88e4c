package vn.loa.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.loa.dates.DateExpression;
import vn.loa.text.Vietnamese;

/**
 * The lead and partner units and the place of an event, from {@code Chủ trì:}, {@code Phối hợp:}, {@code Địa điểm:}
 * lines of the same activity, from the same line ({@code …; địa điểm: …}, {@code … tại Hội trường Sở}), or from the
 * items nested under the same parent item.
 */
final class EventContext {

    private static final Pattern PARTNERS_AFTER_LEAD = Pattern.compile("(?i)[;,.]?\\s*(?:đơn vị |cơ quan )?phối hợp(?: thực hiện)?(?: với)?\\s*:?\\s+");

    /** What was found: units in charge, units taking part, the place (null when none). */
    record Found(List<String> lead, List<String> partners, String location) {
    }

    private final Outline outline;

    EventContext(Outline outline) {
        this.outline = outline;
    }

    Found of(int k, String plain, DateExpression e) {
        List<String> lead = new ArrayList<>();
        List<String> partners = new ArrayList<>();
        String[] location = new String[1];
        // 1. On the same line: "Thời gian: …; địa điểm: …", "… tại Hội trường Sở".
        inline(plain, lead, partners, location);
        if (location[0] == null) {
            location[0] = Places.after(plain, e.end(), e.kind() != vn.loa.dates.DateKind.DEADLINE);
        }
        // 2. The items nested under the same parent item.
        Block b = outline.get(k);
        if (b instanceof Block.Item it) {
            int from = k;
            if (it.level() > 0) {
                while (from > 0 && outline.get(from - 1) instanceof Block.Item pi && pi.level() > 0) {
                    from--;
                }
            }
            int to = k + 1;
            while (to < outline.size() && outline.get(to) instanceof Block.Item ni && ni.level() > 0) {
                to++;
            }
            if (it.level() > 0 || to > k + 1) {
                labels(from, to, lead, partners, location);
            }
        }
        // 3. The activity's own lines.
        int a = outline.anchor(k);
        if (b instanceof Block.Heading) {
            a = k;
        }
        if (a >= 0) {
            labels(a + 1, outline.scopeEnd(a), lead, partners, location);
        } else if (b instanceof Block.Item) {
            int from = k;
            while (from > 0 && outline.get(from - 1) instanceof Block.Item) {
                from--;
            }
            int to = k;
            while (to < outline.size() && outline.get(to) instanceof Block.Item) {
                to++;
            }
            labels(from, to, lead, partners, location);
        }
        return new Found(lead, partners, location[0]);
    }

    private void labels(int from, int to, List<String> lead, List<String> partners, String[] location) {
        for (int j = from; j < to && j < outline.size(); j++) {
            Block b = outline.get(j);
            if (b instanceof Block.Table || b instanceof Block.Heading) {
                continue;
            }
            String t = b.plain().replaceFirst("^(?:[-+•\\s]+|\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s*)", "");
            String f = Vietnamese.fold(t);
            int colon = t.indexOf(':');
            if (colon < 0) {
                continue;
            }
            if (lead.isEmpty() && Labels.LEAD.matcher(f).find()) {
                String value = t.substring(colon + 1);
                String[] split = splitPartnersOut(value);
                lead.addAll(Units.split(split[0]));
                if (split[1] != null && partners.isEmpty()) {
                    partners.addAll(Units.split(split[1]));
                }
            } else if (partners.isEmpty() && Labels.PARTNER.matcher(f).find()) {
                partners.addAll(Units.split(t.substring(colon + 1)));
            } else if (location[0] == null && Labels.PLACE.matcher(f).find()) {
                location[0] = Inline.stripClosing(t.substring(colon + 1).strip());
            } else if (Labels.TIME.matcher(f).find() || f.startsWith("noi dung")) {
                inline(t, lead, partners, location);
            }
        }
    }

    /** "Văn phòng Sở; phối hợp: Phòng A" → {"Văn phòng Sở", "Phòng A"}. */
    private static String[] splitPartnersOut(String value) {
        Matcher m = PARTNERS_AFTER_LEAD.matcher(value);
        if (m.find() && m.start() > 0) {
            return new String[] {value.substring(0, m.start()), value.substring(m.end())};
        }
        return new String[] {value, null};
    }

    /** Labels written inside one line: "Chủ trì: …; Phối hợp: …; Địa điểm: …". */
    static void inline(String text, List<String> lead, List<String> partners, String[] location) {
        Matcher m = Labels.INLINE.matcher(text);
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
}

package vn.loa.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.loa.text.Vietnamese;

/**
 * The themes and slogans of a document: {@code Chủ đề: “…”}, {@code Khẩu hiệu: “…”} on a line of their own, or a
 * {@code Chủ đề} / {@code Khẩu hiệu} heading or label with the quoted lines or items under it. Fed the body's blocks in
 * order; says which blocks it took (they state no events). In prose anywhere in the body, a theme or slogan is the
 * quoted text right after its word: {@code với chủ đề "…"}, {@code Chủ đề năm nay là “…”}, {@code khẩu hiệu: «…»},
 * {@code thông điệp “…”} (a campaign's message, read as a slogan); such a block stays in the body and may state events.
 */
final class Themes {

    private static final Pattern QUOTED = Pattern.compile("[“\"«]([^”\"»]{3,})[”\"»]");
    /**
     * The word, up to five words more ({@code năm nay là}, {@code hành động}), an optional {@code :}, then a quote
     * mark: straight, curly or «».
     */
    private static final Pattern IN_PROSE = Pattern.compile("(?<![\\p{L}\\p{N}])(chủ đề|khẩu hiệu|thông điệp)"
            + "((?:\\s+[^\\s“”\"«».;:,!?()]+){0,5}?)\\s*:?\\s*(?=[“\"«])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** One quoted text; {@code "…"}, {@code “…”} or {@code «…»}. */
    private static final Pattern ONE_QUOTE = Pattern.compile("\\G(?:\\s*(?:,|;|và|hoặc)\\s*)?(?:“([^”\"]{3,200})”|\"([^\"”]{3,200})[\"”]|«([^»]{3,200})»)");
    private static final Pattern THEME_LABEL = Pattern.compile("^(?:chu de|khau hieu)(?:[^:]{0,40})?:\\s*(.*)$");

    final List<String> themes = new ArrayList<>();
    final List<String> slogans = new ArrayList<>();
    /** "theme" or "slogan" inside a Chủ đề / Khẩu hiệu sub-section; null outside. */
    private String mode;
    /** The level of the heading that opened the sub-section; 7 for a label line ({@code Chủ đề:} alone). */
    private int modeLevel;

    /** A heading of the body: ends a sub-section at its level, opens one. True when it stated a theme or slogan itself. */
    boolean heading(Block.Heading h) {
        if (mode != null && h.level() <= modeLevel) {
            mode = null;
        }
        String title = Vietnamese.fold(h.title());
        boolean theme = title.startsWith("chu de");
        boolean slogan = title.startsWith("khau hieu");
        if ((theme || slogan) && !(title.contains("chu de") && title.contains("khau hieu"))) {
            mode = theme ? "theme" : "slogan";
            modeLevel = h.level();
            int colon = h.title().indexOf(':');
            if (colon >= 0 && colon + 1 < h.title().length()) {
                addQuoted(h.title().substring(colon + 1), mode.equals("theme") ? themes : slogans);
                return true;
            }
        }
        return false;
    }

    /** Any other block: true when it is a theme or slogan (or their label) and was taken. */
    boolean block(Block b) {
        String plain = b.plain();
        String bare = Vietnamese.fold(plain).replaceFirst("^[-+•\\s]+", "");
        Matcher label = THEME_LABEL.matcher(bare);
        if (label.matches() && !(b instanceof Block.Table)) {
            boolean theme = bare.startsWith("chu de");
            String original = plain.replaceFirst("^[-+•\\s]+", "");
            String after = original.substring(original.indexOf(':') + 1).strip();
            if (!after.isEmpty()) {
                addQuoted(after, theme ? themes : slogans);
            } else {
                mode = theme ? "theme" : "slogan";
                modeLevel = 7;
            }
            return true;
        }
        if (mode != null) {
            if (b instanceof Block.Item || QUOTED.matcher(plain).find() && plain.strip().matches("^[-+•\\s]*[“\"«].*")) {
                addQuoted(plain, mode.equals("theme") ? themes : slogans);
                return true;
            }
            if (modeLevel == 7) {
                mode = null;
            }
        }
        return false;
    }

    /** A paragraph, item or heading in prose: the themes and slogans it quotes. The block is not taken. */
    void prose(Block b) {
        if (b instanceof Block.Table) {
            return;
        }
        String plain = b.plain();
        Matcher m = IN_PROSE.matcher(plain);
        int from = 0;
        while (from < plain.length() && m.find(from)) {
            String word = Vietnamese.fold(m.group(1));
            List<String> into = word.equals("chu de") ? themes : slogans;
            Matcher q = ONE_QUOTE.matcher(plain);
            q.region(m.end(), plain.length());
            int at = m.end();
            while (q.find()) {
                String t = q.group(1) != null ? q.group(1) : q.group(2) != null ? q.group(2) : q.group(3);
                t = t.strip().replaceAll("[\\s,;]+$", "");
                if (!t.isEmpty() && !into.contains(t)) {
                    into.add(t);
                }
                at = q.end();
            }
            from = Math.max(at, m.end());
        }
    }

    private static void addQuoted(String text, List<String> into) {
        Matcher q = QUOTED.matcher(text);
        boolean any = false;
        while (q.find()) {
            String t = q.group(1).strip();
            t = t.replaceAll("[\\s,;]+$", "");
            if (!t.isEmpty() && !into.contains(t)) {
                into.add(t);
            }
            any = true;
        }
        if (!any) {
            String t = text.replaceFirst("^[-+•\\s]+", "");
            t = Inline.stripClosing(t);
            if (!t.isEmpty() && !into.contains(t)) {
                into.add(t);
            }
        }
    }
}

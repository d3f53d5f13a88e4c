package vn.loa.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place of an event written in its own sentence: {@code … sáng 15/11/2024 tại Hội trường Khách sạn Sông Xanh},
 * {@code Sáng 18/5, tại Hội trường tỉnh, Sở … tổ chức …}, {@code Hội thảo diễn ra tại … vào ngày …}. The place ends
 * with its clause: at {@code ;}, a bracket, the end of the sentence (an abbreviation such as {@code TP.} does not end
 * it), or a comma after which the words are no longer the place's ({@code , do ThS. …}, {@code , Sở … sẽ tổ chức}).
 * A document ({@code tại Thông báo số …}) is never a place.
 */
final class Places {

    private static final Pattern AT = Pattern.compile("(?i)^\\s*[,(]?\\s*tại\\s+");
    /** Words that go on a place after a comma: its number, street, town, floor. */
    private static final Pattern PLACE_WORD = Pattern.compile("^(?:số|thành phố|tp\\.?|tỉnh|huyện|quận|phường|xã|thị xã|thị trấn|tầng|"
            + "đường|phố|khu|tòa|toà|lô|thôn|ấp|bản|tổ|khối|phòng|nhà|hội trường|trụ sở)(?=\\s|$)");
    private static final Pattern VERB = Pattern.compile("(?:^|\\s)(?:sẽ|đã|đang|được|tổ chức|diễn ra|khai mạc|có|do|với|nhằm|để|"
            + "thu hút|chủ trì|tham dự|gồm|cùng|và các|nhân|chào mừng)(?=\\s|$)");
    private static final Pattern DOCUMENT = Pattern.compile("(?i)^(?:công văn|văn bản|quyết định|kế hoạch|thông báo|chỉ thị|nghị quyết|"
            + "nghị định|thông tư|tờ trình|công điện|kết luận|luật|quy chế|quy định|đề án|mục|điều|khoản|phụ lục|biểu|mẫu)\\b");
    /**
     * {@code Tham gia Techmart tại TP. Hồ Chí Minh} (then {@code từ ngày …}): an activity and its place right before the
     * date, the last {@code tại} of the words, which no comma or {@code ;} follows.
     */
    private static final Pattern ACTIVITY_AT = Pattern.compile("^(.*?\\S)\\s+tại\\s+((?:(?!\\stại\\s)[^;])+)$");
    /** {@code diễn ra tại X} at the end of the words before a date. */
    private static final Pattern HELD_AT = Pattern.compile("^(.*?\\S)\\s*,?\\s+(?:diễn ra|được tổ chức|tổ chức|khai mạc|sẽ diễn ra)\\s+tại\\s+(.+)$");

    private Places() {
    }

    /** The place named by {@code tại …} right after the date that ends at {@code dateEnd}, in its sentence; or null. */
    static String after(String text, int dateEnd) {
        return after(text, dateEnd, true);
    }

    /** {@code inClause}: also a place named further in the date's clause (not for a deadline: where to send is no venue). */
    static String after(String text, int dateEnd, boolean inClause) {
        if (dateEnd >= text.length()) {
            return null;
        }
        Sentences.Span s = Sentences.around(text, Math.max(0, dateEnd - 1));
        int end = Math.max(dateEnd, s.end());
        Matcher at = AT.matcher(text.substring(dateEnd, end));
        if (at.find()) {
            return clause(text.substring(dateEnd + at.end(), end));
        }
        if (!inClause) {
            return null;
        }
        // Further in the date's clause, after its activity: "Ngày 15/4, Sở tổ chức Lễ phát động … tại Trung tâm Hội nghị tỉnh;"
        // — not past a ';', the end of the sentence or another date, whose place it would be.
        String rest = text.substring(dateEnd, end);
        int semi = rest.indexOf(';');
        if (semi >= 0) {
            rest = rest.substring(0, semi);
        }
        Matcher other = ANOTHER_DATE.matcher(rest);
        if (other.find()) {
            rest = rest.substring(0, other.start());
        }
        Matcher later = LATER_AT.matcher(rest);
        if (!later.find()) {
            return null;
        }
        return clause(text.substring(dateEnd + later.end(), end));
    }

    /** {@code tại} as a word inside a clause, not after a word that cites ({@code nêu tại}, {@code quy định tại}). */
    private static final Pattern LATER_AT = Pattern.compile("(?<!nêu|giao|định|tại|theo|kèm)\\s+tại\\s+(?=\\p{Lu}|nhà|trụ sở|hội trường|khu|sảnh|phòng|"
            + "huyện|xã|phường|thành phố|tỉnh|các|số)");
    /** Another date of the sentence: a day and month, or a span of a month. */
    private static final Pattern ANOTHER_DATE = Pattern.compile("\\d{1,2}\\s*/\\s*\\d{1,2}|(?i:tháng \\d{1,2})");

    /** The words of a place up to the end of its clause; null when they name a document, not a place. */
    static String clause(String rest) {
        String r = rest;
        int stop = r.length();
        for (char c : new char[] {';', '(', ')'}) {
            int i = r.indexOf(c);
            if (i >= 0 && i < stop) {
                stop = i;
            }
        }
        // An address in brackets goes on the place: "Hội trường tầng 2, Sở … (số 12 đường Nguyễn Trãi, TP. Hà Giang)".
        String bracketed = null;
        if (stop < r.length() && r.charAt(stop) == '(') {
            int close = r.indexOf(')', stop);
            String inside = close > stop ? r.substring(stop + 1, close).strip() : "";
            if (close > stop && PLACE_WORD.matcher(inside.toLowerCase(vn.loa.text.Vietnamese.LOCALE)).find() && inside.indexOf(';') < 0) {
                bracketed = r.substring(stop, close + 1);
            }
        }
        r = r.substring(0, stop);
        int from = 0;
        while (true) {
            int comma = r.indexOf(',', from);
            if (comma < 0) {
                break;
            }
            String next = r.substring(comma + 1).strip();
            int nextComma = next.indexOf(',');
            String segment = nextComma < 0 ? next : next.substring(0, nextComma);
            boolean lower = !next.isEmpty() && Character.isLowerCase(next.codePointAt(0));
            if (lower && !PLACE_WORD.matcher(next).find() || VERB.matcher(segment).find()) {
                r = r.substring(0, comma);
                break;
            }
            from = comma + 1;
        }
        String place = Inline.stripClosing(r.strip().replaceAll("[\\s.,:]+$", ""));
        if (place.isEmpty() || DOCUMENT.matcher(place).find()) {
            return null;
        }
        boolean whole = r.length() == stop;
        return bracketed != null && whole ? place + " " + bracketed : place;
    }

    /** Whether the words name a document rather than a place. */
    static boolean isDocument(String place) {
        return place != null && DOCUMENT.matcher(place.strip()).find();
    }

    /**
     * {@code Hội thảo … diễn ra tại Hội trường A} (the words before a date): the activity and the place, or null when
     * the words do not end with a place.
     */
    static String[] heldAt(String before) {
        Matcher m = HELD_AT.matcher(before);
        if (!m.matches()) {
            m = ACTIVITY_AT.matcher(before);
            if (!m.matches()) {
                return null;
            }
        }
        String place = clause(m.group(2));
        if (place == null || m.group(1).split("\\s+").length < 2) {
            return null;
        }
        return new String[] {m.group(1), place};
    }
}

package vn.loa.importer;

import java.util.regex.Pattern;

/**
 * The labels of an activity's lines ({@code Thời gian:}, {@code Chủ trì:}, {@code Phối hợp:}, {@code Địa điểm:}), matched
 * on folded text (no tone marks, lower case), and the label a line starts with.
 */
final class Labels {

    static final Pattern TIME = Pattern.compile("^(?:thoi gian|thoi han|thoi diem|tien do|ngay to chuc|ngay thuc hien|han hoan thanh|hoan thanh)\\b.*");
    static final Pattern LEAD = Pattern.compile("^(?:(?:don vi|co quan|bo phan) )?(?:chu tri|dau moi)(?: thuc hien| to chuc)?\\s*:|"
            + "^(?:don vi|co quan|bo phan) (?:thuc hien|to chuc)\\s*:|^(?:dong )?chu tri\\s*:");
    static final Pattern PARTNER = Pattern.compile("^(?:(?:don vi|co quan|bo phan) )?phoi hop(?: thuc hien| to chuc)?(?: voi)?\\s*:");
    static final Pattern PLACE = Pattern.compile("^dia diem(?: to chuc| thuc hien| du kien)?\\s*:");
    /** Labels written inside one line: {@code …; Chủ trì: …; địa điểm: …} (on the text as written). */
    static final Pattern INLINE = Pattern.compile("(?i)(?:^|[;.,]\\s*|\\s-\\s)((?:đơn vị |cơ quan )?(?:chủ trì|phối hợp|địa điểm)(?: thực hiện| tổ chức)?)\\s*:\\s*");
    /** {@code tại …} right after a date: the place, up to the end of the clause. */
    static final Pattern AT_PLACE = Pattern.compile("(?i)^\\s*[,(]?\\s*tại\\s+([^;.()]+?)\\s*(?:[;.)]|$)");
    /** Titles and labels that only name the time, the place or the content, not an activity. */
    static final Pattern GENERIC = Pattern.compile("^(?:thoi gian|thoi han|thoi diem|dia diem|noi dung|to chuc thuc hien|hoat dong)\\b.*");

    private Labels() {
    }

    /** The label a line starts with (before a colon, at most 40 characters, no digits), or null. */
    static String labelOf(String s) {
        String t = s.replaceFirst("^[-+•\\s]+", "");
        int colon = t.indexOf(':');
        if (colon <= 0 || colon > 40) {
            return null;
        }
        String label = t.substring(0, colon);
        return label.matches(".*\\d.*") ? null : label;
    }
}

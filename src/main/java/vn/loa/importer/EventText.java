package vn.loa.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tidying the words taken for an event's text: spaces, bullets, empty brackets, trailing punctuation and filler. */
final class EventText {

    private static final Pattern CLAUSE_END = Pattern.compile("[;.](?:\\s|$)");
    private static final Pattern CONNECTIVE = Pattern.compile("^(?:Bên cạnh đó|Ngoài ra|Theo đó|Đồng thời|Trong khi đó|Tiếp đó|Tiếp theo|"
            + "Sau đó|Trước đó|Cũng trong (?:ngày|buổi sáng|buổi chiều|sáng|chiều)(?: này| nay)?|Cùng ngày|Dự kiến|Cũng tại đây|Tại đây|"
            + "Cùng thời gian|Nhân dịp này|Trong khuôn khổ [^,]{1,80}|(?:Cũng )?(?:trong|Trong|vào|Vào) (?:dịp|khuôn khổ|thời gian) (?:này|nói trên|trên)|"
            + "Theo [^,]{1,80}|(?:Nhân (?:dịp )?)?(?:[Kk]ỷ niệm|[Cc]hào mừng|[Hh]ưởng ứng) [^,]{1,120})\\s*,\\s*");
    /** Words after an activity's name that say what goes with it: its theme, who takes part, its scale. */
    private static final Pattern WITH = Pattern.compile(",?\\s+với (?:chủ đề|sự tham (?:gia|dự)|sự chủ trì|sự phối hợp|khẩu hiệu|thông điệp|"
            + "quy mô|hơn \\d|sự có mặt)(?=\\s|$)");
    /** A document cited at the start of a sentence: {@code Thực hiện Công văn số … của Bộ …, }. */
    private static final Pattern LEAD_IN_CITATION = Pattern.compile("^\\s*(?:Thực hiện|Căn cứ|Theo|Triển khai|Trên cơ sở)\\s+(?:Công văn|Văn bản|"
            + "Quyết định|Kế hoạch|Chỉ thị|Thông báo|Nghị quyết|Thông tư|Hướng dẫn|Công điện|Kết luận|chỉ đạo|ý kiến chỉ đạo)\\b[^,;]{0,200},\\s*");
    /** Words of time that only point at the date: {@code Sáng nay}, {@code Hôm qua}, {@code Vào lúc}. */
    private static final Pattern DEICTIC = Pattern.compile("(?iu)^(?:(?:buổi )?(?:sáng|chiều|tối|trưa|đêm) (?:nay|qua|mai|hôm nay|hôm qua)|"
            + "hôm nay|hôm qua|ngày mai|vào|lúc|vào lúc|từ|đến|trong (?:tuần lễ|tuần|đợt|thời gian|chương trình)(?: này| nói trên)?)$");
    private static final Pattern LEADING_PLACE = Pattern.compile("^(?:tại|Tại)\\s+[^,]+,\\s*");
    /** {@code Sở … sẽ tổ chức Tọa đàm …}: a unit, then the verb that holds the activity. */
    private static final Pattern HOLDS = Pattern.compile("\\s(?:sẽ |đã |đang )?(?:long trọng |trọng thể )?(?:tổ chức|khai mạc|phát động|"
            + "chủ trì tổ chức|phối hợp tổ chức)\\s+(?=\\p{Lu}|“|\")");
    /** Words that only lead up to a date, taken off the end one at a time (no repeated regex group: see FillerEnd). */
    private static final java.util.List<String> TRAILING = java.util.List.of("dự kiến", "được", "sẽ", "theo kế hoạch", "tổ chức",
            "diễn ra");

    private EventText() {
    }

    static String tidy(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        t = t.replaceFirst("^[-+•–]\\s*", "");
        t = t.replaceAll("\\(\\s*\\)", "").replaceAll("\\s+([,;.])", "$1").replaceAll("\\s+", " ").strip();
        t = t.replaceAll("[\\s,;:(\\-–]+$", "");
        t = Inline.stripClosing(t);
        return Inline.capitalise(t);
    }

    /** The words before a date without the filler that leads up to it ({@code … tổ chức vào ngày}). */
    static String tidyBefore(String before) {
        return tidy(FillerEnd.strip(before));
    }

    /**
     * The words of a sentence made the name of its activity: without a connective ({@code Bên cạnh đó,}), a place
     * before it ({@code tại Hội trường …,}), the unit that holds it ({@code Sở … sẽ tổ chức}) and the words that only lead
     * to a date ({@code … dự kiến tổ chức}).
     */
    static String phrase(String words) {
        String t = words.strip();
        t = CONNECTIVE.matcher(t).replaceFirst("");
        t = LEADING_PLACE.matcher(t).replaceFirst("");
        java.util.regex.Matcher h = HOLDS.matcher(t);
        if (h.find() && Units.startsWithUnit(t) && !t.substring(0, h.start()).contains(",")) {
            t = t.substring(h.end());
        }
        // What goes with the activity is not its name: "Lễ kỷ niệm … với chủ đề “…”", "Tọa đàm … với sự tham gia của …".
        Matcher with = WITH.matcher(t);
        if (with.find() && with.start() > 0 && t.substring(0, with.start()).strip().split("\\s+").length >= 2) {
            t = t.substring(0, with.start());
        }
        t = dropTrailing(t);
        return Inline.capitalise(t.strip());
    }

    private static String dropTrailing(String text) {
        String t = text.replaceAll("[\\s,;]+$", "");
        boolean again = true;
        while (again) {
            again = false;
            for (String w : TRAILING) {
                if (t.endsWith(" " + w) && t.length() > w.length() + 1) {
                    t = t.substring(0, t.length() - w.length()).replaceAll("[\\s,;]+$", "");
                    again = true;
                }
            }
        }
        return t;
    }

    /** The words before a date without a citation that opens the sentence ({@code Thực hiện Công văn số …, }). */
    static String withoutLeadIn(String before) {
        return LEAD_IN_CITATION.matcher(before).replaceFirst("");
    }

    /** Whether the words before a date are only a connective or a word of time, which name no activity. */
    static boolean namesNothing(String beforeTidy) {
        String t = beforeTidy.strip();
        if (t.isEmpty()) {
            return false;
        }
        return DEICTIC.matcher(t).matches() || CONNECTIVE.matcher(t + ", ").replaceFirst("").isBlank();
    }

    /** The text up to its first {@code ;} or {@code .} followed by a space or the end. */
    static String firstClause(String s) {
        Matcher m = CLAUSE_END.matcher(s);
        return m.find() ? s.substring(0, m.start()) : s;
    }
}

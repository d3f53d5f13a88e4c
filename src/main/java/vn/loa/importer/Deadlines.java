package vn.loa.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadlines written inside a sentence ({@code Các phòng gửi báo cáo về Văn phòng Sở trước ngày 25/5}, {@code Hạn cuối
 * nhận hồ sơ: ngày 30/8}, {@code … trước ngày 15/12 hằng năm}): the unit the sentence names is the deadline's lead,
 * words of a deadline before a plain date make it one, and a yearly deadline is said so.
 */
final class Deadlines {

    /** Words that make the date after them a deadline, though the reader took it as a day. */
    private static final Pattern DEADLINE_WORDS = Pattern.compile("(?i)(?:^|[\\s,;:(])(?:hạn cuối|hạn chót|hạn nộp|hạn gửi|hạn đăng ký|"
            + "thời hạn nộp|thời hạn gửi|thời hạn đăng ký|thời hạn hoàn thành|hạn hoàn thành|hết hạn)(?=[\\s,:]|$)");
    private static final Pattern YEARLY = Pattern.compile("(?i)^[\\s,]*(?:của\\s+)?(?:hằng năm|hàng năm|mỗi năm|các năm)\\b");
    /** The verbs a unit's sentence goes on with: the unit is the words before the first of them. */
    private static final Pattern VERB = Pattern.compile("(?:^|\\s)(?:gửi|nộp|báo cáo|tổng hợp|đăng ký|đề xuất|trình|hoàn thành|hoàn thiện|"
            + "chuẩn bị|bố trí|xây dựng|tham mưu|chủ trì|phối hợp|thực hiện|tổ chức|ban hành|triển khai|cung cấp|lập|rà soát|"
            + "hướng dẫn|chịu trách nhiệm|có trách nhiệm|tiếp nhận|căn cứ|cử|đăng|treo|phát hành|kiểm tra|thẩm định|công bố|"
            + "thông báo|giới thiệu|mời|lựa chọn|chọn|xét|quyết toán|thanh toán|muốn|có nhu cầu|có|được|sẽ|cần|phải|"
            + "khẩn trương|tiếp tục|chủ động)(?=\\s|$)");

    private Deadlines() {
    }

    /** Whether the words of the sentence before a date make it a deadline ({@code Hạn cuối nhận hồ sơ: ngày …}). */
    static boolean saidBefore(String before) {
        Matcher m = DEADLINE_WORDS.matcher(before);
        return m.find();
    }

    /** Whether the words right after a deadline say it comes back every year. */
    static boolean yearly(String after) {
        return YEARLY.matcher(after).find();
    }

    /**
     * The units a sentence starts with, up to its verb ({@code Các phòng, đơn vị gửi báo cáo …} → {@code Các phòng, đơn
     * vị}); empty when the sentence does not start with a unit.
     */
    static List<String> unitsOf(String sentence) {
        String s = sentence.strip().replaceFirst("^(?:[-+•]\\s*|\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s*)", "");
        s = s.replaceFirst("^(?:Đề nghị|Yêu cầu|Giao)\\s+", "");
        if (!Units.startsWithUnit(s)) {
            return List.of();
        }
        // The verb comes after the unit's first two words ("Các tổ chức chủ trì …", "Văn phòng Sở tổng hợp …").
        Matcher two = Pattern.compile("^\\S+\\s+\\S+").matcher(s);
        Matcher v = VERB.matcher(s);
        if (!two.find() || !v.find(two.end())) {
            return List.of();
        }
        String subject = s.substring(0, v.start()).strip().replaceAll("[\\s,;:]+$", "");
        if (subject.isEmpty() || subject.split("\\s+").length > 14) {
            return List.of();
        }
        return Units.split(subject);
    }

    /** A heading or numbered paragraph that is only a unit's name ({@code 1. Phòng Quản lý Khoa học}). */
    static List<String> unitHeading(String title) {
        if (title == null) {
            return List.of();
        }
        String t = title.strip().replaceAll("[\\s:.;]+$", "");
        if (!Units.startsWithUnit(t) || t.split("\\s+").length > 12 || VERB.matcher(t).find() || t.contains(":")) {
            return List.of();
        }
        return Units.split(t);
    }
}

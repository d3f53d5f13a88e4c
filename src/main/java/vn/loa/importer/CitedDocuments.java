package vn.loa.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.loa.dates.DateExpression;
import vn.loa.dates.DateKind;

/**
 * A date in the body that only identifies a document it cites is no event: {@code Thông báo kết luận của Chủ tịch UBND
 * tỉnh ngày 20/9/2024}, {@code theo văn bản của Bộ ngày 3/4/2024}. The date reader already leaves out the date after a
 * number and symbol ({@code Công văn số 12/SKHCN-VP ngày 3/4/2024}); this covers the kind of a document followed by
 * a few words that name its author or subject, then a bare {@code ngày …} — not when the words between say an activity
 * ({@code Kế hoạch tổ chức Hội thảo ngày …} is read as the event it is unless the sentence cites it:
 * {@code Căn cứ Kế hoạch tổ chức Hội thảo ngày 10/3/2024 của Sở}).
 */
final class CitedDocuments {

    /** A document's kind, as prose names a particular document (capitalised), or after a word that cites. */
    private static final Pattern KIND = Pattern.compile("(?:^|(?<=[\\s(“\"]))(?:Công văn|Văn bản|Quyết định|Kế hoạch|Thông báo|Chỉ thị|"
            + "Nghị quyết|Nghị định|Thông tư|Tờ trình|Công điện|Kết luận|Luật|Quy chế|Quy định|Đề án)(?=\\s)|"
            + "(?i:(?:căn cứ|theo|tại|thực hiện|triển khai|được giao tại|nêu tại)\\s+(?:công văn|văn bản|quyết định|kế hoạch|thông báo|"
            + "chỉ thị|nghị quyết|tờ trình|công điện|kết luận)(?=\\s))");
    private static final Pattern CITES = Pattern.compile("(?i)(?:căn cứ|theo|tại|thực hiện|triển khai|được giao tại|nêu tại)\\s+\\S+(?:\\s\\S+)?$");
    /** Words between the kind and the date that make it an activity, not a document. */
    private static final Pattern ACTIVITY = Pattern.compile("(?i)(?:^|\\s)(?:tổ chức|diễn ra|họp|khai mạc|gửi|nộp|hoàn thành|triển khai|"
            + "thực hiện|trước|chậm nhất|hạn|vào|lúc|dự kiến|bắt đầu|kết thúc|phát động|trao)(?=\\s|$)");
    private static final Pattern AFTER_CITED = Pattern.compile("^\\s*(?:$|[,;.)]|của\\s|về\\s|do\\s)");

    private CitedDocuments() {
    }

    /** Whether the expression in {@code text} only dates a cited document. */
    static boolean cites(String text, DateExpression e) {
        if (e.kind() != DateKind.EVENT || e.time() != null || e.partOfDay() != null || e.weekdayStated() != null
                || !e.sourceQuote().toLowerCase(vn.loa.text.Vietnamese.LOCALE).startsWith("ngày")) {
            return false;
        }
        Sentences.Span s = Sentences.around(text, e.start());
        int from = Math.min(s.start(), e.start());
        String pre = text.substring(from, e.start());
        int semi = pre.lastIndexOf(';');
        if (semi >= 0) {
            pre = pre.substring(semi + 1);
        }
        Matcher k = KIND.matcher(pre);
        int kindStart = -1;
        int kindEnd = -1;
        while (k.find()) {
            kindStart = k.start();
            kindEnd = k.end();
        }
        if (kindStart < 0) {
            return false;
        }
        String between = pre.substring(kindEnd);
        if (between.strip().split("\\s+").length > 15 || between.contains(":")) {
            return false;
        }
        String after = text.substring(e.end());
        boolean cited = CITES.matcher(pre.substring(0, kindEnd)).find() && AFTER_CITED.matcher(after).find();
        boolean plain = !between.contains(",") && !ACTIVITY.matcher(between).find();
        return cited || plain;
    }
}

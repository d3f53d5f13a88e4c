package vn.loa.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.loa.text.Vietnamese;

/**
 * The legal basis of an official document: the {@code Căn cứ …}/{@code Thực hiện …} paragraphs before its first
 * section, one entry per document they cite.
 */
final class Basis {

    /** A paragraph that states the basis. */
    static final Pattern START = Pattern.compile("^(?:Căn cứ|Thực hiện|Theo|Triển khai|Trên cơ sở|Thi hành|Tiếp theo)\\b.*");
    private static final Pattern DOC_KIND = Pattern.compile("(?:Công văn|Văn bản|Quyết định|Kế hoạch|Chỉ thị|Nghị quyết|Nghị định|"
            + "Thông tư liên tịch|Thông tư|Luật|Bộ luật|Hướng dẫn|Thông báo|Chương trình|Đề án|Công điện|Pháp lệnh|Hiến pháp|"
            + "Quy chế|Quy định|Kết luận|Chiến lược|Thể lệ|Điều lệ|Quy trình)(?=\\s)");
    private static final Pattern BASIS_TAIL = Pattern.compile(
            ",\\s*(?=[^,;]*\\b(?:ban hành|xây dựng|triển khai|lập|thực hiện|tổ chức|báo cáo|thông báo|hướng dẫn|yêu cầu)\\b[^;]*?(?:Kế hoạch|kế hoạch|như sau|sau đây)[^;]*$)");

    private Basis() {
    }

    /** A paragraph before the first heading that states the basis ({@code Theo đề nghị …} does not). */
    static boolean isBasis(String plain) {
        return START.matcher(plain).matches() && !Vietnamese.fold(plain).startsWith("theo de nghi");
    }

    /** Each document cited in a {@code Căn cứ …} / {@code Thực hiện …} paragraph. */
    static void read(String paragraph, List<String> into) {
        read(paragraph, into, false);
    }

    /**
     * A dated citation that opens a sentence of prose ({@code Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2024 của UBND
     * tỉnh, Ngày hội diễn ra …}): it ends at the first comma after its date that a new clause follows (a capital, a word of time: {@code , từ nay đến …}).
     */
    private static final Pattern PROSE_END = Pattern.compile("(?<=\\d{4}[^,;]{0,80}),\\s+(?=\\p{Lu}|từ |kể từ |trong |vào |sáng |chiều |tối |ngày |hôm )");

    /** {@code prose}: the paragraph is a sentence of a news post, which goes on after the documents it cites. */
    static void read(String paragraph, List<String> into, boolean prose) {
        String p = paragraph.strip();
        if (prose) {
            Matcher end = PROSE_END.matcher(p);
            if (end.find()) {
                p = p.substring(0, end.start());
            }
        }
        Matcher tail = BASIS_TAIL.matcher(p);
        int cut = -1;
        while (tail.find()) {
            cut = tail.start();
        }
        if (cut > 0) {
            p = p.substring(0, cut);
        }
        // One part per document: split on ';' and before ", Công văn số …" / " và Kế hoạch số …".
        List<String> parts = new ArrayList<>();
        for (String semi : p.split(";")) {
            String[] more = semi.split("(?:,|\\s+và)\\s+(?=" + DOC_KIND.pattern() + "[^,;]{0,20}\\bsố\\b)");
            parts.addAll(List.of(more));
        }
        for (String part : parts) {
            Matcher k = DOC_KIND.matcher(part);
            if (!k.find()) {
                continue;
            }
            String prefix = Vietnamese.fold(part.substring(0, k.start()));
            if (prefix.matches(".*\\b(ban hanh|xay dung)\\b.*")) {
                continue; // "Sở … ban hành Kế hoạch …": the plan itself, not a basis
            }
            String item = Inline.stripClosing(part.substring(k.start()));
            item = item.replaceAll("\\s+", " ");
            if (item.length() > 8 && !into.contains(item)) {
                into.add(item);
            }
        }
    }
}

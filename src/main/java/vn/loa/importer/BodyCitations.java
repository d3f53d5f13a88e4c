package vn.loa.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documents cited in the body, added to the basis after the basis paragraph's own (issue 13, item 2: their dates
 * belong to the basis, never to the events). To stay precise, a citation needs a document word as a name
 * ({@code Quyết định}, capitalised) and a number and symbol ({@code Công văn số 12/SKHCN-VP ngày 3/4/2024 của …}),
 * or its author and a full date ({@code Thông báo kết luận của Chủ tịch UBND tỉnh ngày 20/9/2024}); a document named
 * only by its kind ({@code theo Kế hoạch}, {@code Quyết định này}) is none. It runs to the end of its clause and keeps
 * its author ({@code của …}) and subject ({@code về …}); the document itself (its own number) and a document already
 * in the basis (the same number, or the same kind and date) are not added again.
 */
final class BodyCitations {

    private static final String KIND = "(?:Công văn|Văn bản|Quyết định|Kế hoạch|Thông báo|Chỉ thị|Nghị quyết|Nghị định|Thông tư liên tịch|"
            + "Thông tư|Tờ trình|Công điện|Kết luận|Hướng dẫn|Chương trình|Đề án|Quy chế|Quy định|Luật|Báo cáo)";
    private static final String DATE = "ngày\\s+\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4}";
    /** The end of a citation: its author and subject, up to the end of the clause. */
    private static final String TAIL = "(?:\\s+(?:của|về|do)\\s+[^,;:()“”\"]{1,160}?(?=\\s*(?:[,;:()“”\"]|\\.(?:\\s|$)|$)))?";
    private static final Pattern NUMBERED = Pattern.compile("(?<![\\p{L}])" + KIND + "(?:\\s+[^\\s,;.:]+){0,3}?\\s+số\\s+\\d+[^\\s,;]*/[\\p{L}\\d.Đđ&-]+"
            + "(?:\\s*,?\\s*" + DATE + ")?" + TAIL);
    private static final Pattern BY_AUTHOR = Pattern.compile("(?<![\\p{L}])" + KIND + "(?:\\s+[^\\s,;.:]+){0,2}?\\s+của\\s+[^,;.:()]{1,80}?\\s+"
            + DATE + "(?:\\s+về\\s+[^,;:()“”\"]{1,160}?(?=\\s*(?:[,;:()“”\"]|\\.(?:\\s|$)|$)))?");
    private static final Pattern NUMBER = Pattern.compile("số\\s+(\\d+[^\\s,;]*/[^\\s,;]+)");
    private static final Pattern DATE_IN = Pattern.compile(DATE);

    private BodyCitations() {
    }

    /** Adds each document {@code text} cites that is neither the document itself ({@code ownNumber}) nor in the basis. */
    static void add(String text, String ownNumber, List<String> basis) {
        for (Pattern p : List.of(NUMBERED, BY_AUTHOR)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String item = Inline.stripClosing(m.group().replaceAll("\\s+", " ").strip()).replaceAll("[\\s,;.]+$", "");
                if (!known(item, ownNumber, basis)) {
                    basis.add(item);
                }
            }
        }
    }

    private static boolean known(String item, String ownNumber, List<String> basis) {
        String number = numberOf(item);
        if (number != null && ownNumber != null && compact(ownNumber).equals(compact(number))) {
            return true;
        }
        for (String b : basis) {
            if (b.contains(item) || item.contains(b)) {
                return true;
            }
            String n = numberOf(b);
            if (number != null && n != null && compact(n).equals(compact(number))) {
                return true;
            }
            if (number == null && b.startsWith(item.split("\\s+")[0]) && sameDate(b, item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameDate(String a, String b) {
        Matcher x = DATE_IN.matcher(a);
        Matcher y = DATE_IN.matcher(b);
        return x.find() && y.find() && compact(x.group()).equals(compact(y.group()));
    }

    private static String numberOf(String s) {
        Matcher m = NUMBER.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    private static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }
}

package vn.loa.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import vn.loa.dates.VietnameseDateReader;
import vn.loa.text.Vietnamese;

/**
 * The title of an official document: its kind line ({@code KẾ HOẠCH}, {@code THÔNG BÁO} …, among the first 40 lines)
 * and the subject (<i>trích yếu</i>) on the lines under it, or after the kind on the same line.
 *
 * @param kindAt  the kind line's index, -1 when there is none
 * @param kind    the kind as written in capitals ({@code KẾ HOẠCH}); null without a kind line
 * @param subject the subject's lines joined with single spaces, a line that goes on with a capital put in lower case
 *                ({@link TitleCase#continuing}); null when none
 * @param end     the index of the first line after the subject (after the kind line when there is none)
 */
record KindAndSubject(int kindAt, String kind, String subject, int end) {

    /** Kinds of administrative documents, as their kind line writes them. */
    private static final List<String> KINDS = List.of("KẾ HOẠCH", "THÔNG BÁO", "CHƯƠNG TRÌNH", "QUYẾT ĐỊNH", "BÁO CÁO",
            "HƯỚNG DẪN", "TỜ TRÌNH", "GIẤY MỜI", "THƯ MỜI", "CÔNG VĂN", "CHỈ THỊ", "NGHỊ QUYẾT", "ĐỀ ÁN", "PHƯƠNG ÁN",
            "CÔNG ĐIỆN", "THÔNG CÁO BÁO CHÍ", "THÔNG CÁO", "BIÊN BẢN", "QUY CHẾ", "KẾ HOẠCH LIÊN TỊCH");

    /** The kind line and the subject, marking their lines used; {@code kindAt} -1 when no kind line is found. */
    static KindAndSubject read(List<Line> ls, boolean[] used) {
        int kindAt = -1;
        String kindWord = null;
        String subjectStart = null;
        int seen = 0;
        for (int i = 0; i < ls.size() && seen < 40; i++) {
            Line l = ls.get(i);
            if (l.blank()) {
                continue;
            }
            seen++;
            if (l.cells() != null) {
                continue;
            }
            String[] k = kindOf(l.plain());
            if (k != null) {
                kindAt = i;
                kindWord = k[0];
                subjectStart = k[1];
                break;
            }
        }
        if (kindAt < 0) {
            return new KindAndSubject(-1, null, null, -1);
        }
        used[kindAt] = true;
        List<String> subject = new ArrayList<>();
        if (subjectStart != null && !subjectStart.isBlank()) {
            subject.add(subjectStart.strip());
        }
        int i = kindAt + 1;
        while (i < ls.size() && ls.get(i).blank() && subject.isEmpty()) {
            i++;
        }
        int total = subject.stream().mapToInt(String::length).sum();
        while (i < ls.size()) {
            Line l = ls.get(i);
            if (l.blank()) {
                int j = i;
                while (j < ls.size() && ls.get(j).blank()) {
                    j++;
                }
                if (j < ls.size() && ls.get(j).cells() == null && Inline.startsLower(ls.get(j).plain())
                        && isSubjectLine(ls.get(j).plain(), total)) {
                    i = j;
                    continue;
                }
                break;
            }
            if (l.cells() != null || !isSubjectLine(l.plain(), total)) {
                break;
            }
            subject.add(subject.isEmpty() ? l.plain().strip() : TitleCase.continuing(l.plain().strip()));
            total += l.plain().length();
            used[i] = true;
            i++;
        }
        String title = String.join(" ", subject).replaceAll("\\s+", " ").strip();
        return new KindAndSubject(kindAt, kindWord, title.isEmpty() ? null : title, i);
    }

    /** A day alone, as a subject ends with the day it celebrates: {@code 18/5/2024}, {@code (18/5) năm 2024}. */
    private static final java.util.regex.Pattern DAY_ALONE = java.util.regex.Pattern.compile(
            "\\(?\\d{1,2}\\s*/\\s*\\d{1,2}\\)?(?:\\s*/\\s*\\d{4}|\\s+năm\\s+\\d{4})?");

    /**
     * The subject with a line of a day alone right under it ({@code Kết quả … Ngày Khoa học và Công nghệ Việt Nam} /
     * {@code 18/5/2024}), for a document whose header dates it already: the day is the one the subject names, not a
     * portal's date line.
     */
    KindAndSubject withDayLine(List<Line> ls, boolean[] used) {
        if (subject == null || end < 0 || end >= ls.size()) {
            return this;
        }
        Line l = ls.get(end);
        if (l.blank() || l.cells() != null || used[end] || !DAY_ALONE.matcher(l.plain().strip()).matches()) {
            return this;
        }
        used[end] = true;
        return new KindAndSubject(kindAt, kind, subject + " " + l.plain().strip(), end + 1);
    }

    boolean found() {
        return kindAt >= 0;
    }

    /** The kind in sentence case ({@code KẾ HOẠCH} → {@code Kế hoạch}); null without a kind line. */
    String kindInSentenceCase() {
        return kind == null ? null : Inline.capitalise(kind.toLowerCase(Vietnamese.LOCALE));
    }

    /** {kind, rest of the line} when the line is a kind line: {@code KẾ HOẠCH}, {@code KẾ HOẠCH Tổ chức …}. */
    static String[] kindOf(String plain) {
        String p = plain.strip();
        if (p.matches("(?:\\p{Lu}\\s+){2,}\\p{Lu}")) {
            p = p.replace(" ", "");
        }
        for (String k : KINDS) {
            String compact = k.replace(" ", "");
            if (p.equals(k) || p.equals(k + ":") || p.equals(compact)) {
                return new String[] {k, null};
            }
            if (p.startsWith(k + " ") && !p.startsWith(k + " SỐ") && !p.startsWith(k + " số")) {
                String rest = p.substring(k.length()).strip();
                if (rest.startsWith("-") || rest.startsWith(":")) {
                    rest = rest.substring(1).strip();
                }
                String firstWord = rest.split("\\s+")[0];
                // "KẾ HOẠCH Tổ chức …" or "KẾ HOẠCH TỔ CHỨC …" (a subject in capitals), but not a sentence.
                if (!rest.isEmpty() && Character.isUpperCase(firstWord.codePointAt(0)) && rest.length() <= 300 && !rest.endsWith(":")) {
                    return new String[] {k, rest};
                }
            }
        }
        return null;
    }

    private static boolean isSubjectLine(String plain, int soFar) {
        String p = plain.strip();
        if (p.isEmpty() || p.length() > 220 || soFar + p.length() > 450) {
            return false;
        }
        if (p.matches("^(?:Căn cứ|Thực hiện|Theo|Trên cơ sở)\\b.*") || Markers.ROMAN.matcher(p).matches() || Header.NUMBER_LINE.matcher(p).matches()
                || VietnameseDateReader.readIssueDate(p).isPresent() || Dateline.read(p) != null || Markers.BULLET.matcher(p).matches() || p.endsWith(":")) {
            return false;
        }
        Matcher n = Markers.NUMBERED.matcher(p);
        if (n.matches() && (n.group(2) != null || n.group(1).contains("."))) {
            return false;
        }
        return !p.matches("(?i)^(?:Nhằm|Để|Sở |Ủy ban|UBND|Ban |Phòng |Trung tâm ).*(?:như sau|sau đây).*");
    }
}

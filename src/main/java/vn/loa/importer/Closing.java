package vn.loa.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.loa.load.Signer;

/**
 * The end of an official document: the recipients ({@code Nơi nhận:} and its items, left) and the signature block
 * (authority {@code KT. GIÁM ĐỐC}, position, {@code (Đã ký)}, name; right), in one column or in the two cells of a
 * table.
 *
 * @param start      the index of the first line of the end; the number of lines when there is none
 * @param recipients the items without bullets or the closing {@code ;}/{@code .}
 * @param signer     null when there is no signature block
 */
record Closing(int start, List<String> recipients, Signer signer) {

    static final Pattern AUTHORITY = Pattern.compile("^(?:KT|TM|TL|TUQ|UQ)\\s*\\.\\s*\\S.*");
    private static final Pattern SIGNED = Pattern.compile("(?iu)^[\\[(]?\\s*(?:đã ký|da ky|ký|ký tên|ký, ghi rõ|chữ ký|signed|daky)[^\\])]*[\\])]?$");
    static final Pattern RECIPIENTS = Pattern.compile("(?i)^\\s*(?:nơi nhận|noi nhan)\\s*:?\\s*(.*)$");

    /** The end of the document among the lines {@code [from, end)}. */
    static Closing read(List<Line> ls, int from, int end) {
        int r = -1;
        for (int i = from; i < end; i++) {
            Line l = ls.get(i);
            String first = l.cells() != null ? Inline.plain(l.cells().get(0)) : l.plain();
            if (RECIPIENTS.matcher(first).matches() && first.length() < 200) {
                r = i;
            }
        }
        int s = signatureStart(ls, from, end);
        int start = end;
        if (r >= 0) {
            start = r;
        }
        if (s >= 0 && s < start) {
            start = s;
        }
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        boolean inRecipients = false;
        for (int i = start; i < end; i++) {
            Line l = ls.get(i);
            if (l.blank()) {
                continue;
            }
            List<String> parts;
            if (l.cells() != null) {
                parts = l.cells().stream().map(Inline::plain).toList();
            } else {
                parts = columns(l.plain());
            }
            String a = parts.get(0).strip();
            if (parts.size() > 1) {
                for (int k = 1; k < parts.size(); k++) {
                    if (!parts.get(k).isBlank()) {
                        right.add(parts.get(k).strip());
                    }
                }
            }
            if (a.isEmpty()) {
                continue;
            }
            Matcher m = RECIPIENTS.matcher(a);
            if (m.matches()) {
                inRecipients = true;
                String rest = m.group(1).strip();
                if (!rest.isEmpty()) {
                    left.add(rest);
                }
                continue;
            }
            if (inRecipients && !signerLike(a)) {
                left.add(a);
            } else {
                inRecipients = false;
                right.add(a);
            }
        }
        List<String> recipients = new ArrayList<>();
        for (String joined : left) {
            // A cell whose line breaks were lost: "Bộ … (b/c); - UBND tỉnh (b/c); - Lưu: VT."
            for (String x : joined.split(";\\s+(?=[-+•–]\\s)")) {
                String t = x.replaceFirst("^[-+•–—·●○▪◦∙]\\s*", "");
                t = Inline.stripClosing(t);
                if (!t.isEmpty()) {
                    recipients.add(t);
                }
            }
        }
        return new Closing(start, recipients, signer(right));
    }

    /**
     * The signature block's words at the end of a recipients line, when a PDF or a copy flattened the two columns onto
     * one line ({@code Nơi nhận: KT. GIÁM ĐỐC}, {@code - UBND tỉnh (b/c); PHÓ GIÁM ĐỐC}): the left column ends with
     * {@code :}, {@code ;} or {@code .}, the right is in capitals and names an authority or a position.
     */
    private static final Pattern FLATTENED = Pattern.compile("^(.*?[:;.])\\s+((?:(?:KT|TM|TL|TUQ|UQ)\\s*\\.\\s*)?\\p{Lu}+(?:\\s+\\p{Lu}+)+)$");
    private static final Pattern POSITION = Pattern.compile("(?:^(?:KT|TM|TL|TUQ|UQ)\\s*\\.|GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG|VĂN PHÒNG|ỦY BAN|"
            + "UBND|CHÁNH|HIỆU|TỔNG)");

    /** An authority and the position of its signer run together: {@code KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC}. */
    private static final Pattern DEPUTY = Pattern.compile("^(.*\\b(?:KT|TL|TUQ)\\. \\p{Lu}+(?: \\p{Lu}+)*?) ((?:PHÓ|CHÁNH|TRƯỞNG) \\p{Lu}+(?: \\p{Lu}+)*)$");

    static List<String> columns(String plain) {
        String p = plain.strip();
        Matcher m = FLATTENED.matcher(p);
        boolean recipientsLine = RECIPIENTS.matcher(p).matches() || p.matches("^[-+•–].*");
        if (recipientsLine && m.matches() && POSITION.matcher(m.group(2)).find() && m.group(2).length() <= 60) {
            return List.of(m.group(1).strip(), m.group(2).strip());
        }
        return List.of(plain);
    }

    private static boolean signerLike(String s) {
        String t = s.strip();
        if (t.startsWith("-") || t.startsWith("+") || t.startsWith("•")) {
            return false;
        }
        return AUTHORITY.matcher(t).matches() || (Inline.isUpper(t) && t.length() <= 60 && !t.endsWith(";"))
                || SIGNED.matcher(t).matches() || nameLike(t);
    }

    /**
     * A signature block, not a stray line in capitals: recipients, an authority ({@code KT. GIÁM ĐỐC}), or a position
     * and a name. A document without its form (a news post) has a signature block only so.
     */
    boolean signatureBlock() {
        return !recipients.isEmpty() || signer != null && (signer.authority() != null || signer.position() != null && signer.name() != null);
    }

    /** A line of a signature block: an authority, a position in capitals, {@code (Đã ký)}. */
    static boolean signatureLine(String s) {
        String t = s.strip();
        return AUTHORITY.matcher(t).matches() || SIGNED.matcher(t).matches() || Inline.isUpper(t) && t.length() <= 60
                || vn.loa.text.Vietnamese.fold(t).replaceAll("[\\[\\]()]", "").strip().matches("(?:da ky|ky ten|chu ky|signed)(?: .{0,30})?");
    }

    static boolean nameLike(String s) {
        String t = s.strip();
        if (t.length() > 40 || t.length() < 5 || t.matches(".*[\\d;:,.!?()/].*")) {
            return false;
        }
        String[] words = t.split("\\s+");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The first line of the trailing run of signature lines (authority, position, name), or -1. */
    private static int signatureStart(List<Line> ls, int from, int end) {
        int i = end - 1;
        int start = -1;
        boolean upper = false;
        int count = 0;
        while (i >= from && count < 10) {
            Line l = ls.get(i);
            if (l.blank()) {
                i--;
                continue;
            }
            if (l.cells() != null) {
                break;
            }
            String p = l.plain().strip();
            if (AUTHORITY.matcher(p).matches() || (Inline.isUpper(p) && p.length() <= 60 && !p.endsWith(";") && !p.endsWith(".")
                    && !Markers.ROMAN.matcher(p).matches() && !Markers.NUMBERED.matcher(p).matches())) {
                upper = true;
            } else if (!(SIGNED.matcher(p).matches() || nameLike(p))) {
                break;
            }
            start = i;
            count++;
            i--;
        }
        return upper ? start : -1;
    }

    static Signer signer(List<String> lines) {
        List<String> authority = new ArrayList<>();
        List<String> caps = new ArrayList<>();
        String name = null;
        for (String raw : lines) {
            String l = raw.strip();
            if (l.isEmpty() || SIGNED.matcher(l).matches()) {
                continue;
            }
            if (AUTHORITY.matcher(l).matches()) {
                String a = l.replaceAll("\\s+", " ").replaceFirst("^(\\p{Lu}+)\\s*\\.\\s*", "$1. ");
                // A cell whose line break was lost: "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" — the deputy who signs is the position.
                Matcher deputy = DEPUTY.matcher(a);
                if (deputy.matches()) {
                    authority.add(deputy.group(1));
                    caps.add(deputy.group(2));
                } else {
                    authority.add(a);
                }
            } else if (Inline.isUpper(l)) {
                caps.add(l.replaceAll("\\s+", " "));
            } else if (nameLike(l)) {
                name = l.replaceAll("\\s+", " ");
            }
        }
        String position = null;
        if (name == null && caps.size() >= 2) {
            name = caps.remove(caps.size() - 1);
        }
        if (!caps.isEmpty()) {
            position = String.join(" ", caps);
        }
        if (authority.isEmpty() && position == null && name == null) {
            return null;
        }
        return new Signer(authority.isEmpty() ? null : String.join(" ", authority), position, name);
    }
}

package vn.loa.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.loa.dates.IssueDate;
import vn.loa.dates.VietnameseDateReader;

/**
 * The header of an official document (Decree 30/2020/NĐ-CP, top of the first page): the issuing body, the national
 * motto, the number and symbol ({@code Số: 45/KH-SKHCN}, also blank) and the place and date line, in one column or in
 * the two cells of the header table, in any order.
 */
final class Header {

    static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*[:.]?\\s*(.*)$");
    private static final Pattern NUMBER_VALUE = Pattern.compile("^([0-9.…_ ]*)/\\s*(\\S+)");

    final List<String> issuer = new ArrayList<>();
    String number;
    IssueDate issued;
    /** The national motto was read: the header of an official document. */
    boolean motto;

    /** Reads the header's lines {@code [0, end)}, marking them used. */
    static Header read(List<Line> ls, int end, boolean[] used) {
        Header h = new Header();
        for (int i = 0; i < end; i++) {
            Line l = ls.get(i);
            if (l.blank() || used[i]) {
                continue;
            }
            used[i] = true;
            List<String> cells = l.cells() != null ? l.cells() : List.of(l.plain());
            for (String cell : cells) {
                String c = Inline.plain(cell).strip();
                if (c.isEmpty()) {
                    continue;
                }
                Part part = part(c);
                if (part.number != null && h.number == null) {
                    h.number = part.number;
                }
                if (part.issued != null && h.issued == null) {
                    h.issued = part.issued;
                }
                if (part.issuer != null) {
                    h.issuer.add(part.issuer);
                }
                h.motto |= part.motto;
            }
        }
        return h;
    }

    /**
     * The number or the date may come after the subject when a two-column header was copied in another order: looks
     * at the dozen lines from {@code from} until the basis or the first section.
     */
    void readLate(List<Line> ls, int from, boolean[] used) {
        for (int i = from; i < Math.min(ls.size(), from + 12); i++) {
            Line l = ls.get(i);
            if (l.blank() || l.cells() != null || used[i]) {
                continue;
            }
            String p = l.plain();
            if (number == null && NUMBER_LINE.matcher(p).matches() && p.contains("/")) {
                number = part(p).number;
                used[i] = true;
            } else if (issued == null && VietnameseDateReader.readIssueDate(p).isPresent()) {
                issued = VietnameseDateReader.readIssueDate(p).get();
                used[i] = true;
            } else if (Markers.ROMAN.matcher(p).matches() || Basis.START.matcher(p).matches()) {
                break;
            }
        }
    }

    /** Without a kind line: the leading lines that are issuing body, motto, number or date, lines used skipped. */
    static int leadingEnd(List<Line> ls, boolean[] used) {
        int end = 0;
        for (int i = 0; i < ls.size(); i++) {
            Line l = ls.get(i);
            if (l.blank() || used[i]) {
                continue;
            }
            String p = l.plain();
            boolean header = l.cells() != null ? l.cells().stream().allMatch(c -> c.isBlank() || part(Inline.plain(c)).any())
                    : part(p).any();
            if (!header) {
                break;
            }
            end = i + 1;
        }
        return end;
    }

    /** A header that shows the form: a number, a place-and-date line or the motto; issuing-body lines alone do not. */
    boolean ofTheForm() {
        return number != null || issued != null || motto;
    }

    static final class Part {
        String number;
        IssueDate issued;
        String issuer;
        boolean motto;

        boolean any() {
            return number != null || issued != null || issuer != null || motto;
        }
    }

    private static final Pattern MOTTO = Pattern.compile("(?i)(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\\s*[-–—]\\s*Tự do\\s*[-–—]\\s*Hạnh phúc)");

    /** What one cell or line of the header says. */
    static Part part(String text) {
        Part part = new Part();
        String s = text.strip();
        Matcher motto = MOTTO.matcher(s);
        if (motto.find()) {
            part.motto = true;
            String before = s.substring(0, motto.start()).strip();
            String after = s.substring(motto.end()).strip();
            if (!before.isEmpty()) {
                Part b = part(before);
                part.issuer = b.issuer;
                part.number = b.number;
                part.issued = b.issued;
            }
            if (!after.isEmpty()) {
                Part a = part(after);
                part.number = part.number != null ? part.number : a.number;
                part.issued = part.issued != null ? part.issued : a.issued;
            }
            return part;
        }
        Matcher n = NUMBER_LINE.matcher(s);
        String rest = s;
        if (n.matches()) {
            String value = n.group(1).strip();
            Matcher v = NUMBER_VALUE.matcher(value);
            if (v.find()) {
                String digits = v.group(1).replaceAll("[\\s.…_]", "");
                String symbol = v.group(2);
                int cut = symbol.length();
                part.number = digits + "/" + symbol.substring(0, cut);
                rest = value.substring(v.end()).strip();
            } else if (!value.isEmpty()) {
                String tok = value.split("\\s+")[0];
                part.number = tok;
                rest = value.substring(tok.length()).strip();
            } else {
                rest = "";
            }
            if (rest.isEmpty()) {
                return part;
            }
        }
        Optional<IssueDate> d = issueDateIn(rest);
        if (d.isPresent()) {
            part.issued = d.get();
            return part;
        }
        if (part.number == null && Inline.isUpper(rest) && rest.length() <= 120 && !SourceLines.SEPARATOR.matcher(rest).matches()) {
            part.issuer = rest.replaceAll("\\s+", " ");
        }
        return part;
    }

    /** The place-and-date at the end of a line that may begin with something else. */
    static Optional<IssueDate> issueDateIn(String s) {
        Optional<IssueDate> whole = VietnameseDateReader.readIssueDate(s);
        if (whole.isPresent()) {
            return whole;
        }
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i - 1) == ' ' && (Character.isUpperCase(s.charAt(i)) || s.startsWith("ngày", i))) {
                Optional<IssueDate> d = VietnameseDateReader.readIssueDate(s.substring(i));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }
}

package vn.loa.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import vn.loa.text.Vietnamese;

/**
 * The body of a document, its lines into blocks: headings from {@code I.}, {@code 1.}, {@code 2.1.}; list items from
 * {@code -} and {@code +}; labelled lines ({@code Thời gian: …}); tables from tab- or pipe-separated rows, broken rows
 * joined ({@link TableReader}); paragraphs, lines broken inside them (PDF) joined back. The markers are {@link Markers}'.
 */
final class BodyParser {
    private final List<Line> ls;
    private final List<Block> out = new ArrayList<>();

    private final PlanParser.Mode mode;

    BodyParser(List<Line> lines, PlanParser.Mode mode) {
        this.mode = mode;
        this.ls = joinWrapped(lines);
    }

    /** Inline Markdown for plain text of this document. */
    private String md(String text) {
        return mode == PlanParser.Mode.TEXT ? Inline.escape(text) : text;
    }

    /**
     * Lines broken inside a paragraph (text copied out of PDF breaks lines anywhere) joined back: a line goes on
     * with the one before it when that one has no closing punctuation and this one is no list item or heading,
     * and starts in lower case or with a digit, or the line before is long (a wrapped line).
     */
    private List<Line> joinWrapped(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            Line prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && !prev.blank() && prev.cells() == null && !prev.separatorRow() && !l.blank() && l.cells() == null
                    && !l.separatorRow() && continues(prev, l)) {
                String text = prev.text() + " " + l.text();
                out.set(out.size() - 1, new Line(text, prev.plain() + " " + l.plain(), prev.hashes(), null, false));
                lastLength = l.plain().length();
                continue;
            }
            out.add(l);
            lastLength = l.plain().length();
        }
        return out;
    }

    private int lastLength;

    private boolean continues(Line prev, Line l) {
        String p = l.plain();
        String pp = prev.plain();
        if (p.isEmpty() || pp.isEmpty() || structural(p) || ".;:!?…".indexOf(pp.charAt(pp.length() - 1)) >= 0) {
            return false;
        }
        if (mode == PlanParser.Mode.TEXT && p.matches("\\d{1,3}")) {
            return false;
        }
        if (Closing.RECIPIENTS.matcher(p).matches() || Closing.AUTHORITY.matcher(p).matches()) {
            return false;
        }
        boolean lowerOrDigit = Inline.startsLower(p) || Character.isDigit(p.charAt(0));
        return lowerOrDigit || lastLength >= 60;
    }

    List<Block> parse() {
        boolean blankBefore = true;
        for (int i = 0; i < ls.size(); i++) {
            Line l = ls.get(i);
            if (l.blank()) {
                blankBefore = true;
                continue;
            }
            if (l.cells() != null || l.separatorRow()) {
                i = new TableReader(ls, mode).read(i, out) - 1;
                blankBefore = true;
                continue;
            }
            String p = l.plain();
            if (mode == PlanParser.Mode.TEXT && p.matches("\\d{1,3}") ) {
                continue; // a page number
            }
            blankBefore = false;
            add(l, i);
        }
        consistentSiblings();
        return out;
    }

    /**
     * Numbered items of one list read alike: when a sibling is a long item kept as a paragraph, a short sibling
     * that has no list or table of its own is a paragraph too, not a heading.
     */
    private void consistentSiblings() {
        for (int k = 0; k < out.size(); k++) {
            if (!(out.get(k) instanceof Block.Heading h) || h.number() == null || h.level() < 3) {
                continue;
            }
            Block next = k + 1 < out.size() ? out.get(k + 1) : null;
            if (next instanceof Block.Item || next instanceof Block.Table) {
                continue;
            }
            int depth = h.number().split("\\.").length;
            boolean paragraphSibling = false;
            for (int dir = -1; dir <= 1 && !paragraphSibling; dir += 2) {
                for (int j = k + dir; j >= 0 && j < out.size(); j += dir) {
                    Block s = out.get(j);
                    if (s instanceof Block.Heading sh && (sh.number() == null || sh.level() < h.level())) {
                        break;
                    }
                    if (s instanceof Block.Paragraph sp && sp.number() != null && sp.number().split("\\.").length == depth) {
                        paragraphSibling = true;
                        break;
                    }
                }
            }
            if (paragraphSibling) {
                String rest = h.title();
                String marker = depth == 1 ? h.number() : h.number();
                out.set(k, new Block.Paragraph(h.number(), marker + " " + (mode == PlanParser.Mode.TEXT ? Inline.escape(rest) : rest), h.plain()));
            }
        }
    }

    private boolean structural(String p) {
        return Markers.ROMAN.matcher(p).matches() || numbered(p) != null || Markers.LETTER.matcher(p).matches() || Markers.BULLET.matcher(p).matches()
                || Markers.LABEL.matcher(Vietnamese.fold(p)).matches();
    }

    private void add(Line l, int i) {
        String p = l.plain();
        String t = l.text();
        Matcher roman = Markers.ROMAN.matcher(p);
        if (roman.matches() && !roman.group(1).isEmpty() && (l.hashes() > 0 || roman.group(2).length() <= 200)) {
            String rest = roman.group(2).strip();
            String number = roman.group(1) + ".";
            out.add(new Block.Heading(2, number, "## " + number + " " + Inline.escape(rest), number + " " + rest));
            return;
        }
        String[] num = numbered(p);
        if (num != null) {
            numbered(l, i, num);
            return;
        }
        Matcher bullet = Markers.BULLET.matcher(p);
        if (bullet.matches() && !p.matches("^[-–—]\\s*\\d.*")) {
            String rest = bullet.group(3).strip();
            String marker = bullet.group(1);
            int level = 0;
            if (bullet.group(2) != null || "○▪◦".contains(marker)) {
                level = 1;
            } else if (marker.equals("+")) {
                level = lastIsItem() ? 1 : 0;
            }
            if (rest.isEmpty()) {
                return;
            }
            out.add(new Block.Item(level, restMd(t, rest), rest));
            return;
        }
        if (Markers.LABEL.matcher(Vietnamese.fold(p)).matches() && p.length() <= 400) {
            out.add(new Block.Item(0, md(t), p));
            return;
        }
        if (l.hashes() > 0 && mode == PlanParser.Mode.MARKDOWN) {
            int level = Math.max(2, Math.min(6, l.hashes()));
            out.add(new Block.Heading(level, null, "#".repeat(level) + " " + t, p));
            return;
        }
        out.add(new Block.Paragraph(null, md(t), p));
    }

    private boolean lastIsItem() {
        return !out.isEmpty() && out.get(out.size() - 1) instanceof Block.Item;
    }

    /** The Markdown of {@code rest}, the end of the line after its marker. */
    private String restMd(String text, String rest) {
        if (mode == PlanParser.Mode.TEXT) {
            return Inline.escape(rest);
        }
        // In Markdown mode keep the inline markup: find the marker's end in the text.
        String plainText = Inline.plain(text);
        int cut = plainText.length() - rest.length();
        int k = 0;
        int seenPlain = 0;
        while (k < text.length() && seenPlain < cut) {
            char c = text.charAt(k);
            if (c != '*' && c != '_' && c != '\\') {
                seenPlain++;
            }
            k++;
        }
        String md = text.substring(k).replaceFirst("^[\\s*_]*(?=\\S)", "").strip();
        long stars = md.replace("\\*", "").chars().filter(c -> c == '*').count();
        return stars % 2 == 0 ? md : Inline.escape(rest);
    }

    static String[] numbered(String p) {
        Matcher m = Markers.NUMBERED.matcher(p);
        if (!m.matches()) {
            return null;
        }
        String number = m.group(1);
        String term = m.group(2);
        String rest = m.group(3);
        if (!number.contains(".") && term == null) {
            return null;
        }
        if (!Character.isLetter(rest.codePointAt(0)) && rest.charAt(0) != '“' && rest.charAt(0) != '"' && rest.charAt(0) != '(') {
            return null;
        }
        if (number.contains(".") && term == null && !rest.matches("^\\p{L}.*")) {
            return null;
        }
        return new String[] {number + (term == null ? "." : term.equals(")") ? ")" : "."), rest, String.valueOf(number.split("\\.").length)};
    }

    private void numbered(Line l, int i, String[] num) {
        String number = num[0];
        String rest = num[1].strip();
        int depth = Integer.parseInt(num[2]);
        int level = Math.min(6, 2 + depth);
        String next = nextPlain(i);
        boolean detailsFollow = next != null && (Markers.BULLET.matcher(next).matches() || Markers.LABEL.matcher(Vietnamese.fold(next)).matches()
                || (Markers.LETTER.matcher(next).matches()));
        boolean sentenceBreak = rest.matches(".*[.;!?]\\s+\\p{Lu}.*");
        String restMd = restMd(l.text(), rest);
        int colon = rest.indexOf(':');
        if (Markers.LABEL.matcher(Vietnamese.fold(rest)).matches()) {
            out.add(new Block.Paragraph(number, (depth == 1 ? number : number) + " " + restMd, number + " " + rest));
            return;
        }
        if (colon > 0 && colon <= 60 && rest.length() - colon > 25 && !rest.substring(0, colon).matches(".*\\d.*")
                && !rest.substring(0, colon).contains(",") && !rest.substring(colon + 1).isBlank()) {
            String head = rest.substring(0, colon).strip();
            String tail = rest.substring(colon + 1).strip();
            out.add(new Block.Heading(level, number, "#".repeat(level) + " " + number + " " + Inline.escape(head), number + " " + head));
            out.add(new Block.Paragraph(null, md(tail), tail));
            return;
        }
        boolean sentence = rest.endsWith(".") || rest.endsWith(";");
        boolean heading = (rest.length() <= 120 && !sentenceBreak && !sentence) || (detailsFollow && rest.length() <= 400);
        if (heading) {
            String title = rest.endsWith(":") ? rest.substring(0, rest.length() - 1).strip() : rest;
            String titleMd = Inline.escape(title);
            out.add(new Block.Heading(level, number, "#".repeat(level) + " " + number + " " + titleMd, number + " " + title));
        } else {
            String marker = depth == 1 ? number : number.replace(".", "\\.");
            if (depth > 1 && mode == PlanParser.Mode.TEXT) {
                marker = number;
            }
            out.add(new Block.Paragraph(number, marker + " " + restMd, number + " " + rest));
        }
    }

    private String nextPlain(int i) {
        for (int j = i + 1; j < ls.size(); j++) {
            if (!ls.get(j).blank()) {
                return ls.get(j).cells() != null ? null : ls.get(j).plain();
            }
        }
        return null;
    }
}

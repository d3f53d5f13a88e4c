package vn.loa.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import vn.loa.text.Vietnamese;

/**
 * The body of a document, its lines into blocks: headings from {@code I.}, {@code 1.}, {@code 2.1.}; list items from
 * {@code -} and {@code +}; labelled lines ({@code Thời gian: …}); tables from tab- or pipe-separated rows, broken rows
 * joined; paragraphs, lines broken inside them (PDF) joined back. The markers are {@link Markers}'.
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
                i = table(i) - 1;
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

    private String[] numbered(String p) {
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

    // ------------------------------------------------------------ tables

    /** Reads the table starting at line {@code from}; returns the index after it. */
    private int table(int from) {
        List<List<String>> raw = new ArrayList<>();
        List<Boolean> newRow = new ArrayList<>();
        int i = from;
        int lastRow = from;
        while (i < ls.size()) {
            Line l = ls.get(i);
            if (l.separatorRow()) {
                i++;
                continue;
            }
            if (l.blank()) {
                int j = i;
                while (j < ls.size() && ls.get(j).blank()) {
                    j++;
                }
                if (j < ls.size() && (ls.get(j).cells() != null || ls.get(j).separatorRow())) {
                    i = j;
                    continue;
                }
                break;
            }
            if (l.cells() != null) {
                raw.add(new ArrayList<>(l.cells()));
                newRow.add(Boolean.TRUE);
                lastRow = i;
                i++;
                continue;
            }
            if (i == lastRow + 1 && continuesRowNumbers(l, raw, newRow)) {
                // "3<TAB>Tổ chức tham quan …" after row 2: row 3, its content cell broken onto the next line.
                raw.add(new ArrayList<>(l.markerCells()));
                newRow.add(Boolean.TRUE);
                lastRow = i;
                i++;
                continue;
            }
            // A line without cells right after a row: the rest of a cell that had two paragraphs.
            String p = l.plain();
            boolean follows = i == lastRow + 1;
            String after = nextPlainOrRow(i);
            if (follows && !structuralStart(p) && (Inline.startsLower(p) || "ROW".equals(after) || p.startsWith("("))) {
                raw.add(new ArrayList<>(List.of(l.text())));
                newRow.add(Boolean.FALSE);
                lastRow = i;
                i++;
                continue;
            }
            break;
        }
        if (!raw.isEmpty()) {
            out.add(assemble(raw, newRow));
        }
        return i;
    }

    /** A number and a tab that goes on with the numbers of the table's rows (the last numbered row plus one). */
    private boolean continuesRowNumbers(Line l, List<List<String>> raw, List<Boolean> newRow) {
        if (l.markerCells() == null) {
            return false;
        }
        Integer number = rowNumber(l.markerCells());
        if (number == null) {
            return false;
        }
        for (int k = raw.size() - 1; k >= 0; k--) {
            if (newRow.get(k)) {
                Integer previous = rowNumber(raw.get(k));
                if (previous != null) {
                    return number == previous + 1;
                }
            }
        }
        return false;
    }

    private Integer rowNumber(List<String> cells) {
        if (cells.isEmpty()) {
            return null;
        }
        String first = Inline.plain(cells.get(0)).strip();
        return first.matches("\\d{1,3}[.)]?") ? Integer.valueOf(first.replaceAll("\\D", "")) : null;
    }

    private boolean structuralStart(String p) {
        return Markers.ROMAN.matcher(p).matches() || numbered(p) != null || Markers.BULLET.matcher(p).matches();
    }

    private String nextPlainOrRow(int i) {
        for (int j = i + 1; j < ls.size(); j++) {
            if (!ls.get(j).blank()) {
                return ls.get(j).cells() != null ? "ROW" : ls.get(j).plain();
            }
        }
        return null;
    }

    private Block.Table assemble(List<List<String>> raw, List<Boolean> tabbed) {
        List<String> header = raw.get(0);
        int n = header.size();
        for (List<String> r : raw) {
            if (tabbed.get(raw.indexOf(r))) {
                n = Math.max(n, Math.min(r.size(), 12));
            }
        }
        // Header cells: trailing empty cells of the widest row count.
        boolean stt = !header.isEmpty() && Vietnamese.fold(Inline.plain(header.get(0))).strip().matches("stt|tt|so tt|so thu tu|s tt");
        List<List<String>> rows = new ArrayList<>();
        List<String> cur = null;
        for (int k = 0; k < raw.size(); k++) {
            List<String> r = trimTrailingEmpty(raw.get(k), n);
            boolean isTabbed = tabbed.get(k);
            if (cur == null) {
                cur = new ArrayList<>(r);
                continue;
            }
            boolean startsRow = stt && !r.isEmpty() && Inline.plain(r.get(0)).strip().matches("(?:\\d{1,3}|[IVX]{1,5}|[a-zđ])[.)]?");
            if (!isTabbed) {
                appendCell(cur, cur.size() - 1, r.get(0));
            } else if (!startsRow && cur.size() < n && (stt || countFilled(cur) < n)) {
                // A row broken where a cell had two paragraphs: the first cell continues the last one.
                appendCell(cur, cur.size() - 1, r.get(0));
                for (int c = 1; c < r.size(); c++) {
                    cur.add(r.get(c));
                }
            } else if (stt && !startsRow && !r.isEmpty() && r.get(0).isBlank() && r.size() <= n) {
                // A row continued (across a page): its cells add to the same columns.
                for (int c = 1; c < r.size(); c++) {
                    while (cur.size() <= c) {
                        cur.add("");
                    }
                    appendCell(cur, c, r.get(c));
                }
            } else {
                rows.add(cur);
                cur = new ArrayList<>(r);
            }
        }
        if (cur != null) {
            rows.add(cur);
        }
        int width = 0;
        for (List<String> r : rows) {
            width = Math.max(width, r.size());
        }
        List<List<String>> md = new ArrayList<>();
        List<List<String>> plain = new ArrayList<>();
        for (List<String> r : rows) {
            List<String> m = new ArrayList<>();
            List<String> pl = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                String cell = c < r.size() ? r.get(c).strip() : "";
                String cp = mode == PlanParser.Mode.TEXT ? cell.replaceAll("\\s+", " ") : Inline.plain(cell);
                pl.add(cp);
                m.add(mode == PlanParser.Mode.TEXT ? Inline.escape(cp) : cell.replace("|", "\\|"));
            }
            md.add(m);
            plain.add(pl);
        }
        return new Block.Table(md, plain);
    }

    private List<String> trimTrailingEmpty(List<String> r, int n) {
        List<String> x = new ArrayList<>(r);
        while (x.size() > n && x.get(x.size() - 1).isBlank()) {
            x.remove(x.size() - 1);
        }
        return x;
    }

    private int countFilled(List<String> r) {
        return r.size();
    }

    private void appendCell(List<String> row, int c, String more) {
        if (more == null || more.isBlank()) {
            return;
        }
        if (row.isEmpty()) {
            row.add(more);
            return;
        }
        String before = row.get(c);
        row.set(c, before.isBlank() ? more.strip() : before.strip() + " " + more.strip());
    }
}

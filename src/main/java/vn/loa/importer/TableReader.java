package vn.loa.importer;

import java.util.ArrayList;
import java.util.List;
import vn.loa.text.Vietnamese;

/**
 * A table of a document's body: its rows from tab- or pipe-separated lines, a row whose cell broke onto the next line
 * joined back (a line without cells right after a row; {@code 3<TAB>…} that goes on with the rows' numbers), rows
 * continued across a page merged, into a {@link Block.Table} whose first row is its header.
 */
final class TableReader {

    private final List<Line> ls;
    private final PlanParser.Mode mode;

    TableReader(List<Line> ls, PlanParser.Mode mode) {
        this.ls = ls;
        this.mode = mode;
    }

    /** Reads the table starting at line {@code from} into {@code out}; returns the index after it. */
    int read(int from, List<Block> out) {
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
        return Markers.ROMAN.matcher(p).matches() || BodyParser.numbered(p) != null || Markers.BULLET.matcher(p).matches();
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

package vn.loa.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a PDF page laid out as copied text, with its tables as the Word readers write them (one row a line,
 * cells apart by tabs). A line's words far apart (a gap wider than {@value #COLUMN_GAP_EM} of the font size) are in
 * different columns. A line of three columns or more starts a table; the lines below whose parts all stand under its
 * columns belong to it: one with text in the first column starts a new row, one without goes on with the row above
 * (a cell wrapped over several lines), its parts added to the cells they stand under. A lone line of columns is a table
 * row only when its gaps are wide ({@value #LONE_ROW_GAP_EM} of the font size), not the wide spaces of justified
 * prose. A line of two columns (the two columns of the form's header) keeps a space, as copied text has it.
 */
final class PdfLayout {

    static final float COLUMN_GAP_EM = 0.8f;
    static final float LONE_ROW_GAP_EM = 1.5f;
    /** How far a part may start from its column's start and still stand under it, in points. */
    static final float ALIGN = 4f;

    /** A word as the PDF places it: its text, where it starts and ends on the line, and its font size. */
    record Word(String text, float x0, float x1, float size) {
    }

    /** A run of words of one column. */
    private record Part(String text, float x0, float x1, float gapBefore) {
    }

    private PdfLayout() {
    }

    /**
     * The text of the lines; a null line is a paragraph break (a blank line, dropped inside a table).
     */
    static String text(List<List<Word>> lines) {
        StringBuilder out = new StringBuilder();
        List<Part> columns = null;
        int tableLines = 0;
        List<List<Part>> pending = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            List<Word> line = i < lines.size() ? lines.get(i) : null;
            if (i < lines.size() && line == null) {
                if (columns == null) {
                    out.append('\n');
                }
                continue;
            }
            List<Part> parts = line == null ? null : parts(line);
            if (columns != null && parts != null && underColumns(parts, columns)) {
                if (standsAt(parts.get(0), columns.get(0))) {
                    pending.add(parts);
                } else {
                    pending.get(pending.size() - 1).addAll(parts);
                }
                tableLines++;
                continue;
            }
            if (columns != null) {
                writeTable(out, columns, pending, tableLines);
                columns = null;
                pending = new ArrayList<>();
            }
            if (parts == null) {
                break;
            }
            if (parts.size() >= 3) {
                columns = parts;
                pending.add(new ArrayList<>(parts));
                tableLines = 1;
                continue;
            }
            List<String> texts = new ArrayList<>();
            for (Part p : parts) {
                texts.add(p.text());
            }
            out.append(String.join(" ", texts)).append('\n');
        }
        return out.toString();
    }

    /** Writes the rows of a table; a lone line with narrow gaps is written as prose. */
    private static void writeTable(StringBuilder out, List<Part> columns, List<List<Part>> rows, int lines) {
        if (lines == 1 && rows.size() == 1) {
            float minGap = Float.MAX_VALUE;
            for (int i = 1; i < columns.size(); i++) {
                minGap = Math.min(minGap, columns.get(i).gapBefore());
            }
            if (minGap < 0) {
                List<String> texts = new ArrayList<>();
                for (Part p : columns) {
                    texts.add(p.text());
                }
                out.append(String.join(" ", texts)).append('\n');
                return;
            }
        }
        out.append('\n');
        for (List<Part> r : rows) {
            List<StringBuilder> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.add(new StringBuilder());
            }
            for (Part p : r) {
                StringBuilder cell = cells.get(column(p, columns));
                if (cell.length() > 0) {
                    cell.append(' ');
                }
                cell.append(p.text());
            }
            List<String> texts = new ArrayList<>();
            for (StringBuilder cell : cells) {
                texts.add(cell.toString());
            }
            out.append(String.join("\t", texts)).append('\n');
        }
        out.append('\n');
    }

    /** The column a part stands under: the last whose start is left of the part's start (give or take). */
    private static int column(Part p, List<Part> columns) {
        int c = 0;
        for (int i = 0; i < columns.size(); i++) {
            if (p.x0() >= columns.get(i).x0() - ALIGN) {
                c = i;
            }
        }
        return c;
    }

    private static boolean standsAt(Part p, Part column) {
        return Math.abs(p.x0() - column.x0()) <= ALIGN;
    }

    /** Whether every part starts under one of the columns and ends before the next one starts. */
    private static boolean underColumns(List<Part> parts, List<Part> columns) {
        for (Part p : parts) {
            int c = -1;
            for (int i = 0; i < columns.size(); i++) {
                if (standsAt(p, columns.get(i))) {
                    c = i;
                }
            }
            if (c < 0 || (c + 1 < columns.size() && p.x1() > columns.get(c + 1).x0())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The line's words grouped into parts by wide gaps. A part's gapBefore is the gap in font sizes, made negative
     * when it is narrower than a lone row needs (see {@link #writeTable}).
     */
    private static List<Part> parts(List<Word> words) {
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder(words.get(0).text());
        float x0 = words.get(0).x0();
        float x1 = words.get(0).x1();
        float gapBefore = 0;
        for (int i = 1; i < words.size(); i++) {
            Word a = words.get(i - 1);
            Word b = words.get(i);
            float em = Math.max(1f, Math.max(a.size(), b.size()));
            float gap = (b.x0() - a.x1()) / em;
            if (gap > COLUMN_GAP_EM) {
                parts.add(new Part(text.toString(), x0, x1, gapBefore));
                text = new StringBuilder(b.text());
                x0 = b.x0();
                gapBefore = gap >= LONE_ROW_GAP_EM ? gap : -gap;
            } else {
                text.append(' ').append(b.text());
            }
            x1 = Math.max(x1, b.x1());
        }
        parts.add(new Part(text.toString(), x0, x1, gapBefore));
        return parts;
    }
}

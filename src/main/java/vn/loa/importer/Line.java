package vn.loa.importer;

import java.util.List;

/**
 * One line of a document after clean-up; {@code cells} when it is a row of a table (tabs or pipes). {@code markerCells}
 * keeps the cells of a line read as a number followed by a tab ({@code 3<TAB>Tổ chức …}): Word's numbering, unless it
 * continues the numbering of a table's rows, where it is a row whose last cell broke onto the next line.
 */
record Line(String text, String plain, int hashes, List<String> cells, boolean separatorRow, List<String> markerCells) {
    Line(String text, String plain, int hashes, List<String> cells, boolean separatorRow) {
        this(text, plain, hashes, cells, separatorRow, null);
    }

    boolean blank() {
        return plain.isBlank() && cells == null && !separatorRow;
    }
}

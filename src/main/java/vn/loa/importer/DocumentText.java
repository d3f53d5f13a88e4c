package vn.loa.importer;

import java.util.List;

/**
 * The text a reader got from a document file (one paragraph a line, table rows with cells apart by tabs), and what the
 * review should say about how it was read (a legacy encoding converted, pages left out).
 */
record DocumentText(String text, List<String> notes) {

    DocumentText {
        notes = List.copyOf(notes);
    }
}

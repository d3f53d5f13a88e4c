package vn.loa.importer;

import java.util.List;

/**
 * The text a reader got from a document file (one paragraph a line, table rows with cells apart by tabs), and what the
 * review should say about how it was read (a legacy encoding converted, pages left out), and the pictures it holds in
 * document order (a {@code .docx}'s; none for the other formats).
 */
record DocumentText(String text, List<String> notes, List<Pictures.Raw> pictures) {

    DocumentText {
        notes = List.copyOf(notes);
        pictures = List.copyOf(pictures);
    }

    DocumentText(String text, List<String> notes) {
        this(text, notes, List.of());
    }
}

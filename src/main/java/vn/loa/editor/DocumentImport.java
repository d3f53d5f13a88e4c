package vn.loa.editor;

import java.nio.file.Path;
import java.util.List;

/**
 * Turns a document a staff member uploads in the editor into a page bundle of {@code content/}, as
 * {@code loa import} does, and says what to check ({@code loa import}'s review, line by line).
 */
public interface DocumentImport {

    /** The types the editor accepts, by extension. */
    List<String> TYPES = List.of("docx", "doc", "pdf", "txt", "md", "html", "htm");

    /**
     * @param path       the bundle's {@code index.md}, relative to the site's folder
     * @param collection the editor's collection (the section's folder)
     * @param entry      the entry's name in the editor ({@code <slug>/index})
     * @param review     what an editor should check, one line each
     */
    record Result(String path, String collection, String entry, List<String> review) {
    }

    /** Imports {@code file} into {@code section} ({@code ke-hoach} or {@code tin-tuc}); a {@code LoaException} when it cannot. */
    Result run(Path file, String section);
}

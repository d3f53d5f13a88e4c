package vn.loa.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.loa.LoaException;

/**
 * {@code loa import}: reads a document ({@code .txt}, {@code .md}, {@code .docx}, {@code .doc}, {@code .pdf},
 * {@code .html}) into an {@link ImportedDocument}. Text typed in the legacy Vietnamese encodings TCVN3 and VNI is
 * converted to Unicode in every format ({@link LegacyText}, {@link LegacyEncoding}), with a note for the review.
 *
 * <pre>{@code
 * ImportedDocument d = Importer.read(Path.of("ke-hoach.docx"));
 * d.title(); d.number(); d.events();
 * String json = ImportJson.write(d);
 * }</pre>
 */
public final class Importer {

    /** The file types read. */
    public static final List<String> FORMATS = List.of("txt", "md", "docx", "doc", "pdf", "html", "htm");

    /** The formats readers open as the document itself, published beside the page; the others are working copies. */
    public static final List<String> PUBLISHED = List.of("docx", "doc", "pdf");

    private Importer() {
    }

    /**
     * Reads one file; a file that cannot be read, or that passes one of the {@link ImportLimits} (size, length,
     * nesting), is a {@link LoaException} naming it.
     */
    public static Imported read(Path file) {
        String ext = extension(file);
        if (!FORMATS.contains(ext)) {
            throw new LoaException(file, 0, "Loa chưa đọc được tệp '." + ext + "' (Loa đọc .docx, .doc, .pdf, .txt, .md, .html)",
                    "lưu văn bản thành .docx (Word) hay .pdf, hoặc chép nội dung ra tệp .txt, rồi nhập lại");
        }
        byte[] bytes = readBytes(file);
        switch (ext) {
            case "txt", "md" -> {
                if (bytes.length > 4L * ImportLimits.MAX_TEXT_CHARS) {
                    throw ImportLimits.textTooLong(file, ImportLimits.megabytes(bytes.length)); // more characters than that, in any encoding
                }
                TextDecoder.Decoded t = TextDecoder.read(bytes, file);
                ImportLimits.checkText(t.text(), file, true);
                return new Imported(file, parseText(t.text()), List.of(), t.note() == null ? List.of() : List.of(t.note()), t.text());
            }
            case "docx" -> {
                return word(file, docx(bytes, file));
            }
            case "doc" -> {
                return word(file, DocText.startsWith(bytes, "PK") ? docx(bytes, file) : DocText.read(bytes, file));
            }
            case "pdf" -> {
                return word(file, PdfText.read(bytes, file));
            }
            default -> {
                // A page typed in TCVN3 or VNI is converted before its HTML is read: an HTML reader drops TCVN3's ư (U+00AD, a soft hyphen there).
                TextDecoder.Decoded html = TextDecoder.read(bytes, file);
                HtmlArticle a = HtmlArticle.read(html.text(), file);
                ImportLimits.checkText(a.markdown(), file, false);
                List<String> notes = new ArrayList<>(a.notes());
                if (html.note() != null) {
                    notes.add(html.note());
                }
                ImportedDocument d = PlanParser.parse(a.markdown(), PlanParser.Mode.MARKDOWN, a.title(), a.date(), null);
                return new Imported(file, d, a.files(), notes, null, a.embedded());
            }
        }
    }

    private static DocumentText docx(byte[] bytes, Path file) {
        ImportLimits.checkDocx(bytes, file);
        return DocxText.read(bytes, file);
    }

    /**
     * A Word or PDF document's text, read as copied text. Legacy text that no font told of (TCVN3 kept in a Unicode
     * font, a PDF made from a {@code .VnTime} document) is found in the text itself.
     */
    private static Imported word(Path file, DocumentText t) {
        String text = t.text();
        List<String> notes = new ArrayList<>(t.notes());
        if (notes.isEmpty()) {
            LegacyText.Converted c = LegacyText.detect(text);
            if (c != null) {
                text = c.text();
                notes.add(c.note(null));
            }
        }
        ImportLimits.checkText(text, file, false);
        Pictures.Taken pictures = Pictures.take(t.pictures(), new java.util.HashSet<>(java.util.Set.of("index.md")), notes);
        ImportedDocument d = PlanParser.parse(text, PlanParser.Mode.TEXT, null, null, null, pictures.places());
        return new Imported(file, d, List.of(), notes, null, pictures.files());
    }

    /** The file's bytes: a regular file (not a folder, FIFO or device) up to {@link ImportLimits#MAX_FILE_BYTES}. */
    private static byte[] readBytes(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                throw new LoaException(file, 0, a.isDirectory() ? "đây là một thư mục, không phải tệp" : "không phải tệp thường (FIFO, thiết bị…)",
                        "chỉ ra một tệp văn bản: .docx, .doc, .pdf, .txt, .md hoặc .html");
            }
            if (a.size() > ImportLimits.MAX_FILE_BYTES) {
                throw ImportLimits.fileTooLarge(file, a.size());
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) ImportLimits.MAX_FILE_BYTES + 1);
                if (bytes.length > ImportLimits.MAX_FILE_BYTES) {
                    throw ImportLimits.fileTooLarge(file, bytes.length);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new LoaException(file, 0, "không đọc được tệp: " + e.getMessage(), "kiểm tra đường dẫn và quyền đọc tệp");
        }
    }

    /** Reads text copied out of Word or PDF. */
    public static ImportedDocument parseText(String text) {
        return PlanParser.parse(text, PlanParser.Mode.TEXT, null, null, null);
    }

    /** Reads Markdown made by a converter (links, images, emphasis kept), with a title and date known from elsewhere. */
    public static ImportedDocument parseMarkdown(String markdown, String title, LocalDate date) {
        return PlanParser.parse(markdown, PlanParser.Mode.MARKDOWN, title, date, null);
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * A document read from a file, with the local files (images, attachments) an HTML page links to.
     *
     * @param files local files to copy beside the page: source path and the name the Markdown links to
     * @param notes what reading the page left out and why (links to files that may not be copied, cleaned images),
     *              for the editor's review
     * @param text  a text file's text as it was read (decoded, legacy encodings converted), whose lines the review
     *              names; null for other formats, whose lines an editor cannot go to
     * @param embedded pictures taken out of the document itself (a {@code .docx}'s images, an HTML page's
     *                 {@code data:} images), to write beside the page under their names ({@link Pictures})
     */
    public record Imported(Path file, ImportedDocument document, List<LocalFile> files, List<String> notes, String text,
                           List<Embedded> embedded) {
        public Imported {
            files = List.copyOf(files);
            notes = List.copyOf(notes);
            embedded = List.copyOf(embedded);
        }

        public Imported(Path file, ImportedDocument document, List<LocalFile> files, List<String> notes, String text) {
            this(file, document, files, notes, text, List.of());
        }

        public Imported(Path file, ImportedDocument document, List<LocalFile> files, List<String> notes) {
            this(file, document, files, notes, null);
        }

        public Imported(Path file, ImportedDocument document, List<LocalFile> files) {
            this(file, document, files, List.of());
        }
    }

    /** A picture taken out of a document: the name the body's Markdown gives it, and its bytes as they were. */
    public record Embedded(String name, byte[] bytes) {
    }

    /** A local file an HTML page links to (its real path, inside the page's folder), and the name its link was rewritten to. */
    public record LocalFile(Path source, String name) {
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}

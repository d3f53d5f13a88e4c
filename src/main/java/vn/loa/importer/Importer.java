package vn.loa.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.loa.LoaException;

/**
 * {@code loa import}: reads a document ({@code .txt}, {@code .md}, {@code .docx}, {@code .html}) into an
 * {@link ImportedDocument}.
 *
 * <pre>{@code
 * ImportedDocument d = Importer.read(Path.of("ke-hoach.docx"));
 * d.title(); d.number(); d.events();
 * String json = ImportJson.write(d);
 * }</pre>
 */
public final class Importer {

    /** The file types read. */
    public static final List<String> FORMATS = List.of("txt", "md", "docx", "html", "htm");

    private Importer() {
    }

    /** Reads one file; a file that cannot be read is a {@link LoaException} naming it. */
    public static Imported read(Path file) {
        String ext = extension(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LoaException(file, 0, "không đọc được tệp: " + e.getMessage(), "kiểm tra đường dẫn và quyền đọc tệp");
        }
        switch (ext) {
            case "txt", "md" -> {
                return new Imported(file, parseText(TextDecoder.decode(bytes, file)), List.of());
            }
            case "docx" -> {
                return new Imported(file, parseText(DocxText.read(bytes, file)), List.of());
            }
            case "html", "htm" -> {
                HtmlArticle a = HtmlArticle.read(TextDecoder.decode(bytes, file), file);
                ImportedDocument d = PlanParser.parse(a.markdown(), PlanParser.Mode.MARKDOWN, a.title(), a.date(), null);
                return new Imported(file, d, a.files());
            }
            default -> throw new LoaException(file, 0, "Loa chưa đọc được tệp '." + ext + "'",
                    "chép nội dung văn bản ra tệp .txt, hoặc lưu văn bản thành .docx (Word) hay .html, rồi nhập lại");
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
     */
    public record Imported(Path file, ImportedDocument document, List<LocalFile> files) {
        public Imported {
            files = List.copyOf(files);
        }
    }

    /** A local file an HTML page links to, and the file name its link was rewritten to. */
    public record LocalFile(Path source, String name) {
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}

package vn.loa.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import vn.loa.LoaException;

/**
 * A document uploaded in the editor: kept in a folder of its own in the system's temporary folder
 * (the importer reads nothing outside a document's folder, so it sees this file alone), imported,
 * and the folder removed.
 */
public final class DocumentUpload {

    /** An HTTP status and the JSON value to answer. */
    public record Answer(int status, Object body) {
    }

    private DocumentUpload() {
    }

    /**
     * A safe name for an uploaded file: its last part, letters, digits, spaces, dots and dashes
     * kept, at most 100 characters, with one of the accepted extensions; null when it has none.
     */
    public static String fileName(String given) {
        String name = Normalizer.normalize(given, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!DocumentImport.TYPES.contains(ext)) {
            return null;
        }
        String base = name.substring(0, dot).replaceAll("[^\\p{L}\\p{N} ._-]", "-").replaceAll("^[.\\s-]+", "").strip();
        if (base.isEmpty()) {
            base = "van-ban";
        }
        return (base.length() > 100 ? base.substring(0, 100) : base) + "." + ext;
    }

    public static Answer run(DocumentImport importer, String name, byte[] bytes, String section) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("loa-nhap-");
            Path file = folder.resolve(name);
            Files.write(file, bytes);
            DocumentImport.Result r = importer.run(file, section);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("path", r.path());
            out.put("collection", r.collection());
            out.put("entry", r.entry());
            out.put("review", r.review());
            return new Answer(200, out);
        } catch (LoaException e) {
            return new Answer(422, Map.of("error", e.problem() + (e.fix() == null ? "" : " — cách sửa: " + e.fix())));
        } catch (IOException | UncheckedIOException e) {
            return new Answer(500, Map.of("error", "không ghi được tệp tạm để nhập văn bản: " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return new Answer(500, Map.of("error", "Loa gặp sự cố khi nhập văn bản này; hãy thử 'loa import' trong cửa sổ lệnh để xem chi tiết"));
        } finally {
            if (folder != null) {
                try (Stream<Path> s = Files.walk(folder)) {
                    s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // the system cleans its temporary folder
                }
            }
        }
    }
}

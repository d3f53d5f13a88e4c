package vn.loa.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The {@code .gz} copy of a text file, for servers that send it as it is to a browser that accepts
 * gzip (nginx's {@code gzip_static}, the rewrite rules {@code loa server-config apache} prints).
 * Deterministic: the same bytes give the same file in every build (Java writes no time and no name
 * in the gzip header). No {@code .br}: Maven Central has no maintained Brotli encoder in pure Java
 * (Google's {@code org.brotli:dec} only decodes; brotli4j and jvmbrotli wrap native code).
 */
public final class Precompressed {

    /** The kinds of file worth compressing: text. Images, PDFs and fonts are compressed already. */
    private static final Set<String> TEXT = Set.of("html", "css", "js", "json", "xml", "xsl", "ics", "svg", "txt");

    private Precompressed() {
    }

    public static boolean isText(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') && TEXT.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The bytes gzipped at the best compression. */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

package vn.loa.importer;

import java.nio.file.Path;

/**
 * For the fuzz test of the legacy encodings ({@code vn.loa.fuzz.LegacyTextFuzzTest}), in another package: the
 * package's own detection and conversion as {@link Importer} uses them.
 */
public final class LegacyProbe {

    private LegacyProbe() {
    }

    /** A plain-text file's bytes as {@link Importer} decodes them for {@code .txt}: the text and the review's note (or null). */
    public static String[] decodeText(byte[] bytes, Path file) {
        TextDecoder.Decoded d = TextDecoder.read(bytes, file);
        return new String[] {d.text(), d.note()};
    }

    /** The text converted from TCVN3 or VNI when {@link LegacyText} finds it to be such; null when not. */
    public static String detect(String text) {
        LegacyText.Converted c = LegacyText.detect(text);
        return c == null ? null : c.text();
    }
}

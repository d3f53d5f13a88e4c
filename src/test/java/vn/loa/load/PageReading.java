package vn.loa.load;

import java.nio.file.Path;
import java.util.List;

/**
 * The loader's reading of one Markdown file, as {@link ContentLoader} does it (bytes decoded by {@link SourceText},
 * then {@link PageReader}), open to tests in other packages: the fuzz tests of {@code vn.loa.fuzz} call it directly,
 * without a content folder on disk.
 */
public final class PageReading {

    private PageReading() {
    }

    /** Decodes the bytes of a file and reads the page, as the loader reads a single-file page. */
    public static Page read(byte[] bytes, Path file, Section section, String slugHint) {
        String text = SourceText.decode(bytes, file);
        return PageReader.read(text, file, section, slugHint, List.of());
    }

    /** Decodes the bytes of a file and reads its front matter alone, as {@code loa check} does. */
    public static int frontMatterKeys(byte[] bytes, Path file) {
        String text = SourceText.decode(bytes, file);
        return PageReader.frontMatter(text, file).keys().size();
    }
}

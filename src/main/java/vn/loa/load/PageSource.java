package vn.loa.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Where the load stage gets the page of a Markdown file: by reading it, or, for the incremental
 * engine, from an earlier build that read the same file ({@code key} covers its path, section,
 * attachments, size and time of change). A file that cannot be read is never remembered.
 */
public interface PageSource {

    /** The page of {@code file}, made by {@code read} unless one with the same key is known. */
    Page page(Path file, long key, Supplier<Page> read);

    /** Tells that a file read earlier is no longer part of the site (removed, or renamed). */
    default void gone(Path file) {
    }

    /** Reads every file. */
    PageSource READ = (file, key, read) -> read.get();

    /** A file's size and time of last change, which change when its bytes do. */
    static List<Long> stamp(Path file) {
        try {
            return stamp(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same from attributes already read (a walk of the folder has them). */
    static List<Long> stamp(BasicFileAttributes a) {
        return List.of(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }
}

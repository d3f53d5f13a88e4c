package vn.loa.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * The folder a site is published into, over one protocol. Paths are relative to it, with {@code /}. Every file is
 * written under a temporary name beside its place ({@code .name.loa-tmp}) and then renamed into place, so a reader
 * never gets half a file.
 */
interface Target extends AutoCloseable {

    String TEMP_SUFFIX = ".loa-tmp";

    /** The text of a file at the target's root, or null when there is none. */
    String readText(String name) throws IOException;

    /** Whether the target folder is missing or holds nothing at all. */
    boolean isEmpty() throws IOException;

    /** Sends a file into place (creating its folders), reporting the bytes sent so far. */
    void upload(String path, Path local, LongConsumer sent) throws IOException;

    /** Writes a small file at the root into place by a rename. */
    void writeText(String name, String text) throws IOException;

    /** Adds text at the end of a file at the root (creating it). */
    void appendText(String name, String text) throws IOException;

    /** Removes a file (none there is fine), and the folders it leaves empty, up to the root. */
    void delete(String path) throws IOException;

    @Override
    void close() throws IOException;

    /** The temporary name a file is written under before it is renamed to {@code path}. */
    static String temporary(String path) {
        int slash = path.lastIndexOf('/');
        return path.substring(0, slash + 1) + "." + path.substring(slash + 1) + TEMP_SUFFIX;
    }

    /** The parent folders of a path, outermost first ({@code a/b/c.html}: {@code a}, {@code a/b}). */
    static java.util.List<String> parents(String path) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
            out.add(path.substring(0, i));
        }
        return out;
    }
}

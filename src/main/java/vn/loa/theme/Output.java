package vn.loa.theme;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A file the theme stage will produce: {@code path} relative to the output folder
 * ({@code tin-tuc/x/index.html}), the keys of what it is made from, and how to make its bytes.
 * Making is deferred: the engine makes only the outputs whose keys changed since the last build,
 * in parallel, and never holds the whole site in memory.
 *
 * <p>{@code key} covers everything the output shows except the bodies of the pages it lists;
 * {@code bodyKey} covers those bodies too. An output whose template read the body of a page it
 * lists (a theme that prints whole posts in a feed) is compared by {@code bodyKey}; the engine
 * learns which outputs those are by watching the rendering ({@link vn.loa.render.RenderedPage#watchBodyReads}).
 *
 * <p>A folder output ({@link #folder}) makes several files at once whose names are known only
 * when they are made, such as the shards of the search index; {@code path} is then the folder
 * ({@code tim-kiem/chi-muc/}) and {@code files} gives each file's bytes by its path inside it.
 */
public record Output(String path, long key, long bodyKey, Supplier<byte[]> content, Supplier<Map<String, byte[]>> files) {

    public Output(String path, long key, Supplier<byte[]> content) {
        this(path, key, key, content, null);
    }

    public static Output folder(String path, long key, Supplier<Map<String, byte[]>> files) {
        return new Output(path.endsWith("/") ? path : path + "/", key, key, null, files);
    }

    public boolean isFolder() {
        return files != null;
    }
}

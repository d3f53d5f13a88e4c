package vn.loa.theme;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A file the theme stage will produce: {@code path} relative to the output folder
 * ({@code tin-tuc/x/index.html}), and how to make its bytes. Making is deferred so the write
 * stage can run it in parallel and never hold the whole site in memory.
 *
 * <p>A folder output ({@link #folder}) makes several files at once whose names are known only
 * when they are made, such as the shards of the search index; {@code path} is then the folder
 * ({@code tim-kiem/chi-muc/}) and {@code files} gives each file's bytes by its path inside it.
 */
public record Output(String path, Supplier<byte[]> content, Supplier<Map<String, byte[]>> files) {

    public Output(String path, Supplier<byte[]> content) {
        this(path, content, null);
    }

    public static Output folder(String path, Supplier<Map<String, byte[]>> files) {
        return new Output(path.endsWith("/") ? path : path + "/", null, files);
    }

    public boolean isFolder() {
        return files != null;
    }
}

package vn.loa.theme;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.loa.Key;
import vn.loa.render.RenderedPage;

/**
 * A file the theme stage will produce: {@code path} relative to the output folder
 * ({@code tin-tuc/x/index.html}), what it is made from, and how to make its bytes. Making is
 * deferred: the engine makes only the outputs whose key changed since the last build, in
 * parallel, and never holds the whole site in memory.
 *
 * <p>Its key has two parts. {@code base} is the key of everything it shows but page bodies: the
 * site, its template, the summaries of the pages it lists, and so on. {@code reads} are the pages
 * whose bodies it always shows (a page its own, the search index every page's); their body keys are
 * added when the engine asks for the {@link #key}, so that an output planned before a body edit is
 * keyed by the body of now. {@code shows} are the other pages it lists: {@link #bodyKey} adds their
 * bodies too, and is the key of an output whose template read a body of one of them (a theme that
 * prints whole posts in a feed); the engine learns which outputs those are by watching the
 * rendering ({@link RenderedPage#watchBodyReads}).
 *
 * <p>A folder output ({@link #folder}) makes several files at once whose names are known only
 * when they are made, such as the shards of the search index; {@code path} is then the folder
 * ({@code tim-kiem/chi-muc/}) and {@code files} gives each file's bytes by its path inside it.
 */
public record Output(String path, long base, List<RenderedPage> reads, List<RenderedPage> shows, Supplier<byte[]> content,
                     Supplier<Map<String, byte[]>> files) {

    /** An output made from nothing but what {@code base} covers. */
    public Output(String path, long base, Supplier<byte[]> content) {
        this(path, base, List.of(), List.of(), content, null);
    }

    public static Output folder(String path, long base, List<RenderedPage> reads, Supplier<Map<String, byte[]>> files) {
        return new Output(path.endsWith("/") ? path : path + "/", base, reads, List.of(), null, files);
    }

    public boolean isFolder() {
        return files != null;
    }

    /** The key of what it shows, with the bodies of now of the pages it reads. */
    public long key(PageKeys keys) {
        return key(keys::body);
    }

    /** The key with these body keys of the pages it reads: those of now ({@link #key(PageKeys)}) or of an earlier build. */
    public long key(java.util.function.ToLongFunction<RenderedPage> body) {
        if (reads.isEmpty()) {
            return base;
        }
        Key k = Key.of("reads").add(base);
        reads.forEach(r -> k.add(body.applyAsLong(r)));
        return k.get();
    }

    /** The key with the bodies of the pages it lists as well. */
    public long bodyKey(PageKeys keys) {
        Key k = Key.of("shows").add(key(keys));
        shows.forEach(r -> k.add(keys.body(r)));
        return k.get();
    }
}

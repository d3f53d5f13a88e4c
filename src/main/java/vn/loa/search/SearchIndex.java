package vn.loa.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.loa.load.Campaign;
import vn.loa.text.Json;

/**
 * The search index, built at build time as static JSON files under {@code /tim-kiem/chi-muc/}.
 *
 * <h2>Files</h2>
 * <ul>
 * <li>{@code manifest.json}: the format, a version (a hash of every other file, added to their
 * URLs so caches never mix two builds), the number of pages, the pages per document shard, the
 * campaigns, and {@code shards}: the first key of each term shard, in order.</li>
 * <li>{@code t/N.json}: a term shard, an object from key to postings. Every key lives in exactly
 * one shard: keys are sorted (by UTF-16 code units, as both Java and JavaScript compare strings)
 * and cut into runs of about {@link Options#shardBytes()} bytes, so a key is in the last shard
 * whose first key is not greater than it. A key bigger than that is a shard of its own.</li>
 * <li>{@code d/N.json}: a document shard, pages {@code N·docsPerShard} onwards, each
 * {@code [title, url relative to /tim-kiem/, "plan"|"news"|"page"|"event", "yyyy-mm-dd" or "", campaign
 * index or -1, year or null, snippet]}. A page's id is its position in {@link SearchDoc#of}'s
 * order, newest first, so a lower id is a newer page.</li>
 * <li>{@code facets.json}: {@code combos}, the distinct {@code [type, campaign index]} of the
 * pages; {@code docs}, each page's combo as a {@link Varint}; and {@code years}, the pages' years
 * as runs {@code [year or null, how many pages]} in id order (pages come newest first, so a year
 * is nearly always one run; apart from the year a 10,000-page site has a handful of combos, each
 * one character a page). Fetched only when a filter is set.</li>
 * </ul>
 *
 * <h2>Keys and postings</h2>
 * A key is a folded syllable ({@code doi}) or a folded phrase pair, two joined syllables with a
 * space ({@code doi moi}). Postings are one string of {@link Varint}s, by page id ascending:
 * <ul>
 * <li>syllable: {@code [variants, postings]}, variants the exact forms met, space-separated, most
 * frequent first (at most {@value #MAX_VARIANTS}); per page the id gap (id − previous id, the
 * previous of the first being −1), the weight ({@code 8} title, {@code 4} meta, plus the body count
 * bucket 0–3: none, 1, 2–3, 4 or more), and, when there are several variants, the bit mask of the
 * variants the page contains.</li>
 * <li>phrase pair: a string; per page the id gap and the weight ({@code 4} title, {@code 2} meta,
 * {@code 1} body).</li>
 * </ul>
 * How these rank is {@link Searcher}'s job, and {@code tim-kiem.js} ranks the same way.
 *
 * <p>An offline build writes the same files as scripts: see {@link #scriptFiles()}.
 *
 * <h2>Building</h2>
 * {@link #build(List, List, Function)} reads every document's whole text. A caller that keeps
 * each document's {@link DocTerms} (made once, when the page is read, and kept on disk) builds
 * the same files, byte for byte, with a {@link SearchIndexBuilder}: documents one at a time in id
 * order, each as its shown fields ({@link SearchDoc#shown()}) and its terms, and neither texts nor
 * analyses held.
 */
public final class SearchIndex {

    /** The search page. */
    public static final String PAGE = "/tim-kiem/";
    /** The folder of the index files, relative to the output. */
    public static final String FOLDER = "tim-kiem/chi-muc/";
    public static final String MANIFEST = "manifest.json";
    public static final String FACETS = "facets.json";
    public static final int FORMAT = 2;
    /** Variants of one key that can rank exact matches; rarer ones still match folded. */
    public static final int MAX_VARIANTS = 30;

    static final int TITLE = 8;
    static final int META = 4;
    static final int PAIR_TITLE = 4;
    static final int PAIR_META = 2;
    static final int PAIR_BODY = 1;

    /** How big the shards are. */
    public record Options(int shardBytes, int docsPerShard) {
        public static final Options DEFAULT = new Options(16 * 1024, 10);
    }

    /** Figures of a built index. */
    public record Stats(int docs, int syllables, int pairs, int termShards, int docShards, long bytes,
                        long largestTermShard, long largestDocShard) {
    }

    /** Null once handed over ({@link #takeFiles}). */
    private Map<String, byte[]> files;
    private final String version;
    private final Stats stats;

    SearchIndex(Map<String, byte[]> files, String version, Stats stats) {
        this.files = Collections.unmodifiableMap(files);
        this.version = version;
        this.stats = stats;
    }

    /** Files by path relative to {@link #FOLDER}, in a fixed order. */
    public synchronized Map<String, byte[]> files() {
        if (files == null) {
            throw new IllegalStateException("the index's files were handed over");
        }
        return files;
    }

    /**
     * The files, handed over once: the index lets them go and keeps its version and figures. The
     * files of 200,000 documents weigh about 190 MB, held no longer than they are written. Null
     * when they were handed over already.
     */
    public synchronized Map<String, byte[]> takeFiles() {
        Map<String, byte[]> out = files;
        files = null;
        return out;
    }

    /**
     * The files to write for a site read from disk ({@code loa build --offline}), where browsers
     * refuse to fetch files but still run scripts: each {@code x.json} becomes {@code x.js}, a call
     * {@code loaTimKiem("x.json", …)} handing the same JSON to {@code tim-kiem.js}.
     */
    public Map<String, byte[]> scriptFiles() {
        return scripts(files());
    }

    /** The files of {@link #scriptFiles} made from the index's files. */
    public static Map<String, byte[]> scripts(Map<String, byte[]> files) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        files.forEach((path, bytes) -> {
            StringBuilder sb = new StringBuilder(bytes.length + 40).append(SCRIPT_CALLBACK).append('(');
            Json.string(path, sb);
            sb.append(',').append(new String(bytes, StandardCharsets.UTF_8)).append(");\n");
            out.put(path.substring(0, path.length() - ".json".length()) + ".js", sb.toString().getBytes(StandardCharsets.UTF_8));
        });
        return Collections.unmodifiableMap(out);
    }

    /** The function that the index files of an offline build call. */
    public static final String SCRIPT_CALLBACK = "loaTimKiem";

    public String version() {
        return version;
    }

    public Stats stats() {
        return stats;
    }

    public static String termShard(int i) {
        return "t/" + i + ".json";
    }

    public static String docShard(int i) {
        return "d/" + i + ".json";
    }

    public static SearchIndex build(List<SearchDoc> docs, List<Campaign> campaigns, Function<String, String> link) {
        return build(docs, campaigns, link, Options.DEFAULT);
    }

    /**
     * The index of documents given with their texts, in id order: each is analysed
     * ({@link DocTerms#of(SearchDoc)}, on several threads, 512 at a time) and handed to a
     * {@link SearchIndexBuilder}.
     *
     * @param campaigns the campaigns pages may belong to, in the order filters list them
     * @param link      makes a site-absolute path into a link relative to the search page
     */
    public static SearchIndex build(List<SearchDoc> docs, List<Campaign> campaigns, Function<String, String> link, Options options) {
        SearchIndexBuilder builder = new SearchIndexBuilder(campaigns, link, options);
        int chunk = 512;
        for (int from = 0; from < docs.size(); from += chunk) {
            List<SearchDoc> some = docs.subList(from, Math.min(docs.size(), from + chunk));
            List<DocTerms> terms = some.parallelStream().map(DocTerms::of).toList();
            for (int i = 0; i < some.size(); i++) {
                builder.add(some.get(i), terms.get(i));
            }
        }
        return builder.finish();
    }

    /**
     * The index's version, added to its URLs so that browsers never mix files of two builds: a
     * checksum of every file (CRC-32C, in hardware; a cache key needs no cryptographic hash).
     */
    static String hash(java.util.Collection<String> names, java.util.function.Function<String, byte[]> files) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        long length = 0;
        for (String name : new java.util.TreeSet<>(names)) { // one file at a time: they may be held on disk
            byte[] file = files.apply(name);
            crc.update(name.getBytes(StandardCharsets.UTF_8));
            crc.update(0);
            crc.update(file);
            length += file.length;
        }
        return String.format("%08x%04x", crc.getValue(), length & 0xffff);
    }

    /** The body count bucket: 0 none, 1 once, 2 two or three times, 3 four times or more. */
    static int bucket(int count) {
        return count == 0 ? 0 : count == 1 ? 1 : count <= 3 ? 2 : 3;
    }

    /** A date as the document table writes it. */
    static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}

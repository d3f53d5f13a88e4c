package vn.loa.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * {@code [title, url relative to /tim-kiem/, "plan"|"news"|"page", "yyyy-mm-dd" or "", campaign
 * index or -1, year or null, snippet]}. A page's id is its position in the site's order, newest
 * first, so a lower id is a newer page.</li>
 * <li>{@code facets.json}: {@code combos}, the distinct {@code [type, campaign index, year]} of
 * the pages, and {@code docs}, each page's combo as a {@link Varint}; fetched only when a filter
 * is set.</li>
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
 */
public final class SearchIndex {

    /** The search page. */
    public static final String PAGE = "/tim-kiem/";
    /** The folder of the index files, relative to the output. */
    public static final String FOLDER = "tim-kiem/chi-muc/";
    public static final String MANIFEST = "manifest.json";
    public static final String FACETS = "facets.json";
    public static final int FORMAT = 1;
    /** Variants of one key that can rank exact matches; rarer ones still match folded. */
    public static final int MAX_VARIANTS = 30;

    static final int TITLE = 8;
    static final int META = 4;
    static final int PAIR_TITLE = 4;
    static final int PAIR_META = 2;
    static final int PAIR_BODY = 1;

    /** How big the shards are. */
    public record Options(int shardBytes, int docsPerShard) {
        public static final Options DEFAULT = new Options(16 * 1024, 16);
    }

    /** Figures of a built index. */
    public record Stats(int docs, int syllables, int pairs, int termShards, int docShards, long bytes,
                        long largestTermShard, long largestDocShard) {
    }

    private final Map<String, byte[]> files;
    private final String version;
    private final Stats stats;

    private SearchIndex(Map<String, byte[]> files, String version, Stats stats) {
        this.files = Collections.unmodifiableMap(files);
        this.version = version;
        this.stats = stats;
    }

    /** Files by path relative to {@link #FOLDER}, in a fixed order. */
    public Map<String, byte[]> files() {
        return files;
    }

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
     * @param campaigns the campaigns pages may belong to, in the order filters list them
     * @param link      makes a site-absolute path into a link relative to the search page
     */
    public static SearchIndex build(List<SearchDoc> docs, List<Campaign> campaigns, Function<String, String> link, Options options) {
        Map<String, Postings> postings = new HashMap<>();
        int chunk = 256;
        for (int from = 0; from < docs.size(); from += chunk) {
            int start = from;
            List<Analysed> analysed = docs.subList(from, Math.min(docs.size(), from + chunk)).parallelStream()
                    .map(Analysed::of).toList();
            for (int i = 0; i < analysed.size(); i++) {
                analysed.get(i).addTo(start + i, postings);
            }
        }
        String[] keys = postings.keySet().toArray(String[]::new);
        Arrays.sort(keys);

        Map<String, byte[]> files = new LinkedHashMap<>();
        // Term shards
        List<String> firstKeys = new ArrayList<>();
        StringBuilder shard = new StringBuilder();
        int shardSize = 0;
        int pairs = 0;
        long largestTerm = 0;
        for (String key : keys) {
            Postings p = postings.get(key);
            if (p.pair) {
                pairs++;
            }
            StringBuilder entry = new StringBuilder();
            Json.string(key, entry);
            entry.append(':');
            p.writeJson(entry);
            int size = utf8Length(entry);
            if (shardSize > 0 && shardSize + 1 + size > options.shardBytes()) {
                largestTerm = Math.max(largestTerm, flush(files, firstKeys.size() - 1, shard));
                shard.setLength(0);
                shardSize = 0;
            }
            if (shardSize == 0) {
                firstKeys.add(key);
                shard.append('{');
                shardSize = 1;
            } else {
                shard.append(',');
                shardSize++;
            }
            shard.append(entry);
            shardSize += size;
        }
        if (shardSize > 0) {
            largestTerm = Math.max(largestTerm, flush(files, firstKeys.size() - 1, shard));
        }

        // Document shards
        Map<String, Integer> campaignIndex = new HashMap<>();
        for (Campaign c : campaigns) {
            campaignIndex.put(c.id(), campaignIndex.size());
        }
        int docShards = (docs.size() + options.docsPerShard() - 1) / options.docsPerShard();
        long largestDoc = 0;
        for (int s = 0; s < docShards; s++) {
            List<Object> rows = new ArrayList<>();
            for (int id = s * options.docsPerShard(); id < Math.min(docs.size(), (s + 1) * options.docsPerShard()); id++) {
                SearchDoc d = docs.get(id);
                rows.add(Arrays.asList(d.title(), d.url(), d.type(), date(d.date()),
                        campaignIndex.getOrDefault(d.campaign(), -1), d.year(), d.snippet()));
            }
            byte[] bytes = Json.write(rows).getBytes(StandardCharsets.UTF_8);
            largestDoc = Math.max(largestDoc, bytes.length);
            files.put(docShard(s), bytes);
        }

        // Facets
        Map<List<Object>, Integer> combos = new LinkedHashMap<>();
        StringBuilder facetDocs = new StringBuilder();
        for (SearchDoc d : docs) {
            List<Object> combo = Arrays.asList(d.type(), campaignIndex.getOrDefault(d.campaign(), -1), d.year());
            Integer n = combos.computeIfAbsent(combo, k -> combos.size());
            Varint.write(n, facetDocs);
        }
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("combos", new ArrayList<>(combos.keySet()));
        facets.put("docs", facetDocs.toString());
        files.put(FACETS, Json.write(facets).getBytes(StandardCharsets.UTF_8));

        String version = hash(files);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("version", version);
        manifest.put("docs", docs.size());
        manifest.put("docsPerShard", options.docsPerShard());
        List<Object> cs = new ArrayList<>();
        for (Campaign c : campaigns) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("name", c.name());
            m.put("short", c.shortName() != null ? c.shortName() : c.name());
            // The year's page: "{nam}" stands for the year.
            m.put("url", link.apply("/chien-dich/" + c.id() + "/{nam}/"));
            cs.add(m);
        }
        manifest.put("campaigns", cs);
        manifest.put("shards", firstKeys);
        Map<String, byte[]> ordered = new LinkedHashMap<>();
        ordered.put(MANIFEST, Json.write(manifest).getBytes(StandardCharsets.UTF_8));
        ordered.putAll(files);
        long bytes = ordered.values().stream().mapToLong(b -> b.length).sum();
        Stats stats = new Stats(docs.size(), keys.length - pairs, pairs, firstKeys.size(), docShards, bytes, largestTerm, largestDoc);
        return new SearchIndex(ordered, version, stats);
    }

    private static long flush(Map<String, byte[]> files, int n, StringBuilder shard) {
        shard.append('}');
        byte[] bytes = shard.toString().getBytes(StandardCharsets.UTF_8);
        files.put(termShard(n), bytes);
        return bytes.length;
    }

    private static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (var e : new TreeMap<>(files).entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue());
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static int utf8Length(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** The body count bucket: 0 none, 1 once, 2 two or three times, 3 four times or more. */
    static int bucket(int count) {
        return count == 0 ? 0 : count == 1 ? 1 : count <= 3 ? 2 : 3;
    }

    /** One page's keys and weights. */
    private record Analysed(Map<String, Term> terms, Map<String, Integer> pairs) {

        static Analysed of(SearchDoc d) {
            Analysed a = new Analysed(new LinkedHashMap<>(), new LinkedHashMap<>());
            a.add(d.title(), TITLE, PAIR_TITLE);
            for (String m : d.meta()) {
                a.add(m, META, PAIR_META);
            }
            a.add(d.body(), 0, PAIR_BODY);
            return a;
        }

        private void add(String text, int weight, int pairWeight) {
            String previous = null;
            for (SearchText.Token t : SearchText.tokens(text)) {
                Term term = terms.computeIfAbsent(t.key(), k -> new Term());
                if (weight == 0) {
                    term.body++;
                } else {
                    term.bits |= weight;
                }
                if (!term.variants.contains(t.exact())) {
                    term.variants.add(t.exact());
                }
                if (t.joined() && previous != null) {
                    pairs.merge(previous + " " + t.key(), pairWeight, (x, y) -> x | y);
                }
                previous = t.key();
            }
        }

        void addTo(int id, Map<String, Postings> postings) {
            terms.forEach((key, term) -> postings.computeIfAbsent(key, k -> new Postings(false)).add(id, term));
            pairs.forEach((key, w) -> postings.computeIfAbsent(key, k -> new Postings(true)).addPair(id, w));
        }
    }

    private static final class Term {
        int bits;
        int body;
        final List<String> variants = new ArrayList<>(2);
    }

    /** One key's postings while the index is built: id, weight and variant mask packed in a long. */
    private static final class Postings {
        final boolean pair;
        long[] data = new long[4];
        int size;
        List<String> variants;
        Map<String, Integer> variantIndex;
        int[] variantCount;

        Postings(boolean pair) {
            this.pair = pair;
            if (!pair) {
                variants = new ArrayList<>(2);
                variantIndex = new HashMap<>(4);
                variantCount = new int[2];
            }
        }

        void add(int id, Term t) {
            long mask = 0;
            for (String v : t.variants) {
                Integer i = variantIndex.get(v);
                if (i == null && variants.size() < MAX_VARIANTS) {
                    i = variants.size();
                    variants.add(v);
                    variantIndex.put(v, i);
                    if (variantCount.length < variants.size()) {
                        variantCount = Arrays.copyOf(variantCount, variantCount.length * 2);
                    }
                }
                if (i != null) {
                    mask |= 1L << i;
                    variantCount[i]++;
                }
            }
            push(((long) id << 40) | ((long) (t.bits | bucket(t.body)) << 32) | mask);
        }

        void addPair(int id, int w) {
            push(((long) id << 40) | ((long) w << 32));
        }

        private void push(long v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        void writeJson(StringBuilder sb) {
            StringBuilder p = new StringBuilder(size * 3);
            int[] remap = null;
            List<String> order = null;
            if (!pair) {
                // Most frequent variants first, so that common masks are one character.
                Integer[] idx = new Integer[variants.size()];
                for (int i = 0; i < idx.length; i++) {
                    idx[i] = i;
                }
                Arrays.sort(idx, (a, b) -> variantCount[b] != variantCount[a] ? Integer.compare(variantCount[b], variantCount[a])
                        : Integer.compare(a, b));
                remap = new int[idx.length];
                order = new ArrayList<>();
                for (int i = 0; i < idx.length; i++) {
                    remap[idx[i]] = i;
                    order.add(variants.get(idx[i]));
                }
            }
            long previous = -1;
            for (int i = 0; i < size; i++) {
                long v = data[i];
                long id = v >>> 40;
                Varint.write(id - previous, p);
                previous = id;
                Varint.write((v >>> 32) & 0xff, p);
                if (!pair && remap.length > 1) {
                    long mask = v & 0xffffffffL;
                    long out = 0;
                    for (int b = 0; b < remap.length; b++) {
                        if ((mask & (1L << b)) != 0) {
                            out |= 1L << remap[b];
                        }
                    }
                    Varint.write(out, p);
                }
            }
            if (pair) {
                Json.string(p.toString(), sb);
            } else {
                sb.append('[');
                Json.string(String.join(" ", order), sb);
                sb.append(',');
                Json.string(p.toString(), sb);
                sb.append(']');
            }
        }
    }

    /** A date as the document table writes it. */
    static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}

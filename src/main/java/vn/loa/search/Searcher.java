package vn.loa.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs queries over the files of a {@link SearchIndex}, exactly as {@code tim-kiem.js} does in the
 * browser: the reference for the script's ranking, and the way {@code loa bench} finds out which
 * files, and how many bytes, one query fetches.
 *
 * <h2>Ranking</h2>
 * A query is read by {@link SearchText}; its keys (folded syllables, at most {@value #MAX_TOKENS}
 * tokens) are looked up, and its phrase pairs (two joined syllables). A page matches a key when it
 * contains any variant of it. Pages that match every key are the results; when none does, the
 * pages that match some key are, marked partial. They are ordered by:
 * <ol>
 * <li>the number of keys matched;</li>
 * <li>the phrase: the number of the query's phrase pairs the page contains, so that a page with
 * the words as typed, side by side ({@code Sáng tạo trẻ}, {@code sang tao tre}), comes before
 * one with them scattered, whatever their weights; a page with every pair has the whole
 * phrase (up to the order of repeated pairs, which two-word pairs cannot tell);</li>
 * <li>exactness: the number of keys the query typed with marks ({@code đổi}, not {@code doi})
 * that the page contains in exactly that form: a query without marks prefers no variant;</li>
 * <li>the score: per key, title 12 + meta 5 + body 0–3 (count bucket); per phrase pair of the
 * query the page contains, title 12 + meta 8 + body 6;</li>
 * <li>the page id: newer first.</li>
 * </ol>
 * When the query has phrase pairs and no result has them all, the result says so
 * ({@link Result#phraseMissing()}): the reader is told that no page holds the phrase, as a name
 * ({@code Đắk Nông}) typed whole, before the pages that hold a part of it.
 */
public final class Searcher {

    public static final int MAX_TOKENS = 10;

    static final int TITLE_SCORE = 12;
    static final int META_SCORE = 5;
    static final int PAIR_TITLE_SCORE = 12;
    static final int PAIR_META_SCORE = 8;
    static final int PAIR_BODY_SCORE = 6;

    /** Narrows results: null fields do not filter. {@code type} is plan, news, page or event. */
    public record Filter(String type, String campaign, Integer year) {
        public static final Filter NONE = new Filter(null, null, null);

        boolean active() {
            return type != null || campaign != null || year != null;
        }
    }

    /** A page found, with the parts of its rank: keys matched, phrase pairs matched, exact forms, score. */
    public record Hit(int id, int matched, int phrase, int exact, int score) {
    }

    /**
     * The hits in rank order; whether they are partial matches (no page has every word); whether
     * the query is a phrase that no hit holds whole; and the files the query needed.
     */
    public record Result(List<Hit> hits, boolean partial, boolean phraseMissing, Set<String> files) {
    }

    /** A query as the index reads it. */
    public record Query(List<String> keys, Map<String, Set<String>> exact, List<String> pairs) {
        public static Query of(String text) {
            List<SearchText.Token> tokens = SearchText.tokens(text);
            if (tokens.size() > MAX_TOKENS) {
                tokens = tokens.subList(0, MAX_TOKENS);
            }
            LinkedHashSet<String> keys = new LinkedHashSet<>();
            Map<String, Set<String>> exact = new LinkedHashMap<>();
            LinkedHashSet<String> pairs = new LinkedHashSet<>();
            for (int i = 0; i < tokens.size(); i++) {
                SearchText.Token t = tokens.get(i);
                keys.add(t.key());
                if (SearchText.marked(t)) {
                    exact.computeIfAbsent(t.key(), k -> new LinkedHashSet<>()).add(t.exact());
                }
                if (i > 0 && t.joined()) {
                    pairs.add(tokens.get(i - 1).key() + " " + t.key());
                }
            }
            return new Query(List.copyOf(keys), exact, List.copyOf(pairs));
        }
    }

    private final Function<String, byte[]> files;
    private final Map<String, Object> parsed = new HashMap<>();
    private final Map<String, Integer> sizes = new HashMap<>();
    private Map<String, Object> manifest;
    private List<String> shardKeys;

    /** @param files the bytes of an index file by its path relative to {@link SearchIndex#FOLDER} */
    public Searcher(Function<String, byte[]> files) {
        this.files = files;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> manifest() {
        if (manifest == null) {
            manifest = (Map<String, Object>) load(SearchIndex.MANIFEST);
            shardKeys = (List<String>) manifest.get("shards");
        }
        return manifest;
    }

    private Object load(String path) {
        return parsed.computeIfAbsent(path, p -> {
            byte[] b = bytes(p);
            sizes.put(p, b.length);
            return JsonReader.parse(new String(b, StandardCharsets.UTF_8));
        });
    }

    /** The raw bytes of an index file. */
    byte[] bytes(String path) {
        byte[] b = files.apply(path);
        if (b == null) {
            throw new IllegalStateException("no index file " + path);
        }
        return b;
    }

    /** The size in bytes of an index file. */
    public int size(String path) {
        return sizes.computeIfAbsent(path, p -> bytes(p).length);
    }

    /** The term shard that holds a key, or -1 when the key sorts before every shard. */
    public int shardOf(String key) {
        manifest();
        int lo = 0;
        int hi = shardKeys.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (shardKeys.get(mid).compareTo(key) <= 0) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    public int shardCount() {
        manifest();
        return shardKeys.size();
    }

    public int docCount() {
        return ((Long) manifest().get("docs")).intValue();
    }

    public int docsPerShard() {
        return ((Long) manifest().get("docsPerShard")).intValue();
    }

    /** The entry of a key in its shard, or null. */
    @SuppressWarnings("unchecked")
    Object entry(String key, Set<String> used) {
        int s = shardOf(key);
        if (s < 0) {
            return null;
        }
        String path = SearchIndex.termShard(s);
        used.add(path);
        return ((Map<String, Object>) load(path)).get(key);
    }

    public Result search(String text, Filter filter) {
        Query q = Query.of(text);
        Set<String> used = new LinkedHashSet<>();
        used.add(SearchIndex.MANIFEST);
        manifest();
        if (q.keys().isEmpty()) {
            return new Result(List.of(), false, false, used);
        }
        Map<Integer, int[]> acc = new HashMap<>(); // id -> {matched, exact, score, phrase pairs}
        for (String key : q.keys()) {
            Object e = entry(key, used);
            if (!(e instanceof List<?> entry)) {
                continue;
            }
            String[] variants = ((String) entry.get(0)).split(" ");
            long typed = 0;
            Set<String> forms = q.exact().get(key);
            if (forms != null) {
                for (int i = 0; i < variants.length; i++) {
                    if (forms.contains(variants[i])) {
                        typed |= 1L << i;
                    }
                }
            }
            Varint.Reader r = new Varint.Reader((String) entry.get(1));
            long id = -1;
            while (r.hasNext()) {
                id += r.next();
                int w = (int) r.next();
                long mask = variants.length > 1 ? r.next() : 1;
                int[] d = acc.computeIfAbsent((int) id, k -> new int[4]);
                d[0]++;
                if ((mask & typed) != 0) {
                    d[1]++;
                }
                d[2] += termScore(w);
            }
        }
        for (String pair : q.pairs()) {
            Object e = entry(pair, used);
            if (!(e instanceof String postings)) {
                continue;
            }
            Varint.Reader r = new Varint.Reader(postings);
            long id = -1;
            while (r.hasNext()) {
                id += r.next();
                int w = (int) r.next();
                int[] d = acc.get((int) id);
                if (d != null) {
                    d[2] += pairScore(w);
                    d[3]++;
                }
            }
        }
        int n = q.keys().size();
        boolean complete = acc.values().stream().anyMatch(d -> d[0] == n);
        int[] facets = filter.active() ? facets(used) : null;
        List<Object> combos = filter.active() ? combos() : null;
        List<Hit> hits = new ArrayList<>();
        acc.forEach((id, d) -> {
            if ((!complete || d[0] == n) && (facets == null || passes(filter, combos.get(facets[id]), yearCache[id]))) {
                hits.add(new Hit(id, d[0], d[3], d[1], d[2]));
            }
        });
        hits.sort(ORDER);
        int pairs = q.pairs().size();
        boolean phraseMissing = pairs > 0 && !hits.isEmpty() && hits.stream().noneMatch(h -> h.phrase() == pairs);
        return new Result(hits, !complete && !hits.isEmpty(), phraseMissing, used);
    }

    static final Comparator<Hit> ORDER = Comparator.comparingInt((Hit h) -> -h.matched()).thenComparingInt(h -> -h.phrase())
            .thenComparingInt(h -> -h.exact())
            .thenComparingInt(h -> -h.score()).thenComparingInt(Hit::id);

    static int termScore(int w) {
        return ((w & SearchIndex.TITLE) != 0 ? TITLE_SCORE : 0) + ((w & SearchIndex.META) != 0 ? META_SCORE : 0) + (w & 3);
    }

    static int pairScore(int w) {
        return ((w & SearchIndex.PAIR_TITLE) != 0 ? PAIR_TITLE_SCORE : 0) + ((w & SearchIndex.PAIR_META) != 0 ? PAIR_META_SCORE : 0)
                + ((w & SearchIndex.PAIR_BODY) != 0 ? PAIR_BODY_SCORE : 0);
    }

    @SuppressWarnings("unchecked")
    private List<Object> combos() {
        return (List<Object>) ((Map<String, Object>) load(SearchIndex.FACETS)).get("combos");
    }

    /** Each page's combo of type and campaign, and its year (null: none), by id; read from the facets at the first filter. */
    private int[] facetCache;
    private Long[] yearCache;

    @SuppressWarnings("unchecked")
    private int[] facets(Set<String> used) {
        used.add(SearchIndex.FACETS);
        if (facetCache == null) {
            Map<String, Object> facets = (Map<String, Object>) load(SearchIndex.FACETS);
            Varint.Reader r = new Varint.Reader((String) facets.get("docs"));
            int[] out = new int[docCount()];
            for (int i = 0; i < out.length; i++) {
                out[i] = (int) r.next();
            }
            Long[] years = new Long[out.length];
            int id = 0;
            for (Object run : (List<Object>) facets.get("years")) {
                List<Object> yearAndCount = (List<Object>) run;
                long count = (Long) yearAndCount.get(1);
                for (long i = 0; i < count; i++) {
                    years[id++] = (Long) yearAndCount.get(0);
                }
            }
            yearCache = years;
            facetCache = out;
        }
        return facetCache;
    }

    @SuppressWarnings("unchecked")
    private boolean passes(Filter f, Object combo, Long year) {
        List<Object> c = (List<Object>) combo;
        if (f.type() != null && !f.type().equals(c.get(0))) {
            return false;
        }
        if (f.campaign() != null) {
            long index = (Long) c.get(1);
            List<Map<String, Object>> campaigns = (List<Map<String, Object>>) manifest().get("campaigns");
            if (index < 0 || !f.campaign().equals(campaigns.get((int) index).get("id"))) {
                return false;
            }
        }
        return f.year() == null || (year != null && f.year().longValue() == year);
    }

    /** A page of the document table: title, url, type, date, campaign index, year, snippet. */
    @SuppressWarnings("unchecked")
    public List<Object> doc(int id, Set<String> used) {
        int per = docsPerShard();
        String path = SearchIndex.docShard(id / per);
        used.add(path);
        return (List<Object>) ((List<Object>) load(path)).get(id % per);
    }

    /**
     * The files a reader's browser fetches for a query, starting with an empty cache: the
     * manifest, the term shards, the facets when filtering, and the document shards of the first
     * {@code shown} results.
     */
    public Set<String> filesFor(String text, Filter filter, int shown) {
        Result r = search(text, filter);
        Set<String> used = new LinkedHashSet<>(r.files());
        r.hits().stream().limit(shown).forEach(h -> doc(h.id(), used));
        return used;
    }

    /** The bytes of those files. */
    public long bytesFor(String text, Filter filter, int shown) {
        return filesFor(text, filter, shown).stream().mapToLong(this::size).sum();
    }
}

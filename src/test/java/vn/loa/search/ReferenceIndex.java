package vn.loa.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.loa.load.Campaign;
import vn.loa.text.Json;

import static vn.loa.search.SearchIndex.*;

/**
 * The index as {@link SearchIndex#build} made it before {@link SearchIndexBuilder}: from the whole
 * texts at once, with numbers for keys and forms shared by the build, postings packed in longs;
 * one thread, and a document's forms taken in string order (as {@link DocTerms} gives them), so
 * that which forms are kept past {@link SearchIndex#MAX_VARIANTS} does not depend on the order a
 * build met them. The oracle of the builder's tests.
 */
final class ReferenceIndex {

    private ReferenceIndex() {
    }

    /**
     * @param campaigns the campaigns pages may belong to, in the order filters list them
     * @param link      makes a site-absolute path into a link relative to the search page
     */
    public static SearchIndex build(List<SearchDoc> docs, List<Campaign> campaigns, Function<String, String> link, Options options) {
        Dictionary dict = new Dictionary();
        List<Postings> syllables = new ArrayList<>();
        Pairs phrasePairs = new Pairs();
        int chunk = 512;
        for (int from = 0; from < docs.size(); from += chunk) {
            int start = from;
            List<Analysed> analysed = docs.subList(from, Math.min(docs.size(), from + chunk)).stream()
                    .map(d -> Analysed.of(d, dict)).toList();
            for (int i = 0; i < analysed.size(); i++) {
                analysed.get(i).addTo(start + i, syllables, phrasePairs);
            }
        }
        List<Postings> pairList = phrasePairs.postings();
        String[] keyOf = dict.keys();
        String[] exactOf = dict.exacts();
        record Entry(String key, Postings postings) {
        }
        List<Entry> entries = new ArrayList<>(syllables.size() + pairList.size());
        for (int k = 0; k < syllables.size(); k++) {
            if (syllables.get(k) != null) {
                entries.add(new Entry(keyOf[k], syllables.get(k)));
            }
        }
        for (Postings p : pairList) {
            entries.add(new Entry(keyOf[(int) (p.pair >>> 32)] + " " + keyOf[(int) p.pair], p));
        }
        entries.sort(java.util.Comparator.comparing(Entry::key));

        Map<String, byte[]> files = new LinkedHashMap<>();
        // Term shards
        List<String> firstKeys = new ArrayList<>();
        java.io.ByteArrayOutputStream shard = new java.io.ByteArrayOutputStream(2 * options.shardBytes());
        long largestTerm = 0;
        for (Entry e : entries) {
            byte[] key = (Json.write(e.key()) + ":").getBytes(StandardCharsets.UTF_8);
            byte[] value = e.postings().json(exactOf);
            int size = key.length + value.length;
            if (shard.size() > 0 && shard.size() + 1 + size > options.shardBytes()) {
                largestTerm = Math.max(largestTerm, flush(files, firstKeys.size() - 1, shard));
            }
            if (shard.size() == 0) {
                firstKeys.add(e.key());
                shard.write('{');
            } else {
                shard.write(',');
            }
            shard.writeBytes(key);
            shard.writeBytes(value);
        }
        if (shard.size() > 0) {
            largestTerm = Math.max(largestTerm, flush(files, firstKeys.size() - 1, shard));
        }
        int pairs = pairList.size();

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
            List<Object> combo = Arrays.asList(d.type(), campaignIndex.getOrDefault(d.campaign(), -1));
            Integer n = combos.computeIfAbsent(combo, k -> combos.size());
            Varint.write(n, facetDocs);
        }
        List<List<Object>> years = new ArrayList<>();
        for (int from = 0, to; from < docs.size(); from = to) {
            Integer year = docs.get(from).year();
            to = from + 1;
            while (to < docs.size() && java.util.Objects.equals(docs.get(to).year(), year)) {
                to++;
            }
            years.add(Arrays.asList(year, to - from));
        }
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("combos", new ArrayList<>(combos.keySet()));
        facets.put("docs", facetDocs.toString());
        facets.put("years", years);
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
        Stats stats = new Stats(docs.size(), entries.size() - pairs, pairs, firstKeys.size(), docShards, bytes, largestTerm, largestDoc);
        return new SearchIndex(ordered, version, stats);
    }

    /** Closes a term shard, files it, and empties the buffer; returns its size. */
    private static long flush(Map<String, byte[]> files, int n, java.io.ByteArrayOutputStream shard) {
        shard.write('}');
        byte[] bytes = shard.toByteArray();
        files.put(termShard(n), bytes);
        shard.reset();
        return bytes.length;
    }

    /**
     * The index's version, added to its URLs so that browsers never mix files of two builds: a
     * checksum of every file (CRC-32C, in hardware; a cache key needs no cryptographic hash).
     */
    private static String hash(Map<String, byte[]> files) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        long length = 0;
        for (var e : new TreeMap<>(files).entrySet()) {
            crc.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            crc.update(0);
            crc.update(e.getValue());
            length += e.getValue().length;
        }
        return String.format("%08x%04x", crc.getValue(), length & 0xffff);
    }

    /** Numbers for keys and exact forms, given as a build first meets them; shared by its threads. */
    private static final class Dictionary {
        final Map<String, SearchText.Form> forms = new ConcurrentHashMap<>();
        final Map<String, Integer> keys = new ConcurrentHashMap<>();
        final Map<String, Integer> exacts = new ConcurrentHashMap<>();
        final List<String> exactList = new ArrayList<>();
        /** Token caches not in use: a page is read with one that no other thread is using. */
        private final java.util.Queue<TokenCache> idle = new java.util.concurrent.ConcurrentLinkedQueue<>();

        TokenCache borrow() {
            TokenCache c = idle.poll();
            return c != null ? c : new TokenCache(this::form);
        }

        void giveBack(TokenCache c) {
            idle.add(c);
        }

        SearchText.Form form(String raw) {
            SearchText.Form f = forms.get(raw);
            if (f == null) {
                f = forms.computeIfAbsent(raw, this::make);
            }
            return f;
        }

        private SearchText.Form make(String raw) {
            SearchText.Form f = SearchText.form(raw, -1, -1);
            if (f.key().isEmpty()) {
                return f;
            }
            int exact = number(exacts, f.exact());
            if (exact == exactList.size()) {
                exactList.add(f.exact());
            }
            return new SearchText.Form(f.exact(), f.key(), number(keys, f.key()), exact);
        }

        private static int number(Map<String, Integer> m, String s) {
            Integer n = m.get(s);
            if (n == null) {
                synchronized (m) {
                    n = m.computeIfAbsent(s, k -> m.size());
                }
            }
            return n;
        }

        String[] keys() {
            return strings(keys);
        }

        String[] exacts() {
            return strings(exacts);
        }

        private static String[] strings(Map<String, Integer> m) {
            String[] out = new String[m.size()];
            m.forEach((s, n) -> out[n] = s);
            return out;
        }
    }

    /**
     * One page's keys: per syllable (by number) its weight and the exact forms met; per phrase
     * pair (two key numbers in a long) its weight.
     */
    private record Analysed(int[] keys, int[] weights, int[] variantStart, int[] variants, long[] pairs, int[] pairWeights) {

        static Analysed of(SearchDoc d, Dictionary dict) {
            TokenCache seen = dict.borrow();
            try {
                Collector c = new Collector(seen, dict);
                c.add(d.title(), 2);
                for (String m : d.meta()) {
                    c.add(m, 1);
                }
                c.add(d.body(), 0);
                return c.result();
            } finally {
                dict.giveBack(seen);
            }
        }

        void addTo(int id, List<Postings> syllables, Pairs phrasePairs) {
            for (int i = 0; i < keys.length; i++) {
                int k = keys[i];
                while (syllables.size() <= k) {
                    syllables.add(null);
                }
                Postings p = syllables.get(k);
                if (p == null) {
                    p = new Postings(-1);
                    syllables.set(k, p);
                }
                p.add(id, weights[i], variants, variantStart[i], variantStart[i + 1]);
            }
            for (int i = 0; i < pairs.length; i++) {
                phrasePairs.add(id, pairs[i], pairWeights[i]);
            }
        }
    }

    /** Gathers a page's tokens as packed longs, then sorts and groups them. */
    private static final class Collector {
        /** Key numbers fit in 24 bits in the packed longs below: sixteen million distinct syllables. */
        static final int MAX_KEYS = 1 << 24;

        final TokenCache seen;
        final Dictionary dict;
        long[] tokens = new long[512]; // key << 40 | exact << 2 | field (0 body, 1 meta, 2 title)
        int nTokens;
        long[] pairs = new long[512]; // key << 34 | next key << 2 | field
        int nPairs;

        Collector(TokenCache seen, Dictionary dict) {
            this.seen = seen;
            this.dict = dict;
        }

        void add(String text, int field) {
            int[] previous = {-1};
            SearchText.scan(text, seen, (f, joined) -> {
                if (f.keyId() >= MAX_KEYS) {
                    throw new IllegalStateException("more than " + MAX_KEYS + " distinct words to index");
                }
                if (nTokens == tokens.length) {
                    tokens = Arrays.copyOf(tokens, nTokens * 2);
                }
                tokens[nTokens++] = ((long) f.keyId() << 40) | ((long) f.exactId() << 2) | field;
                if (joined && previous[0] >= 0) {
                    if (nPairs == pairs.length) {
                        pairs = Arrays.copyOf(pairs, nPairs * 2);
                    }
                    pairs[nPairs++] = ((long) previous[0] << 34) | ((long) f.keyId() << 2) | field;
                }
                previous[0] = f.keyId();
            });
        }

        /** The forms of a key in string order. */
        static void sortByString(int[] exacts, int from, int to, Dictionary dict) {
            Integer[] ids = new Integer[to - from];
            for (int i = from; i < to; i++) {
                ids[i - from] = exacts[i];
            }
            Arrays.sort(ids, (x, y) -> dict.exactList.get(x).compareTo(dict.exactList.get(y)));
            for (int i = from; i < to; i++) {
                exacts[i] = ids[i - from];
            }
        }

        Analysed result() {
            Arrays.sort(tokens, 0, nTokens);
            int[] keys = new int[nTokens];
            int[] weights = new int[nTokens];
            int[] variantStart = new int[nTokens + 1];
            int[] variants = new int[nTokens];
            int nKeys = 0;
            int nVariants = 0;
            for (int i = 0; i < nTokens; ) {
                int key = (int) (tokens[i] >>> 40);
                int bits = 0;
                int body = 0;
                variantStart[nKeys] = nVariants;
                int lastExact = -1;
                for (; i < nTokens && (int) (tokens[i] >>> 40) == key; i++) {
                    int field = (int) (tokens[i] & 3);
                    int exact = (int) ((tokens[i] >>> 2) & 0x3fffffffffL);
                    if (field == 0) {
                        body++;
                    } else {
                        bits |= field == 2 ? TITLE : META;
                    }
                    if (exact != lastExact) {
                        variants[nVariants++] = exact;
                        lastExact = exact;
                    }
                }
                sortByString(variants, variantStart[nKeys], nVariants, dict);
                keys[nKeys] = key;
                weights[nKeys++] = bits | bucket(body);
            }
            variantStart[nKeys] = nVariants;
            Arrays.sort(pairs, 0, nPairs);
            long[] distinct = new long[nPairs];
            int[] pairWeights = new int[nPairs];
            int nDistinct = 0;
            for (int i = 0; i < nPairs; ) {
                long pr = pairs[i] >>> 2;
                int w = 0;
                for (; i < nPairs && pairs[i] >>> 2 == pr; i++) {
                    int field = (int) (pairs[i] & 3);
                    w |= field == 2 ? PAIR_TITLE : field == 1 ? PAIR_META : PAIR_BODY;
                }
                distinct[nDistinct] = pr; // key << 32 | next key
                pairWeights[nDistinct++] = w;
            }
            return new Analysed(Arrays.copyOf(keys, nKeys), Arrays.copyOf(weights, nKeys), Arrays.copyOf(variantStart, nKeys + 1),
                    Arrays.copyOf(variants, nVariants), Arrays.copyOf(distinct, nDistinct), Arrays.copyOf(pairWeights, nDistinct));
        }
    }

    /** One key's postings while the index is built: id, weight and variant mask packed in a long. */
    private static final class Postings {
        final long pair; // the two key numbers of a phrase pair, -1 for a syllable
        long[] data = new long[4];
        /** Where this key's postings start in {@code data}, which pairs share. */
        int from;
        int size;
        int[] variantIds = new int[0];
        int[] variantCount = new int[0];

        Postings(long pair) {
            this.pair = pair;
        }

        boolean isPair() {
            return pair >= 0;
        }

        void add(int id, int weight, int[] exacts, int from, int to) {
            long mask = 0;
            for (int v = from; v < to; v++) {
                int e = exacts[v];
                int bit = -1;
                for (int b = 0; b < variantIds.length; b++) {
                    if (variantIds[b] == e) {
                        bit = b;
                        break;
                    }
                }
                if (bit < 0 && variantIds.length < MAX_VARIANTS) {
                    bit = variantIds.length;
                    variantIds = Arrays.copyOf(variantIds, bit + 1);
                    variantCount = Arrays.copyOf(variantCount, bit + 1);
                    variantIds[bit] = e;
                }
                if (bit >= 0) {
                    mask |= 1L << bit;
                    variantCount[bit]++;
                }
            }
            push(((long) id << 40) | ((long) weight << 32) | mask);
        }

        private void push(long v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        /**
         * The postings as JSON, in UTF-8. The postings string is ASCII that needs no escaping
         * (see {@link Varint}), so it is copied as it is: an index is megabytes of it.
         */
        byte[] json(String[] exactOf) {
            StringBuilder p = new StringBuilder(size * 3 + 2).append('"');
            int n = variantIds.length;
            int[] remap = new int[n];
            List<String> order = new ArrayList<>(n);
            if (!isPair()) {
                // Most frequent variants first, so that common masks are one character.
                Integer[] idx = new Integer[n];
                for (int i = 0; i < n; i++) {
                    idx[i] = i;
                }
                Arrays.sort(idx, (a, b) -> variantCount[b] != variantCount[a] ? Integer.compare(variantCount[b], variantCount[a])
                        : exactOf[variantIds[a]].compareTo(exactOf[variantIds[b]]));
                for (int i = 0; i < n; i++) {
                    remap[idx[i]] = i;
                    order.add(exactOf[variantIds[idx[i]]]);
                }
            }
            long previous = -1;
            for (int i = from; i < from + size; i++) {
                long v = data[i];
                long id = v >>> 40;
                Varint.write(id - previous, p);
                previous = id;
                Varint.write((v >>> 32) & 0xff, p);
                if (!isPair() && n > 1) {
                    long mask = v & 0xffffffffL;
                    long out = 0;
                    for (int b = 0; b < n; b++) {
                        if ((mask & (1L << b)) != 0) {
                            out |= 1L << remap[b];
                        }
                    }
                    Varint.write(out, p);
                }
            }
            byte[] postings = p.append('"').toString().getBytes(StandardCharsets.US_ASCII);
            if (isPair()) {
                return postings;
            }
            byte[] head = ("[" + Json.write(String.join(" ", order)) + ",").getBytes(StandardCharsets.UTF_8);
            byte[] out = Arrays.copyOf(head, head.length + postings.length + 1);
            System.arraycopy(postings, 0, out, head.length, postings.length);
            out[out.length - 1] = ']';
            return out;
        }
    }

    /**
     * The postings of every phrase pair. Each page's pairs are appended to one list, and sorted
     * into the pairs' postings once at the end (a counting sort): pushing each one to the postings
     * of its pair instead touches tens of thousands of small arrays in turn, and misses the
     * processor's cache nearly every time.
     */
    private static final class Pairs {
        /** Page ids fit in 24 bits in the packed longs below: sixteen million pages. */
        static final int MAX_PAGES = 1 << 24;

        final LongIntMap numbers = new LongIntMap();
        long[] keys = new long[1024]; // by pair number: key << 32 | next key
        int[] counts = new int[1024];
        int size;
        long[] added = new long[1 << 16]; // pair number << 32 | page id << 8 | weight
        int nAdded;

        void add(int id, long pair, int weight) {
            if (id >= MAX_PAGES) {
                throw new IllegalStateException("more than " + MAX_PAGES + " pages to index");
            }
            int n = numbers.get(pair);
            if (n < 0) {
                n = size++;
                numbers.put(pair, n);
                if (n == keys.length) {
                    keys = Arrays.copyOf(keys, 2 * n);
                    counts = Arrays.copyOf(counts, 2 * n);
                }
                keys[n] = pair;
            }
            counts[n]++;
            if (nAdded == added.length) {
                added = Arrays.copyOf(added, 2 * nAdded);
            }
            added[nAdded++] = ((long) n << 32) | ((long) id << 8) | weight;
        }

        /** Every pair's postings, by pair number, all in one shared array. */
        List<Postings> postings() {
            int[] next = new int[size];
            for (int n = 1; n < size; n++) {
                next[n] = next[n - 1] + counts[n - 1];
            }
            long[] data = new long[nAdded];
            List<Postings> out = new ArrayList<>(size);
            for (int n = 0; n < size; n++) {
                Postings p = new Postings(keys[n]);
                p.data = data;
                p.from = next[n];
                p.size = counts[n];
                out.add(p);
            }
            // Pages were added in id order, so each pair's postings come out in id order.
            for (int i = 0; i < nAdded; i++) {
                long a = added[i];
                data[next[(int) (a >>> 32)]++] = ((a >>> 8) & 0xffffffL) << 40 | (a & 0xff) << 32;
            }
            added = null;
            return out;
        }
    }


}

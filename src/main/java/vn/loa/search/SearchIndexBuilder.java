package vn.loa.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.loa.load.Campaign;
import vn.loa.text.Json;

/**
 * Builds the {@link SearchIndex} from documents given one at a time, in id order, each as the
 * fields its row shows and its {@link DocTerms}; neither texts nor analyses are kept.
 *
 * <h2>Use from a build cache</h2>
 * <pre>{@code
 * // When a page is rendered (any thread): analyse it once, keep the terms, drop the text.
 * SearchDoc doc = SearchDoc.of(renderedPage, link);
 * DocTerms.of(doc).write(cacheOut);                  // about 1.25 KB a page; key it with DocTerms.FORMAT
 *
 * // When the index is made (one thread): the documents in id order, streamed.
 * SearchIndexBuilder b = new SearchIndexBuilder(site.campaigns(), link, SearchIndex.Options.DEFAULT);
 * for (SearchDoc d : shownDocsInIdOrder) {           // SearchDoc.ORDER over pages then events
 *     b.add(d, DocTerms.read(cacheIn));              // d may be d.shown(): meta and body are not read
 * }
 * SearchIndex index = b.finish();                    // the same files as SearchIndex.build
 * }</pre>
 * A document's id is its position in {@link SearchDoc#of(List, List, java.util.function.Function,
 * java.util.function.Function)}'s order ({@link SearchDoc#ORDER}, a stable sort of the pages in
 * the site's order followed by the indexed events); the terms of an event, a few short texts, are
 * as cheap to make again as to keep ({@code DocTerms.of(SearchDoc.of(event, link))}).
 *
 * <h2>What it keeps</h2>
 * Each document's row, already as the JSON of its document shard, and per key (syllable or phrase
 * pair) its postings as bytes: the numbers the index writes (id gap, weight, and for a syllable
 * the mask of its forms) as variable-length integers, two to three bytes a posting, and a key's
 * forms. At 100,000 documents of the bench corpus (texts repeated with their titles made distinct)
 * that is 130 MB of heap before {@link #finish()}, and the build runs in a 192 MB heap; building
 * from the texts needed more than 1 GB (the texts alone 350 MB). {@link #finish()} sorts the keys,
 * turns each key's bytes into its JSON and lets them go, and gives the same files, byte for byte,
 * as {@link SearchIndex#build}. A builder is used once, from one thread; it adds the pairs' postings
 * and writes the keys on several ({@link PairPostings}: the same bytes on any number). Documents
 * that can be given again ({@link Docs}) are built range by range past {@value #RANGE_DOCS} of
 * them, a range's postings held at a time ({@link #build(Docs, List, Function, SearchIndex.Options)}).
 *
 * <p>A key's forms: the first {@value SearchIndex#MAX_VARIANTS} met, documents in id order and a
 * document's forms in string order, can rank exact matches; the index lists them most frequent first.
 */
public final class SearchIndexBuilder {

    private final List<Campaign> campaigns;
    private final Function<String, String> link;
    private final SearchIndex.Options options;
    private final Map<String, Integer> campaignIndex = new HashMap<>();

    private final Map<String, Syllable> syllables = new HashMap<>();
    /** Syllables by number, the order this builder met them. */
    private final List<Syllable> numbered = new ArrayList<>();
    private PairPostings pairPostings;

    /** The document shards as they are made; at the end, every file ({@link HeldFiles}). */
    private HeldFiles files;
    private final StringBuilder docShard = new StringBuilder();
    private long largestDoc;
    private final Map<List<Object>, Integer> combos = new LinkedHashMap<>();
    private final StringBuilder facetDocs = new StringBuilder();
    /** The facets' years: runs of documents of one year, {@code [year, count]}, in id order. */
    private final List<List<Object>> years = new ArrayList<>();
    private int docs;
    private boolean finished;
    private final int threads;

    /**
     * In a build by ranges ({@link #build(Docs, List, Function, SearchIndex.Options)}): in the first
     * pass, how many postings each syllable and the pairs it begins will have; then, by syllable
     * number, the range its keys are written in, and the range of this pass (-1 in the first).
     */
    private int[] weights;
    private int[] rangeOf;
    /** By range: the first syllable key of that range or a later one, in string order (null past the last). */
    private String[] rangeStart;
    private int range = -1;
    private int passDocs;
    /** Once the document shards are all made ({@link #startKeys}): their files, which the term shards follow. */
    private HeldFiles docFiles;
    private int syllablesWritten;
    private int pairsWritten;

    /** Documents past which an index is built range by range (see {@link #build}). */
    static final int RANGE_DOCS = 25_000;

    /**
     * @param campaigns the campaigns pages may belong to, in the order filters list them
     * @param link      makes a site-absolute path into a link relative to the search page
     */
    public SearchIndexBuilder(List<Campaign> campaigns, Function<String, String> link, SearchIndex.Options options) {
        this(campaigns, link, options, Runtime.getRuntime().maxMemory() / 32);
    }

    /**
     * @param plainBytes how many bytes of files are held as they are; the files made beyond are
     *                   held in a temporary file until they are written ({@link HeldFiles})
     */
    SearchIndexBuilder(List<Campaign> campaigns, Function<String, String> link, SearchIndex.Options options, long plainBytes) {
        this(campaigns, link, options, plainBytes, Runtime.getRuntime().availableProcessors());
    }

    /** @param threads how many threads add the pairs' postings and write the keys (the files are the same) */
    SearchIndexBuilder(List<Campaign> campaigns, Function<String, String> link, SearchIndex.Options options, long plainBytes, int threads) {
        this.pairPostings = new PairPostings(threads);
        this.threads = Math.max(1, threads);
        this.files = new HeldFiles(plainBytes);
        this.campaigns = List.copyOf(campaigns);
        this.link = link;
        this.options = options;
        for (Campaign c : campaigns) {
            campaignIndex.put(c.id(), campaignIndex.size());
        }
    }

    /** The number of documents added. */
    public int size() {
        return docs;
    }

    /** The documents of an index, given in id order as often as a build asks. */
    public interface Docs {
        int size();

        /** Every document, in id order: the fields its row shows (null when {@code rows} is false) and its terms. */
        void each(boolean rows, java.util.function.BiConsumer<SearchDoc, DocTerms> to);
    }

    /**
     * The index of documents that can be given more than once. Up to {@value #RANGE_DOCS}
     * documents they are added once; past it the keys are made range by range of their string
     * order, so that only a range's postings are held at a time (at 100,000 documents the postings
     * of every key took some 200 MB of the heap): a first pass writes the rows and counts each
     * syllable's postings, then each pass adds the postings of one range's syllables and of the
     * pairs they begin, and writes those keys. There are as many ranges as it takes for a range's
     * postings (about {@value #POSTING_BYTES} bytes each) to fit in a twentieth of the heap: at
     * 100,000 pages, {@code loa serve} holds some 575 MB beside them. The files are the same, byte for byte.
     */
    public static SearchIndex build(Docs docs, List<Campaign> campaigns, Function<String, String> link, SearchIndex.Options options) {
        return new SearchIndexBuilder(campaigns, link, options).build(docs, RANGE_DOCS, Runtime.getRuntime().maxMemory() / 20);
    }

    /** What a posting takes while it is held: two to three bytes, and its list's slack and header. */
    static final int POSTING_BYTES = 4;

    SearchIndex build(Docs source, int rangeDocs, long rangeBytes) {
        if (source.size() <= rangeDocs) {
            source.each(true, this::add);
            return finish();
        }
        weights = new int[1024];
        source.each(true, this::add);
        TermShards shards = startKeys();
        long postings = 0;
        for (int w : weights) {
            postings += w;
        }
        rangeOf = ranges((int) Math.max(1, Math.min(64, (postings * POSTING_BYTES + rangeBytes - 1) / Math.max(1, rangeBytes))));
        int passes = Arrays.stream(rangeOf).max().orElse(0) + 1;
        for (range = 0; range < passes; range++) {
            passDocs = 0;
            source.each(false, (shown, terms) -> addToRange(terms));
            pairPostings.flush();
            List<Syllable> in = new ArrayList<>();
            for (Syllable s : numbered) {
                if (rangeOf[s.number] == range) {
                    in.add(s);
                }
            }
            writeKeys(shards, in);
            pairPostings = new PairPostings(threads);
        }
        return close(shards);
    }

    /**
     * Adds the next document: its id is the number of documents added before it.
     *
     * @param shown the fields the reader is shown; its meta and body are not read
     *              ({@link SearchDoc#shown()} drops them)
     * @param terms the analysis of its title, meta and body
     */
    public void add(SearchDoc shown, DocTerms terms) {
        if (finished) {
            throw new IllegalStateException("the index is already built");
        }
        int id = docs++;
        row(id, shown);
        int[] numbers = new int[terms.keys.length];
        for (int i = 0; i < terms.keys.length; i++) {
            Syllable s = syllables.get(terms.keys[i]);
            if (s == null) {
                s = new Syllable(terms.keys[i], numbered.size());
                syllables.put(s.key, s);
                numbered.add(s);
            }
            numbers[i] = s.number;
            if (weights == null) {
                s.add(id, terms.weights[i], terms.variants, terms.variantStart[i], terms.variantStart[i + 1]);
            } else {
                count(s.number);
            }
        }
        if (weights != null) {
            for (int i = 0; i < terms.pairWeights.length; i++) {
                count(numbers[terms.pairFirst[i]]);
            }
            return;
        }
        long[] pairs = new long[terms.pairWeights.length];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = (long) numbers[terms.pairFirst[i]] << 32 | numbers[terms.pairSecond[i]];
        }
        pairPostings.add(id, pairs, terms.pairWeights);
    }

    private void count(int syllable) {
        if (syllable >= weights.length) {
            weights = Arrays.copyOf(weights, Math.max(2 * weights.length, syllable + 1));
        }
        weights[syllable]++;
    }

    /**
     * In a pass of a build by ranges: the postings of a document's keys in this pass's range. Should
     * the documents differ from the first pass's (a page saved in serve while its index is made,
     * which drops that index: its pages are no longer those of now), what is new is left out.
     */
    private void addToRange(DocTerms terms) {
        int id = passDocs++;
        if (id >= docs) {
            return;
        }
        // A document's keys are in string order, and so are the ranges: this range's keys are a run
        // of them, and the pairs they begin a run of its pairs (in the order of their first keys).
        String[] keys = terms.keys;
        int from = atLeast(keys, rangeStart[range]);
        int to = atLeast(keys, rangeStart[range + 1]);
        int[] numbers = new int[to - from];
        for (int i = from; i < to; i++) {
            Syllable s = syllables.get(keys[i]);
            numbers[i - from] = s == null || rangeOf[s.number] != range ? -1 : s.number;
            if (numbers[i - from] >= 0) {
                s.add(id, terms.weights[i], terms.variants, terms.variantStart[i], terms.variantStart[i + 1]);
            }
        }
        int pairsFrom = atLeast(terms.pairFirst, from);
        int pairsTo = atLeast(terms.pairFirst, to);
        long[] pairs = new long[pairsTo - pairsFrom];
        byte[] pairWeights = new byte[pairs.length];
        int n = 0;
        for (int i = pairsFrom; i < pairsTo; i++) {
            int first = numbers[terms.pairFirst[i] - from];
            Syllable second = first < 0 ? null : syllables.get(keys[terms.pairSecond[i]]);
            if (second != null) {
                pairs[n] = (long) first << 32 | second.number;
                pairWeights[n++] = terms.pairWeights[i];
            }
        }
        pairPostings.add(id, n == pairs.length ? pairs : Arrays.copyOf(pairs, n), n == pairs.length ? pairWeights : Arrays.copyOf(pairWeights, n));
    }

    /** The first place in sorted {@code keys} of a key at least {@code key}; past the end when null or none. */
    private static int atLeast(String[] keys, String key) {
        if (key == null) {
            return keys.length;
        }
        int at = Arrays.binarySearch(keys, key);
        return at >= 0 ? at : -at - 1;
    }

    /** The first place in non-decreasing {@code values} of a value at least {@code value}. */
    private static int atLeast(int[] values, int value) {
        int low = 0;
        int high = values.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (values[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * The range of each syllable, by number: runs of the syllables in string order, each with
     * about as many postings. A pair's key, its two syllables with a space between, falls between
     * its first syllable's and the next syllable's in string order, so a range's keys follow the
     * last range's. That holds while no syllable holds a space or a character before it: else one range.
     */
    private int[] ranges(int ranges) {
        List<Syllable> sorted = new ArrayList<>(numbered);
        sorted.sort(Comparator.comparing(s -> s.key));
        long total = 0;
        for (Syllable s : sorted) {
            if (s.key.chars().anyMatch(c -> c <= ' ')) {
                weights = null;
                rangeStart = new String[] {"", null};
                return new int[numbered.size()];
            }
            total += weights[s.number];
        }
        int[] out = new int[numbered.size()];
        long seen = 0;
        for (Syllable s : sorted) {
            out[s.number] = (int) Math.min(ranges - 1, seen * ranges / Math.max(1, total));
            seen += weights[s.number];
        }
        weights = null;
        // Where each range begins among the keys; a range without syllables begins where the next does.
        rangeStart = new String[ranges + 1];
        for (int i = sorted.size() - 1; i >= 0; i--) {
            for (int r = out[sorted.get(i).number]; r >= 0 && (i == 0 || out[sorted.get(i - 1).number] < r); r--) {
                rangeStart[r] = sorted.get(i).key;
            }
        }
        return out;
    }

    /** The document's row in its document shard, and its combo in the facets. */
    private void row(int id, SearchDoc d) {
        int campaign = campaignIndex.getOrDefault(d.campaign(), -1);
        docShard.append(docShard.length() == 0 ? '[' : ',');
        row(d, campaign, docShard);
        if ((id + 1) % options.docsPerShard() == 0) {
            flushDocShard(id / options.docsPerShard());
        }
        List<Object> combo = Arrays.asList(d.type(), campaign);
        Integer n = combos.computeIfAbsent(combo, k -> combos.size());
        Varint.write(n, facetDocs);
        List<Object> run = years.isEmpty() ? null : years.get(years.size() - 1);
        if (run != null && java.util.Objects.equals(run.get(0), d.year())) {
            run.set(1, (Integer) run.get(1) + 1);
        } else {
            years.add(Arrays.asList(d.year(), 1));
        }
    }

    /** A document's row as its document shard holds it, {@code campaign} its campaign's index in the filters (-1: none). */
    static void row(SearchDoc d, int campaign, StringBuilder to) {
        Json.write(Arrays.asList(d.title(), d.url(), d.type(), SearchIndex.date(d.date()), campaign, d.year(), d.snippet()), to);
    }

    private void flushDocShard(int shard) {
        byte[] bytes = docShard.append(']').toString().getBytes(StandardCharsets.UTF_8);
        largestDoc = Math.max(largestDoc, bytes.length);
        files.put(SearchIndex.docShard(shard), bytes);
        docShard.setLength(0);
    }

    /** The index's files; the builder lets its postings go as it writes them. */
    public SearchIndex finish() {
        TermShards shards = startKeys();
        pairPostings.flush();
        writeKeys(shards, numbered);
        return close(shards);
    }

    private TermShards startKeys() {
        if (finished) {
            throw new IllegalStateException("the index is already built");
        }
        finished = true;
        if (docShard.length() > 0) {
            flushDocShard((docs - 1) / options.docsPerShard());
        }
        docFiles = files;
        files = docFiles.after();
        return new TermShards(files, options.shardBytes(), threads);
    }

    /** Writes these syllables and the pairs held, in string order; lets their postings go. */
    private void writeKeys(TermShards shards, List<Syllable> syllablesNow) {
        List<Entry> entries = new ArrayList<>(syllablesNow.size() + pairPostings.size());
        for (Syllable s : syllablesNow) {
            entries.add(new Entry(s.key, s, -1, -1));
        }
        pairPostings.forEach((part, n, pair) ->
                entries.add(new Entry(numbered.get((int) (pair >>> 32)).key + " " + numbered.get((int) pair).key, null, part, n)));
        syllablesWritten += syllablesNow.size();
        pairsWritten += pairPostings.size();
        pairPostings.dropKeys();
        entries.sort(Comparator.comparing(Entry::key));
        List<String> keys = new ArrayList<>(entries.size());
        entries.forEach(e -> keys.add(e.key()));
        PairPostings postings = pairPostings;
        shards.write(keys, i -> {
            Entry e = entries.get(i);
            return e.syllable() != null ? e.syllable().json() : postings.json(e.part(), e.pair());
        });
    }

    private SearchIndex close(TermShards shards) {
        shards.close();
        syllables.clear();
        numbered.clear();
        files.take(docFiles);

        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("combos", new ArrayList<>(combos.keySet()));
        facets.put("docs", facetDocs.toString());
        facets.put("years", years);
        files.put(SearchIndex.FACETS, Json.write(facets).getBytes(StandardCharsets.UTF_8));
        return withManifest(files, shards, docs, syllablesWritten, pairsWritten, largestDoc, campaigns, link, options);
    }

    /**
     * The index of these files (the term shards, the document shards and the facets) with its
     * manifest, which names their version and the first key of each term shard.
     */
    static SearchIndex withManifest(HeldFiles files, TermShards shards, int docs, int syllables, int pairs, long largestDoc,
                                    List<Campaign> campaigns, Function<String, String> link, SearchIndex.Options options) {
        String version = SearchIndex.hash(files.keySet(), files::get);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", SearchIndex.FORMAT);
        manifest.put("version", version);
        manifest.put("docs", docs);
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
        manifest.put("shards", shards.firstKeys());
        HeldFiles ordered = new HeldFiles(Long.MAX_VALUE);
        ordered.put(SearchIndex.MANIFEST, Json.write(manifest).getBytes(StandardCharsets.UTF_8));
        ordered.take(files);
        long bytes = ordered.bytes();
        int docShards = (docs + options.docsPerShard() - 1) / options.docsPerShard();
        SearchIndex.Stats stats = new SearchIndex.Stats(docs, syllables, pairs, shards.firstKeys().size(), docShards, bytes,
                shards.largest(), largestDoc);
        return new SearchIndex(ordered, version, stats);
    }

    /** A key of a term shard: a syllable, or a pair by its part and number in {@link PairPostings}. */
    private record Entry(String key, Syllable syllable, int part, int pair) {
    }

    /** One syllable key: its forms, and its postings as id gap, weight and form mask. */
    private static final class Syllable {
        final String key;
        final int number;
        String[] forms = new String[0];
        int[] counts = new int[0];
        byte[] bytes = new byte[8];
        int length;
        int lastId = -1;

        Syllable(String key, int number) {
            this.key = key;
            this.number = number;
        }

        void add(int id, int weight, String[] variants, int from, int to) {
            long mask = 0;
            for (int v = from; v < to; v++) {
                String form = variants[v];
                int bit = -1;
                for (int b = 0; b < forms.length; b++) {
                    if (forms[b].equals(form)) {
                        bit = b;
                        break;
                    }
                }
                if (bit < 0 && forms.length < SearchIndex.MAX_VARIANTS) {
                    bit = forms.length;
                    forms = Arrays.copyOf(forms, bit + 1);
                    counts = Arrays.copyOf(counts, bit + 1);
                    forms[bit] = form;
                }
                if (bit >= 0) {
                    mask |= 1L << bit;
                    counts[bit]++;
                }
            }
            if (bytes.length - length < 16) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            length = PostingBytes.put(bytes, length, id - lastId);
            bytes[length++] = (byte) weight;
            length = PostingBytes.put(bytes, length, mask);
            lastId = id;
        }

        /** {@code [forms, postings]}, the forms most frequent first; lets the bytes go. */
        byte[] json() {
            int n = forms.length;
            Integer[] idx = new Integer[n];
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            // Most frequent forms first, so that common masks are one character.
            Arrays.sort(idx, (a, b) -> counts[b] != counts[a] ? Integer.compare(counts[b], counts[a]) : forms[a].compareTo(forms[b]));
            int[] remap = new int[n];
            List<String> order = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                remap[idx[i]] = i;
                order.add(forms[idx[i]]);
            }
            StringBuilder p = new StringBuilder(length + 2).append('[');
            Json.write(String.join(" ", order), p);
            p.append(",\"");
            long[] at = {0};
            while (at[0] < length) {
                Varint.write(PostingBytes.get(bytes, at), p);
                Varint.write(bytes[(int) at[0]++] & 0xff, p);
                long mask = PostingBytes.get(bytes, at);
                if (n > 1) {
                    long out = 0;
                    for (int b = 0; b < n; b++) {
                        if ((mask & (1L << b)) != 0) {
                            out |= 1L << remap[b];
                        }
                    }
                    Varint.write(out, p);
                }
            }
            bytes = null;
            return p.append("\"]").toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}

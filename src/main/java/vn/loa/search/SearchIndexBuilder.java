package vn.loa.search;

import java.io.ByteArrayOutputStream;
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
 * and writes the keys on several ({@link PairPostings}: the same bytes on any number).
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
    private final PairPostings pairPostings;

    /** The document shards as they are made; at the end, every file ({@link HeldFiles}). */
    private HeldFiles files;
    private final StringBuilder docShard = new StringBuilder();
    private long largestDoc;
    private final Map<List<Object>, Integer> combos = new LinkedHashMap<>();
    private final StringBuilder facetDocs = new StringBuilder();
    private int docs;
    private boolean finished;
    private final int threads;

    /** How many keys are written at a time ({@link #finish()}). */
    private static final int WINDOW = 16_384;

    /**
     * @param campaigns the campaigns pages may belong to, in the order filters list them
     * @param link      makes a site-absolute path into a link relative to the search page
     */
    public SearchIndexBuilder(List<Campaign> campaigns, Function<String, String> link, SearchIndex.Options options) {
        this(campaigns, link, options, Runtime.getRuntime().maxMemory() / 32);
    }

    /**
     * @param plainBytes how many bytes of files are held as they are; the files made beyond are
     *                   held deflated until they are written ({@link HeldFiles})
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
            s.add(id, terms.weights[i], terms.variants, terms.variantStart[i], terms.variantStart[i + 1]);
        }
        long[] pairs = new long[terms.pairWeights.length];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = (long) numbers[terms.pairFirst[i]] << 32 | numbers[terms.pairSecond[i]];
        }
        pairPostings.add(id, pairs, terms.pairWeights);
    }

    /** The document's row in its document shard, and its combo in the facets. */
    private void row(int id, SearchDoc d) {
        int campaign = campaignIndex.getOrDefault(d.campaign(), -1);
        docShard.append(docShard.length() == 0 ? '[' : ',');
        Json.write(Arrays.asList(d.title(), d.url(), d.type(), SearchIndex.date(d.date()), campaign, d.year(), d.snippet()), docShard);
        if ((id + 1) % options.docsPerShard() == 0) {
            flushDocShard(id / options.docsPerShard());
        }
        List<Object> combo = Arrays.asList(d.type(), campaign, d.year());
        Integer n = combos.computeIfAbsent(combo, k -> combos.size());
        Varint.write(n, facetDocs);
    }

    private void flushDocShard(int shard) {
        byte[] bytes = docShard.append(']').toString().getBytes(StandardCharsets.UTF_8);
        largestDoc = Math.max(largestDoc, bytes.length);
        files.put(SearchIndex.docShard(shard), bytes);
        docShard.setLength(0);
    }

    /** The index's files; the builder lets its postings go as it writes them. */
    public SearchIndex finish() {
        if (finished) {
            throw new IllegalStateException("the index is already built");
        }
        finished = true;
        if (docShard.length() > 0) {
            flushDocShard((docs - 1) / options.docsPerShard());
        }
        HeldFiles docFiles = files;
        files = docFiles.after();

        // Term shards: every key in string order, cut into runs of about shardBytes.
        pairPostings.flush();
        List<Entry> entries = new ArrayList<>(numbered.size() + pairPostings.size());
        for (Syllable s : numbered) {
            entries.add(new Entry(s.key, s, -1, -1));
        }
        pairPostings.forEach((part, n, pair) ->
                entries.add(new Entry(numbered.get((int) (pair >>> 32)).key + " " + numbered.get((int) pair).key, null, part, n)));
        int pairs = pairPostings.size();
        syllables.clear();
        numbered.clear();
        pairPostings.dropKeys();
        entries.sort(Comparator.comparing(Entry::key));

        List<String> firstKeys = new ArrayList<>();
        ByteArrayOutputStream shard = new ByteArrayOutputStream(2 * options.shardBytes());
        long largestTerm = 0;
        // The keys as the shards write them, made a window at a time on several threads (all at
        // once they would be held together: hundreds of megabytes at 100,000 pages).
        byte[][] keys = new byte[Math.min(WINDOW, entries.size())][];
        byte[][] values = new byte[keys.length][];
        for (int from = 0; from < entries.size(); from += WINDOW) {
            int start = from;
            int end = Math.min(entries.size(), from + WINDOW);
            java.util.function.Consumer<int[]> write = run -> {
                for (int i = run[0]; i < run[1]; i++) {
                    Entry e = entries.get(i);
                    keys[i - start] = (Json.write(e.key()) + ":").getBytes(StandardCharsets.UTF_8);
                    values[i - start] = e.syllable() != null ? e.syllable().json() : pairPostings.json(e.part(), e.pair());
                }
            };
            if (threads == 1) {
                write.accept(new int[] {start, end});
            } else {
                List<int[]> runs = new ArrayList<>();
                for (int at = start; at < end; at += 512) {
                    runs.add(new int[] {at, Math.min(end, at + 512)});
                }
                vn.loa.Parallel.forEach(runs, write);
            }
            for (int i = start; i < end; i++) {
                byte[] key = keys[i - start];
                byte[] value = values[i - start];
                keys[i - start] = null;
                values[i - start] = null;
                int size = key.length + value.length;
                if (shard.size() > 0 && shard.size() + 1 + size > options.shardBytes()) {
                    largestTerm = Math.max(largestTerm, flushTermShard(firstKeys.size() - 1, shard));
                }
                if (shard.size() == 0) {
                    firstKeys.add(entries.get(i).key());
                    shard.write('{');
                } else {
                    shard.write(',');
                }
                entries.set(i, null);
                shard.writeBytes(key);
                shard.writeBytes(value);
            }
        }
        if (shard.size() > 0) {
            largestTerm = Math.max(largestTerm, flushTermShard(firstKeys.size() - 1, shard));
        }
        files.take(docFiles);

        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("combos", new ArrayList<>(combos.keySet()));
        facets.put("docs", facetDocs.toString());
        files.put(SearchIndex.FACETS, Json.write(facets).getBytes(StandardCharsets.UTF_8));

        String version = SearchIndex.hash(files);
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
        manifest.put("shards", firstKeys);
        HeldFiles ordered = new HeldFiles(Long.MAX_VALUE);
        ordered.put(SearchIndex.MANIFEST, Json.write(manifest).getBytes(StandardCharsets.UTF_8));
        ordered.take(files);
        long bytes = ordered.bytes();
        int docShards = (docs + options.docsPerShard() - 1) / options.docsPerShard();
        SearchIndex.Stats stats = new SearchIndex.Stats(docs, entries.size() - pairs, pairs, firstKeys.size(), docShards, bytes,
                largestTerm, largestDoc);
        return new SearchIndex(ordered, version, stats);
    }

    /** A key of a term shard: a syllable, or a pair by its part and number in {@link PairPostings}. */
    private record Entry(String key, Syllable syllable, int part, int pair) {
    }

    /** Closes a term shard, files it, and empties the buffer; returns its size. */
    private long flushTermShard(int n, ByteArrayOutputStream shard) {
        shard.write('}');
        byte[] bytes = shard.toByteArray();
        files.put(SearchIndex.termShard(n), bytes);
        shard.reset();
        return bytes.length;
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

package vn.loa.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import vn.loa.load.Campaign;
import vn.loa.text.Json;

/**
 * The index after the texts of a few documents changed, made from the files of the index as the
 * last build wrote them: the same files, byte for byte, as a {@link SearchIndexBuilder} given every
 * document, at a fraction of the work (a body edit at 10,000 pages: the postings of the keys of one
 * page instead of those of 20,000 documents).
 *
 * <p>Only the documents' texts and rows may have changed: the documents, their order and what the
 * facets and the manifest say of them must be those of the files written (the caller knows it
 * from its keys). Each changed document's row is put in its document shard; each key it holds
 * otherwise than it held it (another weight, other forms, a key gained or lost) gets its postings
 * again, without that document's and with its posting of now, and a syllable its forms counted
 * again from the masks; a key left with no postings goes, a new one
 * comes in its place in string order; the term shards are cut again as the builder cuts them.
 *
 * <p>Nothing is guessed: when the files are not whole (their version is a checksum of them), not
 * of this format, or a key already had {@value SearchIndex#MAX_VARIANTS} forms (the builder keeps the
 * first met and the files do not say which others there were), the answer is empty and the caller
 * builds the index from every document.
 *
 * <p>The files written are read as they are needed, twice: once in name order for their checksum,
 * once to be patched or taken as they are; the files made are held as the builder holds its own
 * ({@link HeldFiles}: on disk past a 32nd of the heap), so that the index of 100,000 pages (some 200 MB
 * of files) is patched without holding it.
 */
public final class IndexPatch {

    /** A document whose text changed: its id, its terms in the files written and now, and its row now ({@link SearchDoc#shown()}). */
    public record Changed(int id, DocTerms before, DocTerms now, SearchDoc shown) {
    }

    /** A document's posting of a key: its weight, and a syllable's forms (null for a pair); {@link #NONE}: it has none. */
    private record Posting(int weight, String[] forms) {
        boolean same(Posting other) {
            return weight == other.weight && Arrays.equals(forms, other.forms);
        }
    }

    /** A document's posting of a key in the files written and now. */
    private static final class Change {
        Posting before = NONE;
        Posting now = NONE;
    }

    private static final Posting NONE = new Posting(-1, null);
    private static final byte[] GONE = new byte[0];

    private final Function<String, byte[]> written;
    private final int docs;
    private final SearchIndex.Options options;
    /** Per key whose postings change, the changed documents by id, with their postings then and now. */
    private final TreeMap<String, Map<Integer, Change>> changes = new TreeMap<>();
    private int syllables;
    private int pairs;

    private final long plainBytes;

    private IndexPatch(Function<String, byte[]> written, int docs, SearchIndex.Options options, long plainBytes) {
        this.written = written;
        this.docs = docs;
        this.options = options;
        this.plainBytes = plainBytes;
    }

    /**
     * The index of {@code docs} documents after {@code changed}, from the files of the index
     * written before them, or empty when it cannot be made exactly from them.
     *
     * @param written a file of the index written (a path relative to {@link SearchIndex#FOLDER}), null when there is none
     */
    public static Optional<SearchIndex> apply(Function<String, byte[]> written, int docs, List<Changed> changed,
                                              List<Campaign> campaigns, Function<String, String> link, SearchIndex.Options options) {
        return apply(written, docs, changed, campaigns, link, options, Runtime.getRuntime().maxMemory() / 32);
    }

    /** @param plainBytes how many bytes of the files made are held as they are ({@link HeldFiles}) */
    static Optional<SearchIndex> apply(Function<String, byte[]> written, int docs, List<Changed> changed, List<Campaign> campaigns,
                                       Function<String, String> link, SearchIndex.Options options, long plainBytes) {
        try {
            return Optional.ofNullable(new IndexPatch(written, docs, options, plainBytes).make(changed, campaigns, link));
        } catch (RuntimeException e) {
            // Files this version did not write (a JSON it cannot read, a number out of place): built again.
            return Optional.empty();
        }
    }

    private SearchIndex make(List<Changed> changed, List<Campaign> campaigns, Function<String, String> link) {
        List<String> shards = readWritten();
        if (shards == null) {
            return null;
        }
        for (Changed c : changed) {
            if (c.id() < 0 || c.id() >= docs || !change(c.id(), c.before(), true) || !change(c.id(), c.now(), false)) {
                return null;
            }
        }
        // A key a document holds as it held it (most of a page's after a sentence is added) keeps its postings.
        changes.values().forEach(byId -> byId.values().removeIf(c -> c.before.same(c.now)));
        changes.values().removeIf(Map::isEmpty);
        HeldFiles files = new HeldFiles(plainBytes);
        TermShards terms = new TermShards(files, options.shardBytes(), 1);
        if (!patchTerms(shards, terms)) {
            return null;
        }
        terms.close();
        Map<String, Integer> campaignIndex = new HashMap<>();
        campaigns.forEach(c -> campaignIndex.put(c.id(), campaignIndex.size())); // as the builder numbers them
        Map<Integer, byte[]> docShards = new TreeMap<>();
        for (Changed c : changed) {
            int shard = c.id() / options.docsPerShard();
            byte[] rows = docShards.computeIfAbsent(shard, s -> read(SearchIndex.docShard(s)));
            StringBuilder row = new StringBuilder();
            SearchIndexBuilder.row(c.shown(), campaignIndex.getOrDefault(c.shown().campaign(), -1), row);
            docShards.put(shard, withRow(rows, c.id() % options.docsPerShard(), row.toString().getBytes(StandardCharsets.UTF_8)));
        }
        long largestDoc = 0;
        for (int d = 0; d < docShardCount(); d++) {
            byte[] rows = docShards.containsKey(d) ? docShards.get(d) : read(SearchIndex.docShard(d));
            largestDoc = Math.max(largestDoc, rows.length);
            files.put(SearchIndex.docShard(d), rows);
        }
        files.put(SearchIndex.FACETS, read(SearchIndex.FACETS));
        return SearchIndexBuilder.withManifest(files, terms, docs, syllables, pairs, largestDoc, campaigns, link, options);
    }

    /** A file written; one that is missing or not as written ends the patch ({@link #apply} answers none). */
    private byte[] read(String name) {
        byte[] file = written.apply(name);
        if (file == null) {
            throw new IllegalArgumentException("no file " + name + " as it was written");
        }
        return file;
    }

    private int docShardCount() {
        return (docs + options.docsPerShard() - 1) / options.docsPerShard();
    }

    /** Reads the files written, when their manifest is of this shape and they are whole; their term shards' first keys. */
    private List<String> readWritten() {
        byte[] m = written.apply(SearchIndex.MANIFEST);
        if (m == null || !(JsonReader.parse(new String(m, StandardCharsets.UTF_8)) instanceof Map<?, ?> manifest)) {
            return null;
        }
        if (!Long.valueOf(SearchIndex.FORMAT).equals(manifest.get("format")) || !Long.valueOf(docs).equals(manifest.get("docs"))
                || !Long.valueOf(options.docsPerShard()).equals(manifest.get("docsPerShard"))
                || !(manifest.get("shards") instanceof List<?> shards) || !(manifest.get("version") instanceof String version)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int t = 0; t < shards.size(); t++) {
            names.add(SearchIndex.termShard(t));
        }
        for (int d = 0; d < docShardCount(); d++) {
            names.add(SearchIndex.docShard(d));
        }
        names.add(SearchIndex.FACETS);
        // SearchIndex.hash reads each file written once, in name order, and holds none.
        if (!version.equals(SearchIndex.hash(names, this::read))) {
            return null;
        }
        List<String> firstKeys = new ArrayList<>();
        for (Object k : shards) {
            firstKeys.add((String) k);
        }
        return firstKeys;
    }

    /**
     * Notes a document's postings in the keys of its terms, as the files hold them ({@code before})
     * or now. False when the terms are not as an analysis makes them (a syllable with a space, which
     * a pair could not be told from, or with no form or a form twice).
     */
    private boolean change(int id, DocTerms terms, boolean before) {
        for (int i = 0; i < terms.keys.length; i++) {
            String key = terms.keys[i];
            String[] forms = Arrays.copyOfRange(terms.variants, terms.variantStart[i], terms.variantStart[i + 1]);
            if (key.indexOf(' ') >= 0 || forms.length == 0 || Arrays.stream(forms).distinct().count() != forms.length) {
                return false;
            }
            note(key, id, before, new Posting(terms.weights[i] & 0xff, forms));
        }
        for (int i = 0; i < terms.pairWeights.length; i++) {
            note(terms.pair(i), id, before, new Posting(terms.pairWeights[i] & 0xff, null));
        }
        return true;
    }

    private void note(String key, int id, boolean before, Posting p) {
        Change c = changes.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(id, k -> new Change());
        if (before) {
            c.before = p;
        } else {
            c.now = p;
        }
    }

    /** Every key of the files in order, with the changed keys patched, into new term shards; false when one cannot be. */
    private boolean patchTerms(List<String> shards, TermShards out) {
        Iterator<Map.Entry<String, Map<Integer, Change>>> pending = changes.entrySet().iterator();
        Map.Entry<String, Map<Integer, Change>> next = pending.hasNext() ? pending.next() : null;
        for (int s = 0; s < shards.size(); s++) {
            byte[] b = read(SearchIndex.termShard(s));
            if (b.length < 2 || b[0] != '{' || b[b.length - 1] != '}') {
                return false;
            }
            int at = 1;
            while (at < b.length - 1) {
                int keyEnd = JsonSpans.string(b, at);
                String key = JsonSpans.text(b, at, keyEnd);
                int valueEnd = JsonSpans.value(b, keyEnd + 1);
                if (b[keyEnd] != ':' || valueEnd > b.length - 1) {
                    return false;
                }
                for (; next != null && next.getKey().compareTo(key) < 0; next = pending.hasNext() ? pending.next() : null) {
                    if (!add(out, next.getKey(), patched(next.getKey(), next.getValue(), null, 0, 0))) {
                        return false;
                    }
                }
                if (next != null && next.getKey().equals(key)) {
                    if (!add(out, key, patched(key, next.getValue(), b, keyEnd + 1, valueEnd))) {
                        return false;
                    }
                    next = pending.hasNext() ? pending.next() : null;
                } else {
                    out.append(key, b, at, valueEnd);
                    count(b[keyEnd + 1]);
                }
                at = valueEnd;
                if (b[at] == ',') {
                    at++;
                } else if (at != b.length - 1) {
                    return false;
                }
            }
        }
        for (; next != null; next = pending.hasNext() ? pending.next() : null) {
            if (!add(out, next.getKey(), patched(next.getKey(), next.getValue(), null, 0, 0))) {
                return false;
            }
        }
        return true;
    }

    private boolean add(TermShards out, String key, byte[] value) {
        if (value == null) {
            return false;
        }
        if (value != GONE) {
            byte[] k = (Json.write(key) + ":").getBytes(StandardCharsets.UTF_8);
            byte[] entry = Arrays.copyOf(k, k.length + value.length);
            System.arraycopy(value, 0, entry, k.length, value.length);
            out.append(key, entry, 0, entry.length);
            count(value[0]);
        }
        return true;
    }

    private void count(byte firstOfValue) {
        if (firstOfValue == '[') {
            syllables++;
        } else {
            pairs++;
        }
    }

    /**
     * A key's value with the changed documents' postings of now in place of theirs: {@code b[from,
     * to)} the value written (none when {@code b} is null); {@link #GONE} when no posting is left;
     * null when it cannot be made exactly.
     */
    private byte[] patched(String key, Map<Integer, Change> changed, byte[] b, int from, int to) {
        boolean syllable = key.indexOf(' ') < 0;
        List<String> forms = new ArrayList<>();
        PostingList postings = new PostingList();
        if (b != null) {
            String list;
            if (syllable) {
                if (b[from] != '[') {
                    return null;
                }
                int formsEnd = JsonSpans.string(b, from + 1);
                String written = JsonSpans.text(b, from + 1, formsEnd);
                if (!written.isEmpty()) {
                    forms.addAll(Arrays.asList(written.split(" ", -1)));
                }
                if (forms.size() >= SearchIndex.MAX_VARIANTS || b[formsEnd] != ',' || b[to - 1] != ']') {
                    return null;
                }
                list = JsonSpans.text(b, formsEnd + 1, to - 1);
            } else {
                list = JsonSpans.text(b, from, to);
            }
            Varint.Reader r = new Varint.Reader(list);
            long id = -1;
            while (r.hasNext()) {
                id += r.next();
                long weight = r.next();
                // One form: no mask is written, the form is the document's (every key has one, see change()).
                long mask = !syllable ? 0 : forms.size() > 1 ? r.next() : forms.size() == 1 ? 1 : 0;
                if (id >= docs || !postings.append((int) id, weight, mask)) {
                    return null;
                }
            }
        }
        for (Map.Entry<Integer, Change> c : changed.entrySet()) {
            if (postings.remove(c.getKey()) != (c.getValue().before != NONE)) {
                return null; // the files do not hold what the document's terms then say
            }
            Posting p = c.getValue().now;
            if (p == NONE) {
                continue;
            }
            long mask = 0;
            if (syllable) {
                for (String f : p.forms()) {
                    int bit = forms.indexOf(f);
                    if (bit < 0) {
                        bit = forms.size();
                        forms.add(f);
                    }
                    if (bit >= SearchIndex.MAX_VARIANTS) {
                        return null;
                    }
                    mask |= 1L << bit;
                }
            }
            postings.insert(c.getKey(), p.weight(), mask);
        }
        if (postings.size == 0) {
            return GONE;
        }
        StringBuilder out = new StringBuilder();
        if (!syllable) {
            out.append('"');
            postings.write(null, out);
            return out.append('"').toString().getBytes(StandardCharsets.US_ASCII);
        }
        // The forms most frequent first, then in string order (the builder's order); those left in no document go.
        int[] counts = new int[forms.size()];
        for (int i = 0; i < postings.size; i++) {
            for (int bit = 0; bit < counts.length; bit++) {
                counts[bit] += (int) (postings.masks[i] >>> bit & 1);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int bit = 0; bit < counts.length; bit++) {
            if (counts[bit] > 0) {
                order.add(bit);
            }
        }
        order.sort((x, y) -> counts[x] != counts[y] ? Integer.compare(counts[y], counts[x]) : forms.get(x).compareTo(forms.get(y)));
        int[] remap = new int[counts.length];
        List<String> named = new ArrayList<>();
        for (int bit : order) {
            remap[bit] = named.size();
            named.add(forms.get(bit));
        }
        out.append('[');
        Json.write(String.join(" ", named), out);
        out.append(",\"");
        postings.write(named.size() > 1 ? remap : null, out);
        return out.append("\"]").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A key's postings in id order: id, weight and mask of forms, in arrays. */
    private static final class PostingList {
        int[] ids = new int[16];
        long[] weights = new long[16];
        long[] masks = new long[16];
        int size;

        /** Adds a posting after the last; false when its id is not greater. */
        boolean append(int id, long weight, long mask) {
            if (size > 0 && id <= ids[size - 1]) {
                return false;
            }
            insertAt(size, id, weight, mask);
            return true;
        }

        void insert(int id, long weight, long mask) {
            int at = Arrays.binarySearch(ids, 0, size, id);
            insertAt(at >= 0 ? at : -at - 1, id, weight, mask);
        }

        private void insertAt(int at, int id, long weight, long mask) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, 2 * size);
                weights = Arrays.copyOf(weights, 2 * size);
                masks = Arrays.copyOf(masks, 2 * size);
            }
            System.arraycopy(ids, at, ids, at + 1, size - at);
            System.arraycopy(weights, at, weights, at + 1, size - at);
            System.arraycopy(masks, at, masks, at + 1, size - at);
            ids[at] = id;
            weights[at] = weight;
            masks[at] = mask;
            size++;
        }

        /** Removes the posting of a document; whether there was one. */
        boolean remove(int id) {
            int at = Arrays.binarySearch(ids, 0, size, id);
            if (at < 0) {
                return false;
            }
            System.arraycopy(ids, at + 1, ids, at, size - at - 1);
            System.arraycopy(weights, at + 1, weights, at, size - at - 1);
            System.arraycopy(masks, at + 1, masks, at, size - at - 1);
            size--;
            return true;
        }

        /** The postings as the index writes them: id gap and weight, and the mask of forms when {@code remap} is given. */
        void write(int[] remap, StringBuilder out) {
            long last = -1;
            for (int i = 0; i < size; i++) {
                Varint.write(ids[i] - last, out);
                Varint.write(weights[i], out);
                if (remap != null) {
                    long mask = 0;
                    for (int bit = 0; bit < remap.length; bit++) {
                        if ((masks[i] >>> bit & 1) != 0) {
                            mask |= 1L << remap[bit];
                        }
                    }
                    Varint.write(mask, out);
                }
                last = ids[i];
            }
        }
    }

    /** A document shard with its row {@code index} replaced. */
    private static byte[] withRow(byte[] rows, int index, byte[] row) {
        if (rows.length < 2 || rows[0] != '[') {
            throw new IllegalArgumentException("not a document shard");
        }
        int at = 1;
        for (int i = 0; i < index; i++) {
            at = JsonSpans.value(rows, at);
            if (rows[at] != ',') {
                throw new IllegalArgumentException("no row " + index);
            }
            at++;
        }
        int end = JsonSpans.value(rows, at);
        byte[] out = new byte[rows.length - (end - at) + row.length];
        System.arraycopy(rows, 0, out, 0, at);
        System.arraycopy(row, 0, out, at, row.length);
        System.arraycopy(rows, end, out, at + row.length, rows.length - end);
        return out;
    }
}

package vn.loa.search;

import java.util.Arrays;

/**
 * The postings of the phrase pairs while an index is built, split by pair into parts filled on
 * threads of their own. Adding a page's pairs touches thousands of lists, each a likely cache miss:
 * half the index's time at 10,000 pages on one thread. A pair always falls in the same part, and
 * each part takes the pages in id order, so a pair's postings are the same bytes whatever the
 * number of parts; the pages are handed over {@value #BATCH} at a time.
 *
 * <p>A pair is a long, its first syllable's number then its second's; each part numbers the pairs
 * it meets, and {@link #forEach} names every pair with its part and number for
 * {@link #json(int, int)}.
 */
final class PairPostings {

    static final int BATCH = 256;

    private final Part[] parts;
    private final int[] ids = new int[BATCH];
    private final long[][] pairs = new long[BATCH][];
    private final byte[][] weights = new byte[BATCH][];
    private int batched;

    /** @param parts how many parts (and threads) the pairs are split into, at least one */
    PairPostings(int parts) {
        this.parts = new Part[Math.max(1, parts)];
        for (int p = 0; p < this.parts.length; p++) {
            this.parts[p] = new Part(p, this.parts.length);
        }
    }

    /** A page's pairs and their weights, in the order of its ids; the arrays are read later, not copied. */
    void add(int id, long[] pagePairs, byte[] pageWeights) {
        ids[batched] = id;
        pairs[batched] = pagePairs;
        weights[batched] = pageWeights;
        if (++batched == BATCH) {
            flush();
        }
    }

    /** Adds the pages handed over so far to every part. */
    void flush() {
        if (batched == 0) {
            return;
        }
        if (parts.length == 1) {
            parts[0].add(ids, pairs, weights, batched);
        } else {
            vn.loa.Parallel.forEach(Arrays.asList(parts), p -> p.add(ids, pairs, weights, batched));
        }
        Arrays.fill(pairs, 0, batched, null);
        Arrays.fill(weights, 0, batched, null);
        batched = 0;
    }

    /** How many pairs, once {@link #flush()}ed. */
    int size() {
        int n = 0;
        for (Part p : parts) {
            n += p.postings.lists();
        }
        return n;
    }

    /** Every pair, once {@link #flush()}ed: its part, its number in that part, and the pair. */
    void forEach(PairConsumer each) {
        for (Part p : parts) {
            for (int n = 0; n < p.postings.lists(); n++) {
                each.accept(p.index, n, p.keys[n]);
            }
        }
    }

    /** A pair's postings as the index writes them ({@link PostingBytes#json}); lets them go. Any thread. */
    byte[] json(int part, int number) {
        return parts[part].postings.json(number);
    }

    /** Lets go of the pairs' names. */
    void dropKeys() {
        for (Part p : parts) {
            p.keys = null;
        }
    }

    interface PairConsumer {
        void accept(int part, int number, long pair);
    }

    /** The pairs that fall in one part; used by one thread at a time. */
    private static final class Part {
        final int index;
        final int count;
        final LongIntMap numbers = new LongIntMap();
        final PostingBytes postings = new PostingBytes();
        long[] keys = new long[1024];

        Part(int index, int count) {
            this.index = index;
            this.count = count;
        }

        void add(int[] ids, long[][] pairs, byte[][] weights, int pages) {
            for (int b = 0; b < pages; b++) {
                long[] pagePairs = pairs[b];
                byte[] pageWeights = weights[b];
                for (int i = 0; i < pagePairs.length; i++) {
                    long pair = pagePairs[i];
                    if (count > 1 && partOf(pair) != index) {
                        continue;
                    }
                    int n = numbers.get(pair);
                    if (n < 0) {
                        n = postings.newList();
                        numbers.put(pair, n);
                        if (n == keys.length) {
                            keys = Arrays.copyOf(keys, 2 * n);
                        }
                        keys[n] = pair;
                    }
                    postings.add(n, ids[b], pageWeights[i]);
                }
            }
        }

        /** High bits of another mix than {@link LongIntMap}'s, so that a part's slots stay spread. */
        private int partOf(long pair) {
            return (int) (((pair * 0xC2B2AE3D27D4EB4FL) >>> 33) % count);
        }
    }
}

package vn.loa.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one document's text into its {@link DocTerms}: every token's exact form and key (NFC,
 * lower case, folded, as {@link SearchText} reads them), gathered per key and per phrase pair.
 *
 * <p>One analyser per thread ({@link #get()}): it remembers the tokens it has met, as written, with
 * numbers of its own for their keys and exact forms, so that a syllable read before costs neither
 * normalisation nor folding again. The numbers never leave it: a {@link DocTerms} holds strings,
 * in string order. It forgets everything past {@link #REMEMBERED} tokens, between two documents.
 */
final class TermAnalyser {

    /** Distinct tokens as written that an analyser remembers before it starts afresh. */
    static final int REMEMBERED = 1 << 16;

    /** Key numbers fit in 24 bits in the packed longs below. */
    private static final int MAX_KEYS = 1 << 24;

    private static final ThreadLocal<TermAnalyser> PER_THREAD = ThreadLocal.withInitial(TermAnalyser::new);

    private TokenCache seen;
    private Map<String, Integer> keyIds;
    private Map<String, Integer> exactIds;
    private List<String> keys;
    private List<String> exacts;

    private long[] tokens = new long[512]; // key << 40 | exact << 2 | field (0 body, 1 meta, 2 title)
    private int nTokens;
    private long[] pairs = new long[512]; // key << 34 | next key << 2 | field
    private int nPairs;
    /** By key number: its group in {@link #result()}, then its position in string order. */
    private int[] groupOf = new int[1024];
    /** By key number: its tokens in the document {@link #result()} groups; 0 between documents. */
    private int[] countOf = new int[1024];

    private TermAnalyser() {
        forget();
    }

    static TermAnalyser get() {
        return PER_THREAD.get();
    }

    private void forget() {
        seen = new TokenCache(this::make);
        keyIds = new HashMap<>();
        exactIds = new HashMap<>();
        keys = new ArrayList<>();
        exacts = new ArrayList<>();
    }

    private SearchText.Form make(String raw) {
        SearchText.Form f = SearchText.form(raw, -1, -1);
        if (f.key().isEmpty()) {
            return f;
        }
        return new SearchText.Form(f.exact(), f.key(), number(keyIds, keys, f.key()), number(exactIds, exacts, f.exact()));
    }

    private static int number(Map<String, Integer> ids, List<String> strings, String s) {
        Integer n = ids.get(s);
        if (n == null) {
            n = strings.size();
            ids.put(s, n);
            strings.add(s);
        }
        return n;
    }

    DocTerms analyse(String title, List<String> meta, String body) {
        if (seen.size() > REMEMBERED) {
            forget();
        }
        nTokens = 0;
        nPairs = 0;
        add(title, 2);
        for (String m : meta) {
            add(m, 1);
        }
        add(body, 0);
        return result();
    }

    private void add(String text, int field) {
        int[] previous = {-1};
        SearchText.scan(text, seen, (f, joined) -> {
            if (f.keyId() >= MAX_KEYS) {
                throw new IllegalStateException("more than " + MAX_KEYS + " distinct words in one document");
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

    /**
     * Groups the tokens by key and the pairs by their two keys, then puts both in string order. The
     * tokens are grouped by counting (a page has thousands of tokens and a few hundred keys), and
     * only each key's own tokens are sorted, by form.
     */
    private DocTerms result() {
        if (groupOf.length < keys.size()) {
            groupOf = new int[Math.max(keys.size(), 2 * groupOf.length)];
            countOf = new int[groupOf.length];
        }
        int[] keyOf = new int[nTokens]; // by group, in the order keys first come: this analyser's key number
        // Made before counting: nothing between the counting and its reset to 0 can fail.
        int[] groupStart = new int[nTokens + 1];
        int nKeys = 0;
        for (int i = 0; i < nTokens; i++) {
            int key = (int) (tokens[i] >>> 40);
            if (countOf[key]++ == 0) {
                groupOf[key] = nKeys;
                keyOf[nKeys++] = key;
            }
        }
        for (int g = 0; g < nKeys; g++) {
            groupStart[g + 1] = groupStart[g] + countOf[keyOf[g]];
            countOf[keyOf[g]] = 0;
        }
        int[] fill = Arrays.copyOf(groupStart, nKeys);
        long[] grouped = new long[nTokens];
        for (int i = 0; i < nTokens; i++) {
            grouped[fill[groupOf[(int) (tokens[i] >>> 40)]]++] = tokens[i];
        }
        int[] weights = new int[nKeys];
        int[] formStart = new int[nKeys + 1];
        String[] forms = new String[nTokens];
        int nForms = 0;
        for (int g = 0; g < nKeys; g++) {
            int from = groupStart[g];
            int to = groupStart[g + 1];
            if (to - from > 1) {
                Arrays.sort(grouped, from, to); // one key: by form, then field
            }
            formStart[g] = nForms;
            int bits = 0;
            int body = 0;
            int lastExact = -1;
            for (int i = from; i < to; i++) {
                int field = (int) (grouped[i] & 3);
                int exact = (int) ((grouped[i] >>> 2) & 0x3fffffffffL);
                if (field == 0) {
                    body++;
                } else {
                    bits |= field == 2 ? SearchIndex.TITLE : SearchIndex.META;
                }
                if (exact != lastExact) {
                    forms[nForms++] = exacts.get(exact);
                    lastExact = exact;
                }
            }
            weights[g] = bits | SearchIndex.bucket(body);
        }
        formStart[nKeys] = nForms;

        // In string order: keys, and each key's forms.
        String[] outKeys = new String[nKeys];
        for (int g = 0; g < nKeys; g++) {
            outKeys[g] = keys.get(keyOf[g]);
            groupOf[keyOf[g]] = g;
        }
        Arrays.sort(outKeys);
        byte[] outWeights = new byte[nKeys];
        int[] variantStart = new int[nKeys + 1];
        String[] variants = new String[nForms];
        int v = 0;
        for (int i = 0; i < nKeys; i++) {
            int key = keyIds.get(outKeys[i]);
            int g = groupOf[key];
            groupOf[key] = i; // from here on: the key's position in string order
            outWeights[i] = (byte) weights[g];
            variantStart[i] = v;
            for (int f = formStart[g]; f < formStart[g + 1]; f++) {
                variants[v++] = forms[f];
            }
            if (v - variantStart[i] > 1) {
                Arrays.sort(variants, variantStart[i], v);
            }
        }
        variantStart[nKeys] = v;

        // Each pair by the string-order positions of its keys and its field's bit, put in that order
        // by two counting passes (second key, then first), then one per two keys.
        long[] byPosition = new long[nPairs]; // first index << 35 | second index << 3 | weight
        for (int i = 0; i < nPairs; i++) {
            int field = (int) (pairs[i] & 3);
            long first = groupOf[(int) (pairs[i] >>> 34)];
            long second = groupOf[(int) ((pairs[i] >>> 2) & 0xffffffffL)];
            byPosition[i] = first << 35 | second << 3
                    | (field == 2 ? SearchIndex.PAIR_TITLE : field == 1 ? SearchIndex.PAIR_META : SearchIndex.PAIR_BODY);
        }
        long[] bySecond = countingSort(byPosition, nPairs, nKeys, 3);
        long[] distinct = countingSort(bySecond, nPairs, nKeys, 35);
        int nDistinct = 0;
        for (int i = 0; i < nPairs; ) {
            long pr = distinct[i] >>> 3;
            long w = 0;
            for (; i < nPairs && distinct[i] >>> 3 == pr; i++) {
                w |= distinct[i] & 7;
            }
            distinct[nDistinct++] = pr << 3 | w;
        }
        int[] pairFirst = new int[nDistinct];
        int[] pairSecond = new int[nDistinct];
        byte[] pairWeights = new byte[nDistinct];
        for (int i = 0; i < nDistinct; i++) {
            pairFirst[i] = (int) (distinct[i] >>> 35);
            pairSecond[i] = (int) ((distinct[i] >>> 3) & 0xffffffffL);
            pairWeights[i] = (byte) (distinct[i] & 7);
        }
        return new DocTerms(outKeys, outWeights, variantStart, variants, pairFirst, pairSecond, pairWeights);
    }

    /** The first {@code n} values in the order of their field at {@code shift} (below {@code bound}), stable. */
    private static long[] countingSort(long[] values, int n, int bound, int shift) {
        int[] start = new int[bound + 1];
        for (int i = 0; i < n; i++) {
            start[(int) ((values[i] >>> shift) & 0xffffffffL) + 1]++;
        }
        for (int b = 0; b < bound; b++) {
            start[b + 1] += start[b];
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[start[(int) ((values[i] >>> shift) & 0xffffffffL)]++] = values[i];
        }
        return out;
    }
}

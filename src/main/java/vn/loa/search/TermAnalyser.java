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

    /** Groups the tokens by key and the pairs by their two keys, then puts both in string order. */
    private DocTerms result() {
        Arrays.sort(tokens, 0, nTokens);
        int[] keyOf = new int[nTokens]; // by group: this analyser's key number
        int[] weights = new int[nTokens];
        int[] groupStart = new int[nTokens + 1];
        String[] forms = new String[nTokens];
        int nKeys = 0;
        int nForms = 0;
        for (int i = 0; i < nTokens; ) {
            int key = (int) (tokens[i] >>> 40);
            int bits = 0;
            int body = 0;
            groupStart[nKeys] = nForms;
            int lastExact = -1;
            for (; i < nTokens && (int) (tokens[i] >>> 40) == key; i++) {
                int field = (int) (tokens[i] & 3);
                int exact = (int) ((tokens[i] >>> 2) & 0x3fffffffffL);
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
            keyOf[nKeys] = key;
            weights[nKeys++] = bits | SearchIndex.bucket(body);
        }
        groupStart[nKeys] = nForms;

        // In string order: keys, and each key's forms.
        if (groupOf.length < keys.size()) {
            groupOf = new int[Math.max(keys.size(), 2 * groupOf.length)];
        }
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
            for (int f = groupStart[g]; f < groupStart[g + 1]; f++) {
                variants[v++] = forms[f];
            }
            if (v - variantStart[i] > 1) {
                Arrays.sort(variants, variantStart[i], v);
            }
        }
        variantStart[nKeys] = v;

        long[] distinct = new long[nPairs]; // first index << 32 | second index, then the weight
        int nDistinct = 0;
        Arrays.sort(pairs, 0, nPairs);
        for (int i = 0; i < nPairs; ) {
            long pr = pairs[i] >>> 2;
            int w = 0;
            for (; i < nPairs && pairs[i] >>> 2 == pr; i++) {
                int field = (int) (pairs[i] & 3);
                w |= field == 2 ? SearchIndex.PAIR_TITLE : field == 1 ? SearchIndex.PAIR_META : SearchIndex.PAIR_BODY;
            }
            long first = groupOf[(int) (pr >>> 32)];
            long second = groupOf[(int) (pr & 0xffffffffL)];
            distinct[nDistinct] = first << 35 | second << 3 | w;
            nDistinct++;
        }
        Arrays.sort(distinct, 0, nDistinct);
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
}

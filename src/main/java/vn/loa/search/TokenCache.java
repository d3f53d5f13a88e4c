package vn.loa.search;

import java.util.function.Function;

/**
 * Tokens as written and their forms, found by the characters of the text they are read from,
 * so that a token met before costs no new string: an open-addressing table, for one thread.
 */
final class TokenCache implements SearchText.Forms {
    private final Function<String, SearchText.Form> make;
    private String[] raws = new String[4096];
    private SearchText.Form[] forms = new SearchText.Form[4096];
    private int[] hashes = new int[4096];
    private int size;

    TokenCache(Function<String, SearchText.Form> make) {
        this.make = make;
    }

    /** How many tokens as written it remembers. */
    int size() {
        return size;
    }

    @Override
    public SearchText.Form of(String s, int start, int end, int h) {
        int mask = raws.length - 1;
        int len = end - start;
        int at = (h ^ (h >>> 16)) & mask;
        for (String r = raws[at]; r != null; r = raws[at]) {
            if (hashes[at] == h && r.length() == len && s.regionMatches(start, r, 0, len)) {
                return forms[at];
            }
            at = (at + 1) & mask;
        }
        String raw = s.substring(start, end);
        SearchText.Form f = make.apply(raw);
        raws[at] = raw;
        forms[at] = f;
        hashes[at] = h;
        if (++size * 2 > raws.length) {
            grow();
        }
        return f;
    }

    private void grow() {
        String[] oldRaws = raws;
        SearchText.Form[] oldForms = forms;
        int[] oldHashes = hashes;
        raws = new String[oldRaws.length * 2];
        forms = new SearchText.Form[oldRaws.length * 2];
        hashes = new int[oldRaws.length * 2];
        int mask = raws.length - 1;
        for (int i = 0; i < oldRaws.length; i++) {
            if (oldRaws[i] != null) {
                int at = (oldHashes[i] ^ (oldHashes[i] >>> 16)) & mask;
                while (raws[at] != null) {
                    at = (at + 1) & mask;
                }
                raws[at] = oldRaws[i];
                forms[at] = oldForms[i];
                hashes[at] = oldHashes[i];
            }
        }
    }
}

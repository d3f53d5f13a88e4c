package vn.loa.load;

import java.util.List;

/**
 * One copy of a value that many pages repeat (a tag, a campaign, a unit, a place, a signer),
 * shared by every page that gives it, whether read from its file or from the build cache: a site
 * of 100,000 pages held a copy of each per page. Only values that repeat are shared: the JVM keeps
 * one table of them ({@link String#intern}).
 */
final class Shared {

    private Shared() {
    }

    static String of(String s) {
        return s == null ? null : s.intern();
    }

    /** An unmodifiable list of the shared copies. */
    static List<String> of(List<String> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        String[] out = new String[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i).intern();
        }
        return List.of(out);
    }
}

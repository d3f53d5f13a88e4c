package vn.loa.search;

/**
 * Non-negative integers as short runs of characters that need no escaping in JSON: each
 * character of the alphabet {@code A–Z a–z 0–9 - _} carries 5 bits, low bits first; characters
 * 32–63 of the alphabet say that more follow. 0–31 take one character, up to 1023 two.
 */
public final class Varint {

    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final int[] VALUE = new int[128];

    static {
        java.util.Arrays.fill(VALUE, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUE[ALPHABET.charAt(i)] = i;
        }
    }

    private Varint() {
    }

    public static void write(long v, StringBuilder sb) {
        if (v < 0) {
            throw new IllegalArgumentException("negative: " + v);
        }
        while (v >= 32) {
            sb.append(ALPHABET.charAt(32 + (int) (v & 31)));
            v >>>= 5;
        }
        sb.append(ALPHABET.charAt((int) v));
    }

    /** Reads numbers from a string in order. */
    public static final class Reader {
        private final String s;
        private int pos;

        public Reader(String s) {
            this.s = s;
        }

        public boolean hasNext() {
            return pos < s.length();
        }

        public long next() {
            long v = 0;
            int shift = 0;
            while (true) {
                char c = s.charAt(pos++);
                int d = c < 128 ? VALUE[c] : -1;
                if (d < 0) {
                    throw new IllegalArgumentException("not a number character: '" + c + "' at " + (pos - 1));
                }
                v |= (long) (d & 31) << shift;
                if (d < 32) {
                    return v;
                }
                shift += 5;
            }
        }
    }
}

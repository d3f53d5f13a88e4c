package vn.loa.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The postings of the phrase pairs while an index is built: per pair a growing array of
 * variable-length integers (7 bits a byte), the id gap then the weight of each page; no object per
 * pair or per posting. Also the two helpers that write and read those integers.
 */
final class PostingBytes {

    /**
     * By list: its bytes, of which the first four are the last page id added and the next four
     * where the postings end, so that adding to a list reads one array (the postings of a page's
     * pairs are spread over thousands of lists: each array touched is a likely cache miss).
     */
    private byte[][] data = new byte[1024][];
    private int lists;

    private static final int HEAD = 8;

    /** A new, empty list; its number. */
    int newList() {
        int n = lists++;
        if (n == data.length) {
            data = Arrays.copyOf(data, 2 * n);
        }
        byte[] d = new byte[HEAD + 8];
        setInt(d, 0, -1);
        setInt(d, 4, HEAD);
        data[n] = d;
        return n;
    }

    int lists() {
        return lists;
    }

    /** Adds a page, with an id greater than the last one of the list. */
    void add(int list, int id, int weight) {
        byte[] d = data[list];
        int lastId = getInt(d, 0);
        int at = getInt(d, 4);
        if (d.length - at < 6) {
            d = Arrays.copyOf(d, d.length + Math.max(8, d.length / 2));
            data[list] = d;
        }
        at = put(d, at, id - lastId);
        d[at++] = (byte) weight;
        setInt(d, 0, id);
        setInt(d, 4, at);
    }

    /** A list as the index writes a pair's postings: a JSON string of {@link Varint}s; lets the list go. */
    byte[] json(int list) {
        byte[] d = data[list];
        int end = getInt(d, 4);
        StringBuilder p = new StringBuilder(end + 2).append('"');
        long[] at = {HEAD};
        while (at[0] < end) {
            Varint.write(get(d, at), p);
            Varint.write(d[(int) at[0]++] & 0xff, p);
        }
        data[list] = null;
        return p.append('"').toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static int getInt(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | b[at + 3] << 24;
    }

    private static void setInt(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }

    /** Writes a non-negative number at {@code at}, 7 bits a byte, low bits first; where it ends. */
    static int put(byte[] b, int at, long v) {
        while ((v & ~0x7fL) != 0) {
            b[at++] = (byte) ((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        b[at++] = (byte) v;
        return at;
    }

    /** Reads a number that {@link #put} wrote at {@code at[0]}, and moves {@code at[0]} past it. */
    static long get(byte[] b, long[] at) {
        long v = 0;
        int i = (int) at[0];
        for (int shift = 0; ; shift += 7) {
            byte x = b[i++];
            v |= (long) (x & 0x7f) << shift;
            if (x >= 0) {
                at[0] = i;
                return v;
            }
        }
    }
}

package vn.loa.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The postings of the phrase pairs while an index is built: per pair a growing array of
 * variable-length integers (7 bits a byte), the id gap then the weight of each page; no object per
 * pair or per posting. Also the two helpers that write and read those integers.
 */
final class PostingBytes {

    private byte[][] data = new byte[1024][];
    private int[] length = new int[1024];
    private int[] lastId = new int[1024];
    private int lists;

    /** A new, empty list; its number. */
    int newList() {
        int n = lists++;
        if (n == data.length) {
            data = Arrays.copyOf(data, 2 * n);
            length = Arrays.copyOf(length, 2 * n);
            lastId = Arrays.copyOf(lastId, 2 * n);
        }
        data[n] = new byte[4];
        lastId[n] = -1;
        return n;
    }

    int lists() {
        return lists;
    }

    /** Adds a page, with an id greater than the last one of the list. */
    void add(int list, int id, int weight) {
        byte[] d = data[list];
        int at = length[list];
        if (d.length - at < 6) {
            d = Arrays.copyOf(d, d.length + Math.max(8, d.length / 2));
            data[list] = d;
        }
        at = put(d, at, id - lastId[list]);
        d[at++] = (byte) weight;
        length[list] = at;
        lastId[list] = id;
    }

    /** A list as the index writes a pair's postings: a JSON string of {@link Varint}s; lets the list go. */
    byte[] json(int list) {
        byte[] d = data[list];
        int end = length[list];
        StringBuilder p = new StringBuilder(end + 2).append('"');
        long[] at = {0};
        while (at[0] < end) {
            Varint.write(get(d, at), p);
            Varint.write(d[(int) at[0]++] & 0xff, p);
        }
        data[list] = null;
        return p.append('"').toString().getBytes(StandardCharsets.US_ASCII);
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

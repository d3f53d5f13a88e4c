package vn.loa.search;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * What the search index keeps of one document's text: its analysis, made once when the page is
 * read, so that the index can be built without the text. Independent of any other document and of
 * any build (no numbers shared with other documents), so it can be kept in a cache on disk.
 *
 * <ul>
 * <li>per distinct syllable key (folded, {@link SearchText#fold}), in string order: the key, its
 * weight ({@code 8} in the title, {@code 4} in the meta, plus the body count bucket 0–3, see
 * {@link SearchIndex}) and the exact forms met (lower case NFC), in string order;</li>
 * <li>per phrase pair, in the order of its two keys: the two keys (as positions in the list
 * above) and the pair's weight ({@code 4} title, {@code 2} meta, {@code 1} body).</li>
 * </ul>
 *
 * <p>Made from a {@link SearchDoc} ({@link #of(SearchDoc)}) or from the three texts
 * ({@link #of(String, List, String)}); safe to make from several threads at once. Written with
 * {@link #write(DataOutput)} and read back with {@link #read(DataInput)}: a format byte, then the
 * keys (each as the bytes it shares with the previous key's UTF-8 and the rest), their weights and
 * forms (a form equal to its key costs one byte), then the pairs, with unsigned variable-length
 * integers (7 bits a byte). Reading checks the structure (sizes, order, ranges, UTF-8) and allocates
 * only as the bytes arrive, so a cut or corrupt stream gives an {@link IOException}, never a huge
 * allocation; whether the bytes are the ones written is the container's check (the build cache's
 * checksum).
 *
 * <p>A {@link SearchIndexBuilder} takes these, one per document, in id order.
 */
public final class DocTerms {

    /** The first byte of the written form; another value is refused. */
    static final int FORMAT = 1;
    /** The longest key or form read back, in UTF-8 bytes. */
    static final int MAX_STRING = 1 << 20;

    final String[] keys;
    final byte[] weights;
    /** Key {@code i}'s forms are {@code variants[variantStart[i]]} to {@code variants[variantStart[i + 1]]}. */
    final int[] variantStart;
    final String[] variants;
    final int[] pairFirst;
    final int[] pairSecond;
    final byte[] pairWeights;

    DocTerms(String[] keys, byte[] weights, int[] variantStart, String[] variants, int[] pairFirst, int[] pairSecond,
             byte[] pairWeights) {
        this.keys = keys;
        this.weights = weights;
        this.variantStart = variantStart;
        this.variants = variants;
        this.pairFirst = pairFirst;
        this.pairSecond = pairSecond;
        this.pairWeights = pairWeights;
    }

    /** The analysis of a document's title, meta and body. */
    public static DocTerms of(SearchDoc d) {
        return of(d.title(), d.meta(), d.body());
    }

    /**
     * The analysis of a document's texts, as {@link SearchDoc} names them: each string of
     * {@code meta} is a phrase of its own. Null texts are empty.
     */
    public static DocTerms of(String title, List<String> meta, String body) {
        return TermAnalyser.get().analyse(title, meta, body);
    }

    /** The number of distinct syllable keys. */
    public int keyCount() {
        return keys.length;
    }

    /** The number of distinct phrase pairs. */
    public int pairCount() {
        return pairWeights.length;
    }

    /** Key {@code i}, in string order. */
    public String key(int i) {
        return keys[i];
    }

    /** Key {@code i}'s weight. */
    public int weight(int i) {
        return weights[i];
    }

    /** Key {@code i}'s exact forms, in string order. */
    public List<String> variants(int i) {
        return List.of(Arrays.copyOfRange(variants, variantStart[i], variantStart[i + 1]));
    }

    /** Pair {@code i}: its two keys joined with a space, as the index names it. */
    public String pair(int i) {
        return keys[pairFirst[i]] + " " + keys[pairSecond[i]];
    }

    /** Pair {@code i}'s weight. */
    public int pairWeight(int i) {
        return pairWeights[i];
    }

    public void write(DataOutput out) throws IOException {
        out.writeByte(FORMAT);
        writeNumber(out, keys.length);
        byte[] previous = new byte[0];
        for (int i = 0; i < keys.length; i++) {
            byte[] key = keys[i].getBytes(StandardCharsets.UTF_8);
            int shared = 0;
            int most = Math.min(previous.length, key.length);
            while (shared < most && previous[shared] == key[shared]) {
                shared++;
            }
            writeNumber(out, shared);
            writeNumber(out, key.length - shared);
            out.write(key, shared, key.length - shared);
            out.writeByte(weights[i]);
            writeNumber(out, variantStart[i + 1] - variantStart[i]);
            for (int v = variantStart[i]; v < variantStart[i + 1]; v++) {
                if (variants[v].equals(keys[i])) {
                    writeNumber(out, 0);
                } else {
                    byte[] form = variants[v].getBytes(StandardCharsets.UTF_8);
                    writeNumber(out, form.length + 1);
                    out.write(form);
                }
            }
            previous = key;
        }
        writeNumber(out, pairWeights.length);
        int lastFirst = 0;
        for (int i = 0; i < pairWeights.length; i++) {
            writeNumber(out, pairFirst[i] - lastFirst);
            writeNumber(out, pairSecond[i]);
            out.writeByte(pairWeights[i]);
            lastFirst = pairFirst[i];
        }
    }

    /**
     * Reads what {@link #write} wrote.
     *
     * @throws IOException when the stream ends early or does not hold a well-formed analysis
     */
    public static DocTerms read(DataInput in) throws IOException {
        int format = in.readUnsignedByte();
        if (format != FORMAT) {
            throw new IOException("search terms: format " + format + ", expected " + FORMAT);
        }
        int nKeys = readCount(in);
        String[] keys = new String[Math.min(nKeys, 256)];
        byte[] weights = new byte[keys.length];
        int[] variantStart = new int[keys.length + 1];
        String[] variants = new String[keys.length];
        int nVariants = 0;
        byte[] previous = new byte[0];
        for (int i = 0; i < nKeys; i++) {
            if (i == keys.length) {
                int n = Math.min(nKeys, keys.length * 2);
                keys = Arrays.copyOf(keys, n);
                weights = Arrays.copyOf(weights, n);
                variantStart = Arrays.copyOf(variantStart, n + 1);
            }
            int shared = readCount(in);
            int rest = readCount(in);
            if (shared > previous.length || (long) shared + rest > MAX_STRING || shared + rest == 0) {
                throw new IOException("search terms: a key of " + shared + " + " + rest + " bytes");
            }
            byte[] key = Arrays.copyOf(previous, shared + rest);
            in.readFully(key, shared, rest);
            keys[i] = utf8(key);
            if (i > 0 && keys[i].compareTo(keys[i - 1]) <= 0) {
                throw new IOException("search terms: keys out of order");
            }
            weights[i] = in.readByte();
            if (weights[i] < 1 || weights[i] > (SearchIndex.TITLE | SearchIndex.META | 3)) {
                throw new IOException("search terms: weight " + weights[i]);
            }
            int forms = readCount(in);
            if (forms == 0) {
                throw new IOException("search terms: a key without forms");
            }
            variantStart[i] = nVariants;
            for (int f = 0; f < forms; f++) {
                int length = readCount(in) - 1;
                String form;
                if (length < 0) {
                    form = keys[i];
                } else if (length == 0 || length > MAX_STRING) {
                    throw new IOException("search terms: a form of " + length + " bytes");
                } else {
                    byte[] bytes = new byte[length];
                    in.readFully(bytes);
                    form = utf8(bytes);
                }
                if (f > 0 && form.compareTo(variants[nVariants - 1]) <= 0) {
                    throw new IOException("search terms: forms out of order");
                }
                if (nVariants == variants.length) {
                    variants = Arrays.copyOf(variants, variants.length * 2 + 1);
                }
                variants[nVariants++] = form;
            }
            previous = key;
        }
        variantStart[nKeys] = nVariants;
        int nPairs = readCount(in);
        int[] pairFirst = new int[Math.min(nPairs, 256)];
        int[] pairSecond = new int[pairFirst.length];
        byte[] pairWeights = new byte[pairFirst.length];
        int first = 0;
        long last = -1;
        for (int i = 0; i < nPairs; i++) {
            if (i == pairFirst.length) {
                int n = Math.min(nPairs, pairFirst.length * 2);
                pairFirst = Arrays.copyOf(pairFirst, n);
                pairSecond = Arrays.copyOf(pairSecond, n);
                pairWeights = Arrays.copyOf(pairWeights, n);
            }
            first += readCount(in);
            int second = readCount(in);
            int weight = in.readByte();
            long both = (long) first << 32 | second;
            if (first >= nKeys || second >= nKeys || both <= last) {
                throw new IOException("search terms: pair " + first + ", " + second + " of " + nKeys + " keys");
            }
            if (weight < 1 || weight > (SearchIndex.PAIR_TITLE | SearchIndex.PAIR_META | SearchIndex.PAIR_BODY)) {
                throw new IOException("search terms: pair weight " + weight);
            }
            pairFirst[i] = first;
            pairSecond[i] = second;
            pairWeights[i] = (byte) weight;
            last = both;
        }
        return new DocTerms(Arrays.copyOf(keys, nKeys), Arrays.copyOf(weights, nKeys), Arrays.copyOf(variantStart, nKeys + 1),
                Arrays.copyOf(variants, nVariants), Arrays.copyOf(pairFirst, nPairs), Arrays.copyOf(pairSecond, nPairs),
                Arrays.copyOf(pairWeights, nPairs));
    }

    private static String utf8(byte[] bytes) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("search terms: not UTF-8", e);
        }
    }

    /** An unsigned number, 7 bits a byte, low bits first. */
    private static void writeNumber(DataOutput out, int n) throws IOException {
        while ((n & ~0x7f) != 0) {
            out.writeByte((n & 0x7f) | 0x80);
            n >>>= 7;
        }
        out.writeByte(n);
    }

    /** A number written by {@link #writeNumber}: a count or a size, at most {@link Integer#MAX_VALUE}. */
    private static int readCount(DataInput in) throws IOException {
        int n = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            n |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                if (n < 0 || (shift == 28 && b > 7)) {
                    throw new IOException("search terms: a number too large");
                }
                return n;
            }
        }
        throw new IOException("search terms: a number too long");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocTerms t && Arrays.equals(keys, t.keys) && Arrays.equals(weights, t.weights)
                && Arrays.equals(variantStart, t.variantStart) && Arrays.equals(variants, t.variants)
                && Arrays.equals(pairFirst, t.pairFirst) && Arrays.equals(pairSecond, t.pairSecond)
                && Arrays.equals(pairWeights, t.pairWeights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(keys) * 31 + Arrays.hashCode(pairFirst) * 17 + Arrays.hashCode(pairSecond);
    }

    @Override
    public String toString() {
        return "DocTerms[" + keys.length + " keys, " + pairWeights.length + " pairs]";
    }
}

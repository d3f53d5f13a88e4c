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
 * {@link #write(DataOutput)} and read back with {@link #read(DataInput)}, one after another in a
 * stream: a format byte ({@value #FORMAT}), the length of the rest, then the keys (each as the bytes
 * it shares with the previous key's UTF-8 and the rest), each with its weight and number of forms in
 * one integer and its forms (a form equal to its key costs one byte), then the pairs (the first key's
 * step from the previous pair's with the weight, the second key), all integers unsigned and
 * variable-length (7 bits a byte): 1.25 KB a document on average on the bench corpus. Reading checks
 * the structure (sizes, order, ranges, UTF-8, nothing left over) and allocates only as the bytes
 * arrive, so a cut or corrupt stream gives an {@link IOException}, never a huge allocation; whether
 * the bytes are the ones written is the container's check (the build cache's checksum). Another
 * {@link #FORMAT} is refused: a cache that keeps these should name the format in its key.
 *
 * <p>A {@link SearchIndexBuilder} takes these, one per document, in id order.
 */
public final class DocTerms {

    /** The first byte of the written form; another value is refused. */
    public static final int FORMAT = 1;
    /** The most bytes one analysis may take, written; a longer one is refused when read. */
    static final int MAX_BYTES = 1 << 28;

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
        return TermAnalyser.get().analyse(title, meta == null ? List.of() : meta, body);
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

    /** The analysis as {@link #write} writes it, for a cache that keeps it as bytes. */
    public byte[] toBytes() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(64 + keys.length * 8 + pairWeights.length * 3);
        try {
            write(new java.io.DataOutputStream(bytes));
        } catch (IOException e) {
            throw new IllegalStateException("search terms too big to keep", e);
        }
        return bytes.toByteArray();
    }

    /** Reads what {@link #toBytes} gave. */
    public static DocTerms fromBytes(byte[] bytes) throws IOException {
        return read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes)));
    }

    /** Writes the analysis: {@link #FORMAT}, the length of the rest, the rest (see the class comment). */
    public void write(DataOutput out) throws IOException {
        Out body = new Out(16 + keys.length * 8 + pairWeights.length * 3);
        body.number(keys.length);
        byte[] previous = new byte[0];
        for (int i = 0; i < keys.length; i++) {
            byte[] key = keys[i].getBytes(StandardCharsets.UTF_8);
            int shared = 0;
            int most = Math.min(previous.length, key.length);
            while (shared < most && previous[shared] == key[shared]) {
                shared++;
            }
            body.number(shared);
            body.number(key.length - shared);
            body.bytes(key, shared, key.length - shared);
            body.number((variantStart[i + 1] - variantStart[i]) << 4 | weights[i]);
            for (int v = variantStart[i]; v < variantStart[i + 1]; v++) {
                if (variants[v].equals(keys[i])) {
                    body.number(0);
                } else {
                    byte[] form = variants[v].getBytes(StandardCharsets.UTF_8);
                    body.number(form.length + 1);
                    body.bytes(form, 0, form.length);
                }
            }
            previous = key;
        }
        body.number(pairWeights.length);
        int lastFirst = 0;
        for (int i = 0; i < pairWeights.length; i++) {
            body.number((pairFirst[i] - lastFirst) << 3 | pairWeights[i]);
            body.number(pairSecond[i]);
            lastFirst = pairFirst[i];
        }
        if (body.length > MAX_BYTES) {
            throw new IOException("search terms: " + body.length + " bytes, more than " + MAX_BYTES);
        }
        Out head = new Out(6);
        head.bytes[head.length++] = FORMAT;
        head.number(body.length);
        out.write(head.bytes, 0, head.length);
        out.write(body.bytes, 0, body.length);
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
        int length = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            length |= (b & 0x7f) << shift;
            if (b < 0x80) {
                break;
            }
            if (shift == 21) {
                throw new IOException("search terms: longer than " + MAX_BYTES + " bytes");
            }
        }
        if (length > MAX_BYTES) {
            throw new IOException("search terms: " + length + " bytes, more than " + MAX_BYTES);
        }
        // Read as the bytes arrive: a length that lies costs no more than the bytes there are.
        byte[] bytes = new byte[Math.min(length, 1 << 16)];
        in.readFully(bytes);
        while (bytes.length < length) {
            int from = bytes.length;
            bytes = Arrays.copyOf(bytes, (int) Math.min(length, 2L * from));
            in.readFully(bytes, from, bytes.length - from);
        }
        return parse(new In(bytes));
    }

    private static DocTerms parse(In in) throws IOException {
        int nKeys = in.count();
        if (nKeys > in.left()) {
            throw new IOException("search terms: " + nKeys + " keys in " + in.left() + " bytes");
        }
        String[] keys = new String[nKeys];
        byte[] weights = new byte[nKeys];
        int[] variantStart = new int[nKeys + 1];
        String[] variants = new String[nKeys];
        int nVariants = 0;
        byte[] key = new byte[64];
        int keyLength = 0;
        for (int i = 0; i < nKeys; i++) {
            int shared = in.count();
            int rest = in.count();
            if (shared > keyLength || shared + rest == 0 || rest > in.left()) {
                throw new IOException("search terms: a key of " + shared + " + " + rest + " bytes");
            }
            if (shared + rest > key.length) {
                key = Arrays.copyOf(key, shared + rest);
            }
            System.arraycopy(in.bytes, in.at, key, shared, rest);
            in.at += rest;
            keyLength = shared + rest;
            keys[i] = in.string(key, 0, keyLength);
            if (i > 0 && keys[i].compareTo(keys[i - 1]) <= 0) {
                throw new IOException("search terms: keys out of order");
            }
            int formsAndWeight = in.count();
            int weight = formsAndWeight & 15;
            int forms = formsAndWeight >>> 4;
            if (weight == 0 || forms == 0 || forms > in.left()) {
                throw new IOException("search terms: weight " + weight + ", " + forms + " forms");
            }
            weights[i] = (byte) weight;
            variantStart[i] = nVariants;
            if (nVariants + forms > variants.length) {
                variants = Arrays.copyOf(variants, Math.max(nVariants + forms, variants.length * 2));
            }
            for (int f = 0; f < forms; f++) {
                int length = in.count() - 1;
                String form;
                if (length < 0) {
                    form = keys[i];
                } else if (length == 0 || length > in.left()) {
                    throw new IOException("search terms: a form of " + length + " bytes");
                } else {
                    form = in.string(in.bytes, in.at, length);
                    in.at += length;
                }
                if (f > 0 && form.compareTo(variants[nVariants - 1]) <= 0) {
                    throw new IOException("search terms: forms out of order");
                }
                variants[nVariants++] = form;
            }
        }
        variantStart[nKeys] = nVariants;
        int nPairs = in.count();
        if (nPairs > in.left()) {
            throw new IOException("search terms: " + nPairs + " pairs in " + in.left() + " bytes");
        }
        int[] pairFirst = new int[nPairs];
        int[] pairSecond = new int[nPairs];
        byte[] pairWeights = new byte[nPairs];
        int first = 0;
        long last = -1;
        for (int i = 0; i < nPairs; i++) {
            int firstAndWeight = in.count();
            first += firstAndWeight >>> 3;
            int weight = firstAndWeight & 7;
            int second = in.count();
            long both = (long) first << 32 | second;
            if (first < 0 || first >= nKeys || second >= nKeys || both <= last || weight == 0) {
                throw new IOException("search terms: pair " + first + ", " + second + " of " + nKeys + " keys, weight " + weight);
            }
            pairFirst[i] = first;
            pairSecond[i] = second;
            pairWeights[i] = (byte) weight;
            last = both;
        }
        if (in.left() != 0) {
            throw new IOException("search terms: " + in.left() + " bytes too many");
        }
        return new DocTerms(keys, weights, variantStart, Arrays.copyOf(variants, nVariants), pairFirst, pairSecond, pairWeights);
    }

    /** A growing array of bytes that numbers are written to. */
    private static final class Out {
        byte[] bytes;
        int length;

        Out(int capacity) {
            bytes = new byte[capacity];
        }

        /** A non-negative int, 7 bits a byte, low bits first. */
        void number(int n) {
            if (bytes.length - length < 5) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2 + 5);
            }
            while ((n & ~0x7f) != 0) {
                bytes[length++] = (byte) ((n & 0x7f) | 0x80);
                n >>>= 7;
            }
            bytes[length++] = (byte) n;
        }

        void bytes(byte[] b, int from, int count) {
            if (bytes.length - length < count) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
            }
            System.arraycopy(b, from, bytes, length, count);
            length += count;
        }
    }

    /** Bytes read, with the checks that refuse a number or a string that cannot be. */
    private static final class In {
        final byte[] bytes;
        int at;

        In(byte[] bytes) {
            this.bytes = bytes;
        }

        int left() {
            return bytes.length - at;
        }

        /** A number {@link Out#number} wrote: a count or a size. */
        int count() throws IOException {
            int n = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                if (at == bytes.length) {
                    throw new IOException("search terms: cut short");
                }
                int b = bytes[at++] & 0xff;
                n |= (b & 0x7f) << shift;
                if (b < 0x80) {
                    if (n < 0 || (shift == 28 && b > 7)) {
                        throw new IOException("search terms: a number too large");
                    }
                    return n;
                }
            }
            throw new IOException("search terms: a number too long");
        }

        /** UTF-8, refused when malformed (the fast decoder writes U+FFFD for what it cannot read). */
        String string(byte[] b, int from, int length) throws IOException {
            String s = new String(b, from, length, StandardCharsets.UTF_8);
            if (s.indexOf('\ufffd') >= 0) {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, length));
                } catch (CharacterCodingException e) {
                    throw new IOException("search terms: not UTF-8", e);
                }
            }
            return s;
        }
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

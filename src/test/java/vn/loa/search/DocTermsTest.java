package vn.loa.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document's analysis: what it holds, and how it is written and read back. */
class DocTermsTest {

    private static final DocTerms SAMPLE = DocTerms.of("Đổi mới sáng tạo",
            List.of("đổi mới", "Khoa học – công nghệ"), "Doi moi, doi moi. Sáng tạo sáng tạo sáng tạo sáng tạo.");

    @Test
    void keysAndPairsInStringOrderWithTheirWeightsAndForms() {
        List<String> keys = java.util.stream.IntStream.range(0, SAMPLE.keyCount()).mapToObj(SAMPLE::key).toList();
        assertEquals(List.of("cong", "doi", "hoc", "khoa", "moi", "nghe", "sang", "tao"), keys);
        int doi = keys.indexOf("doi");
        // title and meta, and twice in the body
        assertEquals(SearchIndex.TITLE | SearchIndex.META | 2, SAMPLE.weight(doi));
        assertEquals(List.of("doi", "đổi"), SAMPLE.variants(doi));
        int sang = keys.indexOf("sang");
        assertEquals(SearchIndex.TITLE | 3, SAMPLE.weight(sang));
        assertEquals(List.of("sáng"), SAMPLE.variants(sang));
        List<String> pairs = java.util.stream.IntStream.range(0, SAMPLE.pairCount()).mapToObj(SAMPLE::pair).toList();
        assertEquals(List.of("cong nghe", "doi moi", "hoc cong", "khoa hoc", "moi sang", "sang tao", "tao sang"), pairs);
        assertEquals(SearchIndex.PAIR_TITLE | SearchIndex.PAIR_META | SearchIndex.PAIR_BODY, SAMPLE.pairWeight(pairs.indexOf("doi moi")));
        assertEquals(SearchIndex.PAIR_META, SAMPLE.pairWeight(pairs.indexOf("hoc cong")));
    }

    @Test
    void aSearchDocAndItsPartsGiveTheSameTerms() {
        SearchDoc d = SearchFixtures.doc("plan", "Kế hoạch 52/KH-SKHCN", List.of("ngày hội", "Sở KH&CN"), "Nội dung kế hoạch.", null, 2024);
        assertEquals(DocTerms.of(d.title(), d.meta(), d.body()), DocTerms.of(d));
    }

    @Test
    void writtenAndReadBackItIsTheSame() throws IOException {
        byte[] bytes = bytes(SAMPLE);
        assertEquals(SAMPLE, read(bytes));
        assertArrayEquals(bytes, bytes(read(bytes)));
        DocTerms empty = DocTerms.of("", List.of(), "");
        assertEquals(0, empty.keyCount());
        assertEquals(empty, read(bytes(empty)));
    }

    @Test
    void manyInOneStreamAreReadOneAtATime() throws IOException {
        List<DocTerms> all = List.of(SAMPLE, DocTerms.of("Ngày hội", List.of(), "ΣΊΣΥΦΟΣ 𝐀 đ̀"), DocTerms.of(null, List.of(), null));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(buffer);
        for (DocTerms t : all) {
            t.write(out);
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(buffer.toByteArray()));
        for (DocTerms t : all) {
            assertEquals(t, DocTerms.read(in));
        }
        assertEquals(-1, in.read());
    }

    @Test
    void aCutStreamIsRefused() {
        byte[] bytes = bytes(SAMPLE);
        for (int n = 0; n < bytes.length; n++) {
            byte[] cut = java.util.Arrays.copyOf(bytes, n);
            assertThrows(IOException.class, () -> read(cut), "cut at " + n);
        }
    }

    @Test
    void aCorruptStreamGivesAnIOExceptionOrAWellFormedValue() {
        byte[] bytes = bytes(SAMPLE);
        java.util.Random random = new java.util.Random(12);
        for (int i = 0; i < bytes.length; i++) {
            for (int flip : new int[] {0x01, 0x80, 0xff, random.nextInt(255) + 1}) {
                byte[] bad = bytes.clone();
                bad[i] ^= (byte) flip;
                try {
                    DocTerms t = read(bad);
                    // Undetected: still well formed, so it writes and reads back the same.
                    assertEquals(t, read(bytes(t)));
                } catch (IOException expected) {
                    // refused
                } catch (RuntimeException e) {
                    fail("byte " + i + " ^ " + flip + ": " + e, e);
                }
            }
        }
    }

    @Test
    void hugeCountsAllocateNothingAndAreRefused() {
        // 2^31 - 1 keys, then nothing.
        assertThrows(IOException.class, () -> read(blob(0xff, 0xff, 0xff, 0xff, 0x07)));
        // A length of 2^28 - 1 bytes, and none of them.
        assertThrows(IOException.class, () -> read(new byte[] {1, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f}));
        // A length beyond the most, a count beyond an int, and a number that never ends.
        assertThrows(IOException.class, () -> read(new byte[] {1, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f}));
        assertThrows(IOException.class, () -> read(blob(0xff, 0xff, 0xff, 0xff, 0x7f)));
        assertThrows(IOException.class, () -> read(blob(0x80, 0x80, 0x80, 0x80, 0x80, 0)));
        // One key of a gigabyte.
        assertThrows(IOException.class, () -> read(blob(1, 0, 0x80, 0x80, 0x80, 0x80, 0x04)));
        // Another format.
        assertThrows(IOException.class, () -> read(new byte[] {2, 2, 0, 0}));
    }

    @Test
    void keysOutOfOrderOrPairsBeyondTheKeysAreRefused() throws IOException {
        int oneFormWeightOne = 1 << 4 | 1;
        // Two keys, "b" then "a", no pairs.
        assertThrows(IOException.class, () -> read(blob(2, 0, 1, 'b', oneFormWeightOne, 0, 0, 1, 'a', oneFormWeightOne, 0, 0)));
        // One key "a", and a pair of keys 0 and 1.
        assertThrows(IOException.class, () -> read(blob(1, 0, 1, 'a', oneFormWeightOne, 0, 1, 1, 1)));
        // Not UTF-8.
        assertThrows(IOException.class, () -> read(blob(1, 0, 1, 0xc3, oneFormWeightOne, 0, 0)));
        // A byte too many.
        assertThrows(IOException.class, () -> read(blob(1, 0, 1, 'a', oneFormWeightOne, 0, 0, 0)));
        // Well formed: the pair "a a" of weight 1.
        DocTerms t = read(blob(1, 0, 1, 'a', oneFormWeightOne, 0, 1, 1, 0));
        assertEquals("a a", t.pair(0));
        assertEquals(List.of("a"), t.variants(0));
    }

    /** The format byte, the length, then these bytes. */
    private static byte[] blob(int... body) {
        byte[] out = new byte[body.length + 2];
        out[0] = DocTerms.FORMAT;
        out[1] = (byte) body.length;
        for (int i = 0; i < body.length; i++) {
            out[i + 2] = (byte) body[i];
        }
        return out;
    }

    static byte[] bytes(DocTerms t) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            t.write(new DataOutputStream(buffer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    static DocTerms read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        DocTerms t = DocTerms.read(in);
        if (in.read() != -1) {
            throw new IOException("bytes left over");
        }
        return t;
    }
}

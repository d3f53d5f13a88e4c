package vn.loa.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The index built document by document from their terms is the index built from their texts. */
class SearchIndexBuilderTest {

    private static final String[] ONSETS = {"", "b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu",
            "s", "t", "th", "tr", "v", "x", "D", "Đ", "Tr"};
    private static final String[] VOWELS = {"a", "à", "á", "ả", "ã", "ạ", "ă", "ắ", "ằ", "â", "ấ", "ầ", "e", "é", "ê", "ế", "ề", "i", "í",
            "o", "ó", "ô", "ố", "ơ", "ớ", "u", "ú", "ư", "ứ", "y", "ỹ", "A", "Ấ", "Ơ"};
    private static final String[] CODAS = {"", "", "n", "ng", "nh", "m", "c", "t", "i"};
    private static final String[] JOINERS = {" ", " ", " ", " – ", "-", "/", ", ", ". ", " (", ")\n", "\u00a0"};

    @Test
    void fromTermsReadBackOneAtATimeItIsTheIndexOfTheTexts() throws IOException {
        List<SearchDoc> docs = documents(new Random(7), 400);
        ByteArrayOutputStream cache = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(cache);
        List<SearchDoc> shown = new ArrayList<>();
        for (SearchDoc d : docs) {
            DocTerms.of(d).write(out);
            shown.add(d.shown()); // the texts are dropped here
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(cache.toByteArray()));
        SearchIndexBuilder builder = new SearchIndexBuilder(SearchFixtures.CAMPAIGNS, SearchIndexBuilderTest::link, SearchIndex.Options.DEFAULT);
        for (SearchDoc d : shown) {
            builder.add(d, DocTerms.read(in));
        }
        assertEquals(docs.size(), builder.size());
        SearchIndex fromTerms = builder.finish();
        SearchIndex fromTexts = SearchIndex.build(docs, SearchFixtures.CAMPAIGNS, SearchIndexBuilderTest::link);
        assertSameFiles(fromTexts, fromTerms);
        assertSameFiles(ReferenceIndex.build(docs, SearchFixtures.CAMPAIGNS, SearchIndexBuilderTest::link, SearchIndex.Options.DEFAULT), fromTerms);
        assertTrue(fromTerms.stats().termShards() > 1 && fromTerms.stats().docShards() > 1, fromTerms.stats().toString());
    }

    @Test
    void filesHeldOnDiskReadBackAsTheyWereMade() {
        List<SearchDoc> docs = documents(new Random(11), 300);
        SearchIndex plain = build(docs, Long.MAX_VALUE);
        for (long plainBytes : new long[] {0, 5_000, 60_000}) {
            SearchIndex held = build(docs, plainBytes);
            assertSameFiles(plain, held);
            Map<String, byte[]> taken = held.takeFiles();
            assertEquals(List.copyOf(plain.files().keySet()), List.copyOf(taken.keySet()));
            taken.forEach((path, bytes) -> assertArrayEquals(plain.files().get(path), bytes, path));
            assertThrows(IllegalStateException.class, held::files, "handed over once");
            assertEquals(null, held.takeFiles());
            assertEquals(plain.version(), held.version());
        }
        assertTrue(plain.stats().termShards() > 3, plain.stats().toString());
    }

    private static SearchIndex build(List<SearchDoc> docs, long plainBytes) {
        SearchIndexBuilder builder = new SearchIndexBuilder(SearchFixtures.CAMPAIGNS, SearchIndexBuilderTest::link, SearchIndex.Options.DEFAULT,
                plainBytes);
        docs.forEach(d -> builder.add(d.shown(), DocTerms.of(d)));
        return builder.finish();
    }

    @Property(tries = 150)
    void theBuilderWritesWhatTheWholeTextBuildWrote(@ForAll("documents") List<SearchDoc> docs, @ForAll("options") SearchIndex.Options options) {
        SearchIndexBuilder builder = new SearchIndexBuilder(SearchFixtures.CAMPAIGNS, SearchIndexBuilderTest::link, options);
        docs.forEach(d -> builder.add(d.shown(), DocTerms.of(d)));
        assertSameFiles(ReferenceIndex.build(docs, SearchFixtures.CAMPAIGNS, SearchIndexBuilderTest::link, options), builder.finish());
    }

    @Test
    void anyNumberOfThreadsWritesTheSameFiles() {
        // More pages than a batch of pairs, more keys than a window of keys written at once.
        List<SearchDoc> docs = documents(new Random(5), 2 * PairPostings.BATCH + 77);
        SearchIndex expected = ReferenceIndex.build(docs, SearchFixtures.CAMPAIGNS, SearchIndexBuilderTest::link, SearchIndex.Options.DEFAULT);
        assertTrue(expected.stats().syllables() + expected.stats().pairs() > 16_384, expected.stats().toString());
        for (int threads : new int[] {1, 2, 3, 5}) {
            SearchIndexBuilder builder = new SearchIndexBuilder(SearchFixtures.CAMPAIGNS, SearchIndexBuilderTest::link, SearchIndex.Options.DEFAULT,
                    Long.MAX_VALUE, threads);
            docs.forEach(d -> builder.add(d.shown(), DocTerms.of(d)));
            assertSameFiles(expected, builder.finish());
        }
    }

    @Property(tries = 80)
    void builtRangeByRangeItWritesTheSameFiles(@ForAll("documents") List<SearchDoc> docs, @ForAll("options") SearchIndex.Options options,
                                               @ForAll @net.jqwik.api.constraints.LongRange(min = 1, max = 200_000) long rangeBytes) {
        SearchIndexBuilder builder = new SearchIndexBuilder(SearchFixtures.CAMPAIGNS, SearchIndexBuilderTest::link, options);
        SearchIndex ranged = builder.build(SearchFixtures.given(docs, new int[1]), 0, rangeBytes);
        assertSameFiles(ReferenceIndex.build(docs, SearchFixtures.CAMPAIGNS, SearchIndexBuilderTest::link, options), ranged);
    }

    @Test
    void aBigIndexIsBuiltRangeByRangeAndWritesTheSameFiles() {
        List<SearchDoc> docs = documents(new Random(9), 3 * PairPostings.BATCH + 11);
        SearchIndex expected = ReferenceIndex.build(docs, SearchFixtures.CAMPAIGNS, SearchIndexBuilderTest::link, SearchIndex.Options.DEFAULT);
        for (int threads : new int[] {1, 2}) {
            int[] passes = new int[1];
            SearchIndexBuilder builder = new SearchIndexBuilder(SearchFixtures.CAMPAIGNS, SearchIndexBuilderTest::link, SearchIndex.Options.DEFAULT,
                    Long.MAX_VALUE, threads);
            assertSameFiles(expected, builder.build(SearchFixtures.given(docs, passes), 200, 40_000));
            assertTrue(passes[0] >= 1 + 3, passes[0] + " passes: the rows and counts, then one per range");
        }
        int[] once = new int[1];
        assertSameFiles(expected, new SearchIndexBuilder(SearchFixtures.CAMPAIGNS, SearchIndexBuilderTest::link, SearchIndex.Options.DEFAULT)
                .build(SearchFixtures.given(docs, once), docs.size(), 40_000));
        assertEquals(1, once[0], "a small index is built in one pass");
    }

    @Test
    void documentsThatChangeBetweenPassesMakeAnIndexWithoutFailing() {
        // serve: a page saved while its index is made by ranges; that index is dropped, but must not fail.
        List<SearchDoc> before = documents(new Random(3), 300);
        List<SearchDoc> after = new ArrayList<>(before);
        after.set(5, SearchFixtures.news("Tin mới", "xyzzy quần đảo mới toanh"));
        after.add(SearchFixtures.news("Thêm", "một trang nữa"));
        int[] passes = new int[1];
        SearchIndexBuilder.Docs changing = new SearchIndexBuilder.Docs() {
            @Override
            public int size() {
                return before.size();
            }

            @Override
            public void each(boolean rows, java.util.function.BiConsumer<SearchDoc, DocTerms> to) {
                for (SearchDoc d : passes[0]++ == 0 ? before : after) {
                    to.accept(rows ? d.shown() : null, DocTerms.of(d));
                }
            }
        };
        SearchIndex index = new SearchIndexBuilder(SearchFixtures.CAMPAIGNS, SearchIndexBuilderTest::link, SearchIndex.Options.DEFAULT)
                .build(changing, 100, 5_000);
        assertEquals(before.size(), index.stats().docs());
        assertTrue(passes[0] > 2, "built by ranges");
    }

    @Test
    void pastTheMostFormsAKeyRanksTheFirstInStringOrderAreKept() {
        // 36 forms of "da" in one document, written in reverse string order.
        List<String> forms = formsOfDa();
        List<String> sorted = forms.stream().sorted().toList();
        List<String> reversed = new ArrayList<>(sorted);
        java.util.Collections.reverse(reversed);
        String body = String.join(", ", reversed);
        SearchIndex index = SearchFixtures.index(List.of(SearchFixtures.news("Tin", body), SearchFixtures.news("Tin khác", "đa, da")));
        String terms = new String(index.files().get(SearchIndex.termShard(0)), StandardCharsets.UTF_8);
        String kept = String.join(" ", sorted.subList(0, SearchIndex.MAX_VARIANTS).stream()
                // the two of the second page first (twice met), then by string
                .sorted(java.util.Comparator.comparing((String f) -> !f.equals("da") && !f.equals("đa")).thenComparing(f -> f)).toList());
        assertTrue(terms.contains("\"da\":[\"" + kept + "\","), terms);
    }

    /** 36 forms of the key "da", more than an index keeps. */
    static List<String> formsOfDa() {
        List<String> forms = new ArrayList<>();
        for (String onset : List.of("d", "đ")) {
            for (String vowel : List.of("a", "à", "á", "ả", "ã", "ạ", "ă", "ằ", "ắ", "ẳ", "ẵ", "ặ", "â", "ầ", "ấ", "ẩ", "ẫ", "ậ")) {
                forms.add(onset + vowel);
            }
        }
        return forms;
    }

    @Test
    void aBuilderIsUsedOnce() {
        SearchIndexBuilder builder = new SearchIndexBuilder(SearchFixtures.CAMPAIGNS, SearchIndexBuilderTest::link, SearchIndex.Options.DEFAULT);
        SearchDoc d = SearchFixtures.news("Tin", "Nội dung");
        builder.add(d.shown(), DocTerms.of(d));
        assertEquals(1, builder.finish().stats().docs());
        assertThrows(IllegalStateException.class, builder::finish);
        assertThrows(IllegalStateException.class, () -> builder.add(d.shown(), DocTerms.of(d)));
        assertEquals(List.of(), d.shown().meta());
        assertEquals("", d.shown().body());
    }

    @Test
    void noDocumentsMakeAnIndexOfNone() {
        SearchIndex none = new SearchIndexBuilder(SearchFixtures.CAMPAIGNS, SearchIndexBuilderTest::link, SearchIndex.Options.DEFAULT).finish();
        assertSameFiles(SearchIndex.build(List.of(), SearchFixtures.CAMPAIGNS, SearchIndexBuilderTest::link), none);
        assertEquals(0, none.stats().docs());
    }

    static void assertSameFiles(SearchIndex expected, SearchIndex actual) {
        Map<String, byte[]> e = expected.files();
        Map<String, byte[]> a = actual.files();
        assertEquals(List.copyOf(e.keySet()), List.copyOf(a.keySet()));
        e.forEach((path, bytes) -> assertArrayEquals(bytes, a.get(path), path));
        assertEquals(expected.version(), actual.version());
        assertEquals(expected.stats(), actual.stats());
    }

    private static String link(String url) {
        return ".." + url;
    }

    @Provide
    Arbitrary<List<SearchDoc>> documents() {
        Arbitrary<String> syllable = Combinators.combine(Arbitraries.of(ONSETS), Arbitraries.of(VOWELS), Arbitraries.of(CODAS))
                .as((o, v, c) -> o + v + c);
        Arbitrary<String> word = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, syllable),
                net.jqwik.api.Tuple.of(1, syllable.map(s -> java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD))),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 3000).map(String::valueOf)));
        Arbitrary<String> text = Combinators.combine(word.list().ofMaxSize(30), Arbitraries.of(JOINERS).list().ofMaxSize(30))
                .as((words, joiners) -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) {
                        if (i > 0) {
                            sb.append(joiners.isEmpty() ? " " : joiners.get(i % joiners.size()));
                        }
                        sb.append(words.get(i));
                    }
                    return sb.toString();
                });
        Arbitrary<SearchDoc> doc = Combinators.combine(text, text.list().ofMaxSize(4), text, Arbitraries.integers().between(0, 99))
                .as((title, meta, body, n) -> document(title, meta, body, n));
        return doc.list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<SearchIndex.Options> options() {
        return Combinators.combine(Arbitraries.integers().between(1, 4000), Arbitraries.integers().between(1, 20))
                .as(SearchIndex.Options::new);
    }

    private static SearchDoc document(String title, List<String> meta, String body, int n) {
        String[] types = {"plan", "news", "page", "event"};
        String[] campaigns = {null, "ngay-sang-tao", "ngay-khcn", "khac"};
        Integer year = n % 5 == 0 ? null : 2020 + n % 5;
        return new SearchDoc(title, "/tin/" + n + "/", types[n % 4], year == null ? null : LocalDate.of(year, 1 + n % 12, 1 + n % 28),
                campaigns[n % 4], year, SearchDoc.snippet(body), meta, body);
    }

    /** Documents of random Vietnamese syllables, with and without marks, some in NFD, some numbers. */
    static List<SearchDoc> documents(Random r, int n) {
        List<SearchDoc> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> meta = new ArrayList<>();
            for (int m = r.nextInt(5); m > 0; m--) {
                meta.add(text(r, 1 + r.nextInt(8)));
            }
            out.add(document(text(r, 2 + r.nextInt(10)), meta, text(r, r.nextInt(300)), i));
        }
        return out;
    }

    private static String text(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(JOINERS[r.nextInt(JOINERS.length)]);
            }
            String s = ONSETS[r.nextInt(ONSETS.length)] + VOWELS[r.nextInt(VOWELS.length)] + CODAS[r.nextInt(CODAS.length)];
            if (r.nextInt(40) == 0) {
                s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
            } else if (r.nextInt(40) == 0) {
                s = Integer.toString(r.nextInt(3000));
            }
            sb.append(s);
        }
        return sb.toString();
    }
}

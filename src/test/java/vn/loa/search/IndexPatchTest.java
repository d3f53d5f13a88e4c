package vn.loa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The index patched after a few documents' texts changed is the index built from every document. */
class IndexPatchTest {

    @Property(tries = 120)
    void aPatchedIndexIsTheIndexBuiltAgain(@ForAll @IntRange(min = 1, max = 300) int size, @ForAll @IntRange(min = 0, max = 9999) int seed,
                                          @ForAll @IntRange(min = 1, max = 6) int edits, @ForAll("options") SearchIndex.Options options) {
        Random r = new Random(seed);
        List<SearchDoc> before = SearchIndexBuilderTest.documents(r, size);
        List<SearchDoc> after = new ArrayList<>(before);
        List<SearchDoc> texts = SearchIndexBuilderTest.documents(r, edits);
        for (SearchDoc text : texts) {
            int id = r.nextInt(size);
            SearchDoc was = after.get(id);
            // A new text: the title, meta and body of another document, and the words it keeps or drops.
            String body = r.nextBoolean() ? was.body() + " " + text.body() : text.body();
            after.set(id, new SearchDoc(r.nextInt(4) == 0 ? text.title() : was.title(), was.url(), was.type(), was.date(), was.campaign(),
                    was.year(), SearchDoc.snippet(body), r.nextBoolean() ? text.meta() : was.meta(), body));
        }
        SearchIndex expected = build(after, options);
        SearchIndex patched = patch(build(before, options).files(), before, after, options, seed % 3 == 0 ? 0 : Long.MAX_VALUE).orElseThrow();
        SearchIndexBuilderTest.assertSameFiles(expected, patched);
    }

    @Test
    void aWordAddedToOnePageIsFoundThereAndAWordTakenOutIsNot() {
        List<SearchDoc> before = List.of(SearchFixtures.news("Hội thảo đổi mới", "Sáng tạo trẻ tại tỉnh."),
                SearchFixtures.news("Ngày hội", "Triển lãm sáng tạo."));
        List<SearchDoc> after = List.of(before.get(0), SearchFixtures.news("Ngày hội", "Triển lãm robot."));
        SearchIndex patched = patch(build(before, SearchIndex.Options.DEFAULT), before, after, SearchIndex.Options.DEFAULT).orElseThrow();
        Searcher s = new Searcher(name -> patched.files().get(name));
        assertEquals(List.of(1), SearchFixtures.ids(s, "robot"));
        assertEquals(List.of(0), SearchFixtures.ids(s, "sáng tạo"));
        SearchIndexBuilderTest.assertSameFiles(build(after, SearchIndex.Options.DEFAULT), patched);
    }

    @Test
    void aKeyWithTheMostFormsIsBuiltAgainNotPatched() {
        // 30 of the 36 forms of "da" kept: the files do not say which others the builder left out.
        List<String> forms = SearchIndexBuilderTest.formsOfDa();
        List<SearchDoc> before = List.of(SearchFixtures.news("Tin", String.join(", ", forms)), SearchFixtures.news("Tin khác", "đa"));
        List<SearchDoc> after = List.of(before.get(0), SearchFixtures.news("Tin khác", "đa, dạ"));
        assertEquals(Optional.empty(), patch(build(before, SearchIndex.Options.DEFAULT), before, after, SearchIndex.Options.DEFAULT));
    }

    @Test
    void filesNotWholeOrNotOfTheseDocumentsAreNotPatched() {
        List<SearchDoc> before = SearchIndexBuilderTest.documents(new Random(4), 60);
        List<SearchDoc> after = new ArrayList<>(before);
        after.set(3, SearchFixtures.news("Tin", "hoàn toàn mới"));
        SearchIndex.Options options = new SearchIndex.Options(2000, 8);
        SearchIndex written = build(before, options);
        Map<String, byte[]> damaged = new HashMap<>(written.files());
        byte[] shard = damaged.get(SearchIndex.termShard(1)).clone();
        shard[shard.length / 2] ^= 1;
        damaged.put(SearchIndex.termShard(1), shard);
        assertEquals(Optional.empty(), patch(damaged, before, after, options), "a file that is not the one its manifest names");
        Map<String, byte[]> missing = new HashMap<>(written.files());
        missing.remove(SearchIndex.docShard(2));
        assertEquals(Optional.empty(), patch(missing, before, after, options), "a file missing");
        Map<String, byte[]> notJson = new HashMap<>(written.files());
        notJson.put(SearchIndex.MANIFEST, "{\"format\":".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), patch(notJson, before, after, options), "a manifest cut short");
        assertEquals(Optional.empty(), patch(written.files(), before, after.subList(0, 59), options), "a document fewer");
        List<SearchDoc> wrongBefore = new ArrayList<>(before);
        wrongBefore.set(3, SearchFixtures.news("Tin", "chữ không hề có trong chỉ mục xyzzy"));
        assertEquals(Optional.empty(), patch(written.files(), wrongBefore, after, options), "terms the files do not hold");
        assertTrue(patch(written.files(), before, after, options).isPresent());
    }

    private static SearchIndex build(List<SearchDoc> docs, SearchIndex.Options options) {
        SearchIndexBuilder b = new SearchIndexBuilder(SearchFixtures.CAMPAIGNS, IndexPatchTest::link, options, Long.MAX_VALUE, 1);
        docs.forEach(d -> b.add(d.shown(), DocTerms.of(d)));
        return b.finish();
    }

    private static Optional<SearchIndex> patch(SearchIndex written, List<SearchDoc> before, List<SearchDoc> after, SearchIndex.Options options) {
        return patch(written.files(), before, after, options);
    }

    /** The index of {@code after} from the files written for {@code before}, given the documents whose texts differ. */
    private static Optional<SearchIndex> patch(Map<String, byte[]> written, List<SearchDoc> before, List<SearchDoc> after,
                                               SearchIndex.Options options) {
        return patch(written, before, after, options, Long.MAX_VALUE);
    }

    /** @param plainBytes the files made held on disk past these many bytes (0: all) */
    private static Optional<SearchIndex> patch(Map<String, byte[]> written, List<SearchDoc> before, List<SearchDoc> after,
                                               SearchIndex.Options options, long plainBytes) {
        List<IndexPatch.Changed> changed = new ArrayList<>();
        for (int id = 0; id < Math.min(before.size(), after.size()); id++) {
            if (!before.get(id).equals(after.get(id))) {
                changed.add(new IndexPatch.Changed(id, DocTerms.of(before.get(id)), DocTerms.of(after.get(id)), after.get(id).shown()));
            }
        }
        return IndexPatch.apply(written::get, after.size(), changed, SearchFixtures.CAMPAIGNS, IndexPatchTest::link, options, plainBytes);
    }

    private static String link(String url) {
        return ".." + url;
    }

    @Provide
    Arbitrary<SearchIndex.Options> options() {
        return Arbitraries.of(new SearchIndex.Options(300, 3), new SearchIndex.Options(2000, 16), SearchIndex.Options.DEFAULT,
                new SearchIndex.Options(1, 1));
    }
}

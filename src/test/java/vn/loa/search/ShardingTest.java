package vn.loa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.search.SearchFixtures.index;
import static vn.loa.search.SearchFixtures.news;
import static vn.loa.search.SearchFixtures.searcher;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The index split into shards: every key in exactly one term shard, the manifest naming the
 * first key of each, a query fetching only the shards of its keys, and the postings complete
 * (checked against a brute-force reading of the documents).
 */
class ShardingTest {

    static final String[] WORDS = ("đổi mới sáng tạo khoa học công nghệ đói môi mồi mỗi mọi hội thảo tọa đàm triển lãm "
            + "doanh nghiệp khởi nghiệp tỉnh huyện Đắk Nông Hồng Lam năm 2024 2025 số 52 KH SKHCN ứng dụng chuyển giao "
            + "ngày kỷ niệm hưởng ứng chiến dịch đơn vị phòng trung tâm Quốc hội quốc tế").split(" ");
    static final SearchIndex.Options SMALL = new SearchIndex.Options(900, 4);

    static List<SearchDoc> docs;
    static SearchIndex index;
    static Searcher searcher;
    static Map<String, Integer> shardOfKey = new HashMap<>();

    @BeforeAll
    static void build() {
        Random r = new Random(7);
        docs = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            docs.add(news(sentence(r, 3 + r.nextInt(6)), sentence(r, 10 + r.nextInt(60)) + ". " + sentence(r, 20)));
        }
        index = index(docs, SMALL);
        searcher = searcher(index);
        for (int i = 0; i < index.stats().termShards(); i++) {
            for (String key : shard(i).keySet()) {
                Integer before = shardOfKey.put(key, i);
                assertTrue(before == null, "key '" + key + "' in shards " + before + " and " + i);
            }
        }
    }

    static String sentence(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : r.nextInt(9) == 0 ? ", " : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> shard(int i) {
        return (Map<String, Object>) JsonReader.parse(new String(index.files().get(SearchIndex.termShard(i)), StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    static List<String> manifestShards() {
        Map<String, Object> m = (Map<String, Object>) JsonReader.parse(new String(index.files().get(SearchIndex.MANIFEST), StandardCharsets.UTF_8));
        return (List<String>) m.get("shards");
    }

    @Test
    void thereAreManyShardsAndEachKeyIsInExactlyOne() {
        assertTrue(index.stats().termShards() > 10, "small shards: " + index.stats());
        Set<String> expected = new TreeSet<>();
        for (SearchDoc d : docs) {
            List<String> texts = new ArrayList<>(List.of(d.title(), d.body()));
            texts.addAll(d.meta());
            for (String t : texts) {
                List<SearchText.Token> tokens = SearchText.tokens(t);
                for (int i = 0; i < tokens.size(); i++) {
                    expected.add(tokens.get(i).key());
                    if (i > 0 && tokens.get(i).joined()) {
                        expected.add(tokens.get(i - 1).key() + " " + tokens.get(i).key());
                    }
                }
            }
        }
        assertEquals(expected, new TreeSet<>(shardOfKey.keySet()), "every syllable and phrase pair, each once");
        assertEquals(index.stats().syllables() + index.stats().pairs(), shardOfKey.size());
    }

    @Test
    void theManifestNamesTheFirstKeyOfEachShardInOrder() {
        List<String> first = manifestShards();
        assertEquals(index.stats().termShards(), first.size());
        for (int i = 0; i < first.size(); i++) {
            List<String> keys = new ArrayList<>(shard(i).keySet());
            assertEquals(first.get(i), keys.get(0), "shard " + i);
            assertEquals(new ArrayList<>(new TreeSet<>(keys)), keys, "shard " + i + " is sorted");
            if (i + 1 < first.size()) {
                assertTrue(keys.get(keys.size() - 1).compareTo(first.get(i + 1)) < 0, "shard " + i + " ends before the next begins");
            }
        }
        shardOfKey.forEach((key, shard) -> assertEquals(shard, searcher.shardOf(key), key));
        assertEquals(-1, searcher.shardOf(""), "a key before every shard is in none");
    }

    @Test
    void shardsStayNearTheirSizeUnlessOneKeyIsBigger() {
        for (int i = 0; i < index.stats().termShards(); i++) {
            int size = index.files().get(SearchIndex.termShard(i)).length;
            assertTrue(size <= SMALL.shardBytes() + 2 || shard(i).size() == 1, "shard " + i + ": " + size + " bytes");
        }
        int docShards = (docs.size() + SMALL.docsPerShard() - 1) / SMALL.docsPerShard();
        assertEquals(docShards, index.stats().docShards());
        for (int i = 0; i < docShards; i++) {
            assertTrue(index.files().containsKey(SearchIndex.docShard(i)));
        }
    }

    @Test
    void aQueryFetchesOnlyTheShardsOfItsKeys() {
        for (String q : List.of("đổi mới", "doi moi sang tao", "khởi nghiệp tỉnh", "52/KH-SKHCN", "Quốc hội", "xyz")) {
            Searcher.Query query = Searcher.Query.of(q);
            Set<String> expected = new LinkedHashSet<>();
            expected.add(SearchIndex.MANIFEST);
            List<String> all = new ArrayList<>(query.keys());
            all.addAll(query.pairs());
            for (String k : all) {
                int s = searcher.shardOf(k);
                if (s >= 0) {
                    expected.add(SearchIndex.termShard(s));
                }
            }
            assertEquals(expected, searcher.search(q, Searcher.Filter.NONE).files(), q);
            assertTrue(expected.size() <= 1 + all.size());
            Set<String> filtered = new LinkedHashSet<>(expected);
            filtered.add(SearchIndex.FACETS);
            assertEquals(filtered, searcher.search(q, new Searcher.Filter("news", null, null)).files(), q + " with a filter");
        }
    }

    /** Every page that contains every word of a query is found, and no other, checked by brute force. */
    @Test
    void postingsAreCompleteAndExact() {
        Random r = new Random(11);
        for (int n = 0; n < 200; n++) {
            int words = 1 + r.nextInt(3);
            StringBuilder q = new StringBuilder();
            for (int w = 0; w < words; w++) {
                String word = WORDS[r.nextInt(WORDS.length)];
                q.append(w == 0 ? "" : " ").append(r.nextBoolean() ? SearchText.fold(word) : word);
            }
            Searcher.Query query = Searcher.Query.of(q.toString());
            Set<Integer> expected = new HashSet<>();
            for (int id = 0; id < docs.size(); id++) {
                Set<String> keys = new HashSet<>();
                SearchDoc d = docs.get(id);
                SearchText.tokens(d.title() + " . " + d.body()).forEach(t -> keys.add(t.key()));
                if (keys.containsAll(query.keys())) {
                    expected.add(id);
                }
            }
            Searcher.Result result = searcher.search(q.toString(), Searcher.Filter.NONE);
            if (!expected.isEmpty()) {
                assertEquals(expected, new HashSet<>(result.hits().stream().map(Searcher.Hit::id).toList()), q.toString());
                assertTrue(!result.partial());
            }
        }
    }

    @Test
    void theSameDocumentsGiveTheSameFiles() {
        SearchIndex again = index(docs, SMALL);
        assertEquals(index.version(), again.version());
        assertEquals(index.files().keySet(), again.files().keySet());
        index.files().forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, again.files().get(k)), k));
    }
}

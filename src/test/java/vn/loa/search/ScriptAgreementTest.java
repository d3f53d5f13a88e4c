package vn.loa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.Builder;

/**
 * {@code tim-kiem.js} run in node against the Java code it must agree with: the same tokens,
 * exact forms, keys and phrase joins for the same text, and the same results in the same order,
 * from the same index files, for the same query over the same index. Skipped, saying so, when node is not installed.
 */
class ScriptAgreementTest {

    static String node;

    @TempDir
    static Path temp;

    @BeforeAll
    static void findNode() {
        node = SearchFixtures.node();
        if (node == null) {
            System.out.println("[ScriptAgreementTest] SKIPPED: no 'node' on the PATH; the script's folding and ranking "
                    + "are not compared with Java. Install Node.js (apt-get install nodejs) to run these tests.");
        }
    }

    static final List<String> FIXTURES = List.of(
            "Đổi mới sáng tạo", "ĐỔI MỚI SÁNG TẠO", "doi moi sang tao", "Thừa Thiên Huế", "Ngày KH&CN 18/5",
            "Số: 52/KH-SKHCN", "tp.HCM (Q.1)", "1.234,5 triệu đồng", "Đắk Nông; Đắk Lắk!", "Ưu tiên ươm tạo",
            "Café naïve façade", "ΟΔΟΣ Σίσυφος ΣΣ οδός", "İstanbul IĞDIR", "Straße ẞ", "ǅemal ǈubljana", "Ёлка Йошкар",
            "中文字 日本語", "مَدْرَسَة", "हिन्दी भाषा", "ภาษาไทย", "👍🏽 ok 🇻🇳", "a\u0301 e\u0302\u0301",
            "\u0301 lone", "𝐀𝐁𝐂 𝒳", "𐐀𐐨", "a\uD834\uDD67b", "đổi\u00a0mới\u2009sáng\ttạo", "đổi — mới – nay",
            "2022–2023", "đổi/mới", "ĐĐđđ", "Ꭰ Ᏸ", "ﬁ ﬂ", "Ⅻ ½ ² ٣", "x\u200by", "\uFEFFBOM", "Ǆ ǅ ǆ");

    /** Random text over Vietnamese letters, marks, other scripts, punctuation and spaces, reproducible. */
    static List<String> randomTexts(int n) {
        String pool = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                + "ÀẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉỀẾỂỄỆÌÍỊÒÓỎỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031b"
                + "ΣσςΑΩİıßẞǅЁё中文ไทย0123456789٣ -–—/.,;:!?()“”\"'\t\n\u00a0\u2009_&%";
        int[] cps = pool.codePoints().toArray();
        Random r = new Random(2025);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(30);
            for (int j = 0; j < len; j++) {
                sb.appendCodePoint(r.nextInt(20) == 0 ? 0x1F600 + r.nextInt(40) : cps[r.nextInt(cps.length)]);
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void theScriptReadsTextAsJavaDoes() {
        assumeTrue(node != null, "no node: the script's folding is not compared");
        List<String> texts = new ArrayList<>(FIXTURES);
        texts.addAll(randomTexts(3000));
        String out = SearchFixtures.runNode(node, new Gson().toJson(texts), SearchFixtures.RESOURCES.resolve("harness.js").toString(),
                SearchFixtures.SCRIPT.toString(), "fold");
        JsonArray js = new Gson().fromJson(out, JsonArray.class);
        assertEquals(texts.size(), js.size());
        int tokens = 0;
        for (int i = 0; i < texts.size(); i++) {
            List<List<Object>> java = new ArrayList<>();
            for (SearchText.Token t : SearchText.tokens(texts.get(i))) {
                java.add(List.of(t.exact(), t.key(), t.joined()));
                tokens++;
            }
            List<List<Object>> script = new ArrayList<>();
            for (JsonElement e : js.get(i).getAsJsonArray()) {
                JsonArray a = e.getAsJsonArray();
                script.add(List.of(a.get(0).getAsString(), a.get(1).getAsString(), a.get(2).getAsBoolean()));
            }
            assertEquals(java, script, "text " + i + ": " + escape(texts.get(i)));
        }
        System.out.println("[ScriptAgreementTest] " + texts.size() + " texts, " + tokens + " tokens: Java and tim-kiem.js agree");
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.append(c < 0x7f && c >= 0x20 ? Character.toString(c) : String.format("\\u{%x}", c)));
        return sb.toString();
    }

    @Test
    void theScriptRanksAsJavaDoesOnTheSamplePortal() {
        assumeTrue(node != null, "no node: the script's ranking is not compared");
        Path site = temp.resolve("site");
        Builder.build(BuildOptions.of(SearchFixtures.REPO).withOutput(site).withToday(LocalDate.of(2025, 5, 16)));
        compare(site.resolve(SearchIndex.FOLDER), List.of("đổi mới", "doi moi", "Đổi Mới Sáng Tạo", "ngay khoa hoc va cong nghe",
                "hội thảo", "hoi thao khoi nghiep", "triển lãm", "52/KH-SKHCN", "khẩu hiệu", "Trung tâm Thông tin", "2024",
                "quốc tế xyz", "xyz", "đói môi", "chuyển đổi số", "tọa đàm doanh nghiệp", "lễ kỷ niệm", "Sáng tạo trẻ",
                "sang tao tre", "Đắk Nông", "dak nong", "hội thảo, triển lãm"));
    }

    @Test
    void theScriptRanksAsJavaDoesOverManySmallShards() {
        assumeTrue(node != null, "no node: the script's ranking is not compared");
        Random r = new Random(3);
        List<SearchDoc> docs = new ArrayList<>();
        String[] types = {"plan", "news", "page"};
        for (int i = 0; i < 150; i++) {
            String campaign = i % 3 == 0 ? "ngay-khcn" : i % 3 == 1 ? "ngay-sang-tao" : null;
            docs.add(SearchFixtures.doc(types[i % 3], ShardingTest.sentence(r, 4), List.of(ShardingTest.sentence(r, 3)),
                    ShardingTest.sentence(r, 40), campaign, 2020 + i % 5));
        }
        Path dir = SearchFixtures.write(SearchFixtures.index(docs, new SearchIndex.Options(700, 5)), temp.resolve("small"));
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            queries.add(ShardingTest.sentence(r, 1 + i % 3));
            queries.add(SearchText.fold(ShardingTest.sentence(r, 1 + i % 3)));
        }
        compare(dir, queries);
    }

    /** Every query, alone and with filters, ranked by both: the same ids in the same order. */
    private static void compare(Path dir, List<String> queries) {
        List<Map<String, Object>> runs = new ArrayList<>();
        List<Searcher.Filter> filters = List.of(Searcher.Filter.NONE, new Searcher.Filter("plan", null, null),
                new Searcher.Filter(null, "ngay-khcn", null), new Searcher.Filter("news", null, 2024),
                new Searcher.Filter(null, "ngay-sang-tao", 2022));
        for (String q : queries) {
            for (Searcher.Filter f : filters) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("q", q);
                m.put("type", f.type() == null ? "" : f.type());
                m.put("campaign", f.campaign() == null ? "" : f.campaign());
                m.put("year", f.year() == null ? "" : f.year().toString());
                runs.add(m);
            }
        }
        String out = SearchFixtures.runNode(node, new Gson().toJson(runs), SearchFixtures.RESOURCES.resolve("harness.js").toString(),
                SearchFixtures.SCRIPT.toString(), "rank", dir.toString());
        JsonArray js = new Gson().fromJson(out, JsonArray.class);
        Searcher searcher = new Searcher(p -> {
            try {
                return java.nio.file.Files.readAllBytes(dir.resolve(p));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        int hits = 0;
        for (int i = 0; i < runs.size(); i++) {
            Searcher.Filter f = filters.get(i % filters.size());
            Searcher.Result r = searcher.search(queries.get(i / filters.size()), f);
            JsonObject o = js.get(i).getAsJsonObject();
            List<Integer> script = new ArrayList<>();
            o.getAsJsonArray("hits").forEach(e -> script.add(e.getAsInt()));
            List<Integer> java = r.hits().stream().map(Searcher.Hit::id).toList();
            assertEquals(java, script, runs.get(i).toString());
            assertEquals(r.partial(), o.get("partial").getAsBoolean(), runs.get(i).toString());
            assertEquals(r.phraseMissing(), o.get("phraseMissing").getAsBoolean(), "phrase notice: " + runs.get(i));
            Set<String> files = new LinkedHashSet<>();
            o.getAsJsonArray("files").forEach(e -> files.add(e.getAsString()));
            assertEquals(r.files(), files, "the same files fetched: " + runs.get(i));
            hits += java.size();
        }
        System.out.println("[ScriptAgreementTest] " + runs.size() + " queries over " + dir.getFileName() + ", " + hits
                + " hits: Java and tim-kiem.js rank alike");
    }
}

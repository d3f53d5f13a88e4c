package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the importer on the corpus: exact match of every metadata field, precision and recall of the events
 * (matched on kind, start, end and time), and among matched events how often text, lead and partners agree. Prints
 * the table; asserts every metadata field exact and event precision and recall at least 0.95.
 */
class ImportAccuracyTest {

    private static final List<String> FIELDS = List.of("kind", "number", "place", "issued", "title", "basis", "themes",
            "slogans", "sections", "recipients", "signer", "campaign");

    @Test
    void corpus(@TempDir Path tmp) throws Exception {
        Map<String, int[]> fields = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int text = 0;
        int lead = 0;
        int partners = 0;
        StringBuilder table = new StringBuilder();
        table.append(String.format("%-32s %6s %6s %6s %6s %6s%n", "tài liệu", "meta", "sk đúng", "sk thừa", "sk thiếu", "nội dung"));
        for (Path doc : Corpus.documents(tmp)) {
            JsonObject expected = JsonParser.parseString(Files.readString(Corpus.expected(doc))).getAsJsonObject();
            JsonObject actual = JsonParser.parseString(ImportJson.write(Importer.read(doc).document())).getAsJsonObject();
            int metaOk = 0;
            for (String f : FIELDS) {
                JsonElement e = expected.getAsJsonObject("doc").get(f);
                JsonElement a = actual.getAsJsonObject("doc").get(f);
                boolean ok = e.equals(a);
                fields.computeIfAbsent(f, k -> new int[2])[ok ? 0 : 1]++;
                if (ok) {
                    metaOk++;
                } else {
                    misses.add(doc.getFileName() + " " + f + ": expected " + e + " but was " + a);
                }
            }
            List<JsonObject> got = list(actual.getAsJsonArray("events"));
            Scoring.Matched events = Scoring.match(list(expected.getAsJsonArray("events")), got);
            for (JsonObject g : events.extra()) {
                misses.add(doc.getFileName() + " extra event " + key(g) + " " + g.get("text"));
            }
            int docTp = events.pairs().size();
            int docText = 0;
            for (JsonObject[] pair : events.pairs()) {
                JsonObject match = pair[0];
                JsonObject g = pair[1];
                if (match.get("text").equals(g.get("text"))) {
                    docText++;
                    text++;
                }
                if (match.get("lead").equals(g.get("lead"))) {
                    lead++;
                }
                if (match.get("partners").equals(g.get("partners"))) {
                    partners++;
                }
            }
            List<JsonObject> want = events.missed();
            for (JsonObject w : want) {
                misses.add(doc.getFileName() + " missed event " + key(w) + " " + w.get("text"));
            }
            tp += docTp;
            fp += got.size() - docTp;
            fn += want.size();
            table.append(String.format("%-32s %3d/%-2d %6d %6d %6d %6s%n", doc.getFileName(), metaOk, FIELDS.size(), docTp,
                    got.size() - docTp, want.size(), docText + "/" + docTp));
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        table.append(String.format("%nsự kiện: precision %.3f, recall %.3f (%d đúng, %d thừa, %d thiếu)%n", precision, recall, tp, fp, fn));
        table.append(String.format("trong các sự kiện khớp: text %d/%d, lead %d/%d, partners %d/%d%n", text, tp, lead, tp, partners, tp));
        table.append("siêu dữ liệu (đúng/sai):");
        fields.forEach((f, c) -> table.append(' ').append(f).append(' ').append(c[0]).append('/').append(c[0] + c[1]));
        System.out.println(table);
        misses.forEach(m -> System.out.println("  " + m));
        assertEquals(List.of(), misses.stream().filter(m -> !m.contains(" event ")).toList(), "every metadata field exact");
        assertTrue(precision >= 0.95, "event precision " + precision);
        assertTrue(recall >= 0.95, "event recall " + recall);
    }

    @Test
    void seedsImportWithoutError() {
        for (Path seed : Corpus.seeds()) {
            ImportedDocument d = Importer.read(seed).document();
            System.out.println(seed.getFileName() + ": " + d.kind() + " «" + d.title() + "» số " + d.number() + ", "
                    + d.events().size() + " sự kiện, chiến dịch " + d.campaign());
            d.events().forEach(e -> System.out.println("    " + ImportJson.write(new ImportedDocument(null, List.of(), null, null, null,
                    List.of(), List.of(), List.of(), List.of(), List.of(), null, null, 0, null, null, "", List.of(e), List.of()))
                    .replaceAll("^.*\"events\":\\[", "").replaceAll("\\]\\}$", "")));
        }
    }

    private static String key(JsonObject e) {
        return Scoring.key(e);
    }

    private static List<JsonObject> list(JsonArray a) {
        return Scoring.list(a);
    }
}

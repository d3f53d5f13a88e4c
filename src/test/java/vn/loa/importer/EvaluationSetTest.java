package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores the importer on the evaluation set of issue 13 ({@code src/test/resources/importer/eval}): news posts,
 * notices, directives, plans and reports composed blind from the JSON contract, in .txt, .md, .html, .docx and a TCVN3
 * copy. Each of the 15 metadata fields is compared exactly (a field missing from the actual JSON is wrong); events are
 * matched one to one on kind, start, end and time, giving precision and recall; among matched events the agreement of
 * text, location, note and found is reported. Prints a table per document and the totals, and fails when a total falls
 * below the floor in {@code eval/floor.properties} (when it is above, it prints the lines that raise the floor).
 * {@code bench/import-score} runs just this test. Documents under {@code eval/docx/} are built as Word files at test
 * time from the text form of {@link DocxFixture#fromText}; {@link UnseenSetTest} scores a second set the same way.
 */
class EvaluationSetTest {

    static final Path DIR = Path.of("src/test/resources/importer/eval");

    static final List<String> FIELDS = List.of("kind", "number", "place", "issued", "title", "basis", "themes",
            "slogans", "sections", "recipients", "signer", "campaign", "author", "source", "lead");

    private static final List<String> AGREEMENT = List.of("text", "location", "note", "found");

    /** Fewer documents than this means the set was damaged, not that the importer got better. */
    private static final int MIN_DOCUMENTS = 22;

    @Test
    void evaluationSet(@TempDir Path tmp) {
        score(DIR, "BỘ ĐÁNH GIÁ (issue 13, viết mù)", MIN_DOCUMENTS, tmp);
    }

    /**
     * Scores the documents of {@code dir} (and of its {@code docx/}) against their expected JSON, prints the table, the
     * totals and every difference under {@code heading}, and fails below {@code dir/floor.properties}.
     */
    static void score(Path dir, String heading, int minDocuments, Path tmp) {
        List<Path> docs = documents(dir, tmp);
        assertTrue(docs.size() >= minDocuments, dir + " holds " + docs.size() + " documents");
        Map<String, int[]> fields = new LinkedHashMap<>();
        FIELDS.forEach(f -> fields.put(f, new int[1]));
        Map<String, int[]> agree = new LinkedHashMap<>();
        AGREEMENT.forEach(f -> agree.put(f, new int[1]));
        List<String> details = new ArrayList<>();
        int fieldsOk = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        StringBuilder table = new StringBuilder(heading + "\n");
        table.append(String.format("%-46s %-10s %6s %7s %7s %8s %8s%n", "tài liệu", "dạng", "trường", "sk đúng",
                "sk thừa", "sk thiếu", "nội dung"));
        for (Path doc : docs) {
            String name = doc.getFileName().toString();
            JsonObject expected = Scoring.json(Scoring.expected(dir, doc));
            JsonObject expectedDoc = expected.getAsJsonObject("doc");
            JsonObject actual;
            try {
                actual = JsonParser.parseString(ImportJson.write(Importer.read(doc).document())).getAsJsonObject();
            } catch (RuntimeException e) {
                details.add(name + " không đọc được: " + e);
                actual = new JsonObject();
            }
            JsonObject actualDoc = actual.has("doc") ? actual.getAsJsonObject("doc") : new JsonObject();
            int docFields = 0;
            for (String f : FIELDS) {
                JsonElement e = Scoring.nfc(expectedDoc.get(f));
                JsonElement a = Scoring.nfc(actualDoc.get(f));
                if (actualDoc.has(f) && e.equals(a)) {
                    docFields++;
                    fields.get(f)[0]++;
                } else {
                    details.add(name + " " + f + ": cần " + e + ", có " + (actualDoc.has(f) ? a : "(không có)"));
                }
            }
            fieldsOk += docFields;
            Scoring.Matched events = Scoring.match(Scoring.list(expected.getAsJsonArray("events")),
                    Scoring.list(actual.has("events") ? actual.getAsJsonArray("events") : null));
            int docText = 0;
            for (JsonObject[] pair : events.pairs()) {
                for (String f : AGREEMENT) {
                    boolean ok = Scoring.agrees(f, fold(pair[0].get(f)), fold(pair[1].get(f)));
                    if (ok) {
                        agree.get(f)[0]++;
                    } else if (!f.equals("found")) {
                        details.add(name + " " + Scoring.key(pair[0]) + " " + f + ": cần " + pair[0].get(f) + ", có "
                                + pair[1].get(f));
                    }
                    if (ok && f.equals("text")) {
                        docText++;
                    }
                }
            }
            events.extra().forEach(g -> details.add(name + " sự kiện thừa " + Scoring.key(g) + " " + g.get("text")
                    + " ← " + g.get("source_quote")));
            events.missed().forEach(w -> details.add(name + " sự kiện thiếu " + Scoring.key(w) + " " + w.get("text")
                    + " ← " + w.get("source_quote")));
            tp += events.pairs().size();
            fp += events.extra().size();
            fn += events.missed().size();
            table.append(String.format("%-46s %-10s %3d/%-2d %7d %7d %8d %8s%n", name, form(expectedDoc), docFields,
                    FIELDS.size(), events.pairs().size(), events.extra().size(), events.missed().size(),
                    docText + "/" + events.pairs().size()));
        }
        int fieldsAll = FIELDS.size() * docs.size();
        Score score = new Score(Scoring.ratio(fieldsOk, fieldsAll), Scoring.ratio(tp, tp + fp), Scoring.ratio(tp, tp + fn));
        table.append(String.format(Locale.ROOT, "%n%d tài liệu; trường đúng: %d/%d = %.1f%%%n", docs.size(), fieldsOk,
                fieldsAll, 100 * score.fields()));
        table.append("  theo trường (đúng/" + docs.size() + "):");
        fields.forEach((f, c) -> table.append(' ').append(f).append(' ').append(c[0]));
        table.append(String.format(Locale.ROOT, "%nsự kiện: precision %.3f, recall %.3f (%d đúng, %d thừa, %d thiếu)%n",
                score.precision(), score.recall(), tp, fp, fn));
        table.append("  trong " + tp + " sự kiện khớp, trùng:");
        final int matched = tp;
        agree.forEach((f, c) -> table.append(' ').append(f).append(' ').append(c[0]).append('/').append(matched));
        System.out.println(table);
        List<String> below = guard(score, floor(dir), dir);
        System.out.println("\nCHI TIẾT (khác với mong đợi):");
        details.forEach(d -> System.out.println("  " + d));
        if (!below.isEmpty()) {
            fail("điểm bộ đánh giá " + dir.getFileName() + " thấp hơn mức sàn: " + String.join("; ", below));
        }
    }

    /** The score, every part a share in [0, 1]. */
    record Score(double fields, double precision, double recall) {
    }

    /**
     * What falls below the floor (empty when nothing does); prints the floor and, when the score is above it by at
     * least 0.01, the floor to write instead.
     */
    static List<String> guard(Score score, Score floor, Path dir) {
        List<String> below = new ArrayList<>();
        check(below, "fields", score.fields(), floor.fields());
        check(below, "precision", score.precision(), floor.precision());
        check(below, "recall", score.recall(), floor.recall());
        System.out.printf(Locale.ROOT, "%nmức sàn (%s): fields %.2f, precision %.2f, recall %.2f%n",
                dir.resolve("floor.properties"), floor.fields(), floor.precision(), floor.recall());
        if (!below.isEmpty()) {
            return below;
        }
        Score raised = new Score(down(score.fields()), down(score.precision()), down(score.recall()));
        if (raised.fields() > floor.fields() || raised.precision() > floor.precision()
                || raised.recall() > floor.recall()) {
            System.out.printf(Locale.ROOT, "điểm cao hơn mức sàn: nâng mức sàn, ghi vào %s:%n"
                    + "fields=%.2f%nprecision=%.2f%nrecall=%.2f%n", dir.resolve("floor.properties"),
                    Math.max(raised.fields(), floor.fields()), Math.max(raised.precision(), floor.precision()),
                    Math.max(raised.recall(), floor.recall()));
        }
        return below;
    }

    private static void check(List<String> below, String name, double value, double floor) {
        if (value + 1e-9 < floor) {
            below.add(String.format(Locale.ROOT, "%s %.3f < %.2f", name, value, floor));
        }
    }

    /** Rounded down to 0.01. */
    static double down(double v) {
        return Math.floor(v * 100 + 1e-9) / 100;
    }

    static Score floor(Path dir) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve("floor.properties"))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Score(Double.parseDouble(p.getProperty("fields")), Double.parseDouble(p.getProperty("precision")),
                Double.parseDouble(p.getProperty("recall")));
    }

    /** Every document of {@code dir}; those under {@code dir/docx/} are built as Word files into {@code tmp}. */
    static List<Path> documents(Path dir, Path tmp) {
        List<Path> out = new ArrayList<>(Scoring.documents(dir));
        try (var s = Files.list(dir.resolve("docx"))) {
            for (Path src : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String n = src.getFileName().toString();
                Path docx = tmp.resolve(n.substring(0, n.length() - ".txt".length()) + ".docx");
                Files.write(docx, DocxFixture.fromText(Files.readString(src, StandardCharsets.UTF_8)));
                out.add(docx);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return out;
    }

    /** Every expected file has its document, and every document its expected file. */
    @Test
    void everyDocumentHasItsExpectation(@TempDir Path tmp) throws IOException {
        pairedWithExpectations(DIR, tmp);
    }

    /** Every expected file of {@code dir} has its document, and every document its expected file. */
    static void pairedWithExpectations(Path dir, Path tmp) throws IOException {
        List<String> docs = new ArrayList<>();
        documents(dir, tmp).forEach(d -> {
            String n = d.getFileName().toString();
            docs.add(n.substring(0, n.lastIndexOf('.')));
            assertTrue(Files.isRegularFile(Scoring.expected(dir, d)), "no expected JSON for " + n);
        });
        try (var s = Files.list(dir)) {
            List<String> expected = s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".expected.json"))
                    .map(n -> n.substring(0, n.length() - ".expected.json".length())).sorted().toList();
            assertEquals(expected, docs.stream().sorted().toList());
        }
    }

    private static String form(JsonObject doc) {
        JsonElement kind = doc.get("kind");
        return kind == null || kind.isJsonNull() ? "Tin" : kind.getAsString();
    }

    /** Quotes and dashes folded, so that typography alone does not make two texts disagree. */
    private static JsonElement fold(JsonElement e) {
        if (e == null || !e.isJsonPrimitive()) {
            return e;
        }
        String s = e.getAsString().replaceAll("[“”«»]", "\"").replace('–', '-');
        return new JsonPrimitive(s);
    }
}

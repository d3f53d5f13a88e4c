package vn.loa.importer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the accuracy tests of the importer share: which files of a folder are documents and where their expected JSON
 * is, how events are matched one to one (on kind, start, end and time), and how loosely the other fields of a matched
 * event are compared.
 */
final class Scoring {

    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?");

    private Scoring() {
    }

    /** The events of one document, paired: expected with actual, and those left on either side. */
    record Matched(List<JsonObject[]> pairs, List<JsonObject> extra, List<JsonObject> missed) {
    }

    /** Every document of {@code dir} (.txt, .md, .html; not README.md), in name order. */
    static List<Path> documents(Path dir) {
        try (var s = Files.list(dir)) {
            return s.filter(f -> {
                String n = f.getFileName().toString();
                return Files.isRegularFile(f) && !n.equals("README.md") && !n.endsWith(".json")
                        && (n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".html"));
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code dir/<name without extension>.expected.json}. */
    static Path expected(Path dir, Path document) {
        String n = document.getFileName().toString();
        return dir.resolve(n.substring(0, n.lastIndexOf('.')) + ".expected.json");
    }

    static JsonObject json(Path p) {
        try {
            return JsonParser.parseString(Files.readString(p)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What an event is matched on: kind, start, end and time. */
    static String key(JsonObject e) {
        return e.get("kind") + " " + e.get("start") + " " + e.get("end") + " " + e.get("time");
    }

    static List<JsonObject> list(JsonArray a) {
        List<JsonObject> out = new ArrayList<>();
        if (a != null) {
            a.forEach(x -> out.add(x.getAsJsonObject()));
        }
        return out;
    }

    /** Each actual event, in order, takes the first expected event with its key not yet taken. */
    static Matched match(List<JsonObject> expected, List<JsonObject> actual) {
        List<JsonObject> want = new ArrayList<>(expected);
        List<JsonObject[]> pairs = new ArrayList<>();
        List<JsonObject> extra = new ArrayList<>();
        for (JsonObject g : actual) {
            JsonObject match = null;
            for (JsonObject w : want) {
                if (key(w).equals(key(g))) {
                    match = w;
                    break;
                }
            }
            if (match == null) {
                extra.add(g);
            } else {
                want.remove(match);
                pairs.add(new JsonObject[] {match, g});
            }
        }
        return new Matched(pairs, extra, want);
    }

    /** A share, 1 when there is nothing to count. */
    static double ratio(int part, int whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }

    /**
     * Whether an event field of a matched pair agrees: {@code text} and {@code source_quote} when one contains the
     * other, {@code note} when both are null or both name the same dates, lists item by item, other values equal —
     * all after {@link #loose}.
     */
    static boolean agrees(String field, JsonElement e, JsonElement a) {
        e = e == null ? JsonNull.INSTANCE : e;
        a = a == null ? JsonNull.INSTANCE : a;
        if (field.equals("text") || field.equals("source_quote") || field.equals("note")) {
            if (e.isJsonNull() || a.isJsonNull()) {
                return e.isJsonNull() && a.isJsonNull();
            }
            String x = loose(e.getAsString());
            String y = loose(a.getAsString());
            if (field.equals("note") && !dates(x).isEmpty()) {
                return dates(x).equals(dates(y));
            }
            return x.contains(y) || y.contains(x);
        }
        if (e.isJsonArray() && a.isJsonArray()) {
            List<String> x = new ArrayList<>();
            List<String> y = new ArrayList<>();
            e.getAsJsonArray().forEach(v -> x.add(loose(v.getAsString())));
            a.getAsJsonArray().forEach(v -> y.add(loose(v.getAsString())));
            return x.equals(y);
        }
        if (e.isJsonPrimitive() && a.isJsonPrimitive()) {
            return loose(e.getAsString()).equals(loose(a.getAsString()));
        }
        return e.equals(a);
    }

    /** The day/month pairs a text names, without leading zeros ({@code 05/6/2025} → {@code 5/6}). */
    private static TreeSet<String> dates(String s) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = DAY_MONTH.matcher(s);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)) + "/" + Integer.parseInt(m.group(2)));
        }
        return out;
    }

    /** NFC, lower case, whitespace collapsed, {@code **} and closing punctuation removed. */
    static String loose(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).replace("**", "").replaceAll("\\s+", " ").strip()
                .toLowerCase();
        return t.replaceAll("[\\s.;:,]+$", "");
    }

    /** The element with every string in NFC; JSON null for a missing one. */
    static JsonElement nfc(JsonElement e) {
        if (e == null) {
            return JsonNull.INSTANCE;
        }
        return JsonParser.parseString(Normalizer.normalize(e.toString(), Normalizer.Form.NFC));
    }
}

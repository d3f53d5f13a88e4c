package vn.loa.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The search budgets of a built site, as {@code loa bench} prints them: the script gzipped at the default level (at
 * most 10 KB), the index bytes one query of one to three words downloads with an empty cache (at
 * most 300 KB), and the whole index. 1 KB = 1000 bytes.
 *
 * <p>Bytes per query are found two ways. The <em>bound</em> holds for any query of up to three
 * words: the manifest, the five largest term shards (three syllables and two phrase pairs), the
 * facets (a filter) and the ten largest document shards (the first page of results). The
 * <em>measured</em> figure runs {@link Searcher} over a set of real queries (the most frequent
 * syllables alone, in twos and threes, with and without a filter, and the first words of titles)
 * and counts the files each fetches.
 */
public record SearchBudget(long scriptGzip, long indexBytes, int indexFiles, long bound, long measured, String worstQuery,
                           int queries) {

    public static final long SCRIPT_BUDGET = 10_000;
    public static final long QUERY_BUDGET = 300_000;
    public static final String SCRIPT = "js/tim-kiem.js";
    /** Results a reader sees first; their document shards count towards a query. */
    public static final int SHOWN = 10;
    static final int LARGEST_TERM_SHARDS = 5;

    /** Measures the site built in {@code site}. */
    public static SearchBudget measure(Path site) {
        Path folder = site.resolve(SearchIndex.FOLDER);
        Searcher searcher = new Searcher(p -> {
            try {
                return Files.readAllBytes(folder.resolve(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        long script = gzipSize(read(script(site)));
        long total = 0;
        int count = 0;
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                total += Files.size(p);
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return measure(searcher, script, total, count);
    }

    /** The search script as published: {@code js/tim-kiem.js} under its fingerprinted name ({@code js/tim-kiem.3f2a9c1e.js}). */
    static Path script(Path site) {
        Path plain = site.resolve(SCRIPT);
        try (Stream<Path> s = Files.list(plain.getParent())) {
            return s.filter(p -> p.getFileName().toString().matches("tim-kiem\\.[0-9a-f]{8}\\.js")).findFirst().orElse(plain);
        } catch (IOException e) {
            return plain;
        }
    }

    static SearchBudget measure(Searcher searcher, long script, long total, int count) {
        List<Long> termShards = new ArrayList<>();
        for (int i = 0; i < searcher.shardCount(); i++) {
            termShards.add((long) searcher.size(SearchIndex.termShard(i)));
        }
        int docShards = (searcher.docCount() + searcher.docsPerShard() - 1) / searcher.docsPerShard();
        List<Long> docSizes = new ArrayList<>();
        for (int i = 0; i < docShards; i++) {
            docSizes.add((long) searcher.size(SearchIndex.docShard(i)));
        }
        long bound = searcher.size(SearchIndex.MANIFEST) + searcher.size(SearchIndex.FACETS)
                + largest(termShards, LARGEST_TERM_SHARDS) + largest(docSizes, SHOWN);

        long worst = 0;
        String worstQuery = "";
        List<String> queries = queries(searcher);
        for (String q : queries) {
            for (Searcher.Filter f : List.of(Searcher.Filter.NONE, new Searcher.Filter("news", null, null))) {
                long b = searcher.bytesFor(q, f, SHOWN);
                if (b > worst) {
                    worst = b;
                    worstQuery = q + (f.type() != null ? " [" + f.type() + "]" : "");
                }
            }
        }
        return new SearchBudget(script, total, count, bound, worst, worstQuery, queries.size() * 2);
    }

    private static long largest(List<Long> sizes, int n) {
        return sizes.stream().sorted(Comparator.reverseOrder()).limit(n).mapToLong(Long::longValue).sum();
    }

    /** The most frequent syllables alone and in runs of two and three, and the first words of titles. */
    @SuppressWarnings("unchecked")
    static List<String> queries(Searcher searcher) {
        record Key(String key, int length) {
        }
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < searcher.shardCount(); i++) {
            Map<String, Object> shard = (Map<String, Object>) JsonReader.parse(new String(
                    searcher.bytes(SearchIndex.termShard(i)), StandardCharsets.UTF_8));
            shard.forEach((k, v) -> {
                if (v instanceof List<?> l) {
                    keys.add(new Key(k, ((String) l.get(1)).length()));
                }
            });
        }
        keys.sort(Comparator.comparingInt((Key k) -> -k.length()).thenComparing(Key::key));
        LinkedHashSet<String> out = new LinkedHashSet<>();
        int top = Math.min(12, keys.size());
        for (int i = 0; i < top; i++) {
            out.add(keys.get(i).key());
            if (i + 1 < top) {
                out.add(keys.get(i).key() + " " + keys.get(i + 1).key());
            }
            if (i + 2 < top) {
                out.add(keys.get(i).key() + " " + keys.get(i + 1).key() + " " + keys.get(i + 2).key());
            }
        }
        int docs = searcher.docCount();
        int step = Math.max(1, docs / 40);
        for (int id = 0; id < docs; id += step) {
            String title = (String) searcher.doc(id, new LinkedHashSet<>()).get(0);
            List<SearchText.Token> t = SearchText.tokens(title);
            for (int n = 1; n <= Math.min(3, t.size()); n++) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    sb.append(i > 0 ? " " : "").append(t.get(i).exact());
                }
                out.add(sb.toString());
            }
        }
        return new ArrayList<>(out);
    }

    /** Lines for {@code loa bench}, in Vietnamese, sizes with a decimal comma ({@code 5,5 KB}). */
    public List<String> report() {
        return List.of(
                String.format(Locale.ROOT, "tìm kiếm: %s nén gzip còn %s (giới hạn %s)%s", SCRIPT, kb(scriptGzip), kb(SCRIPT_BUDGET),
                        scriptGzip <= SCRIPT_BUDGET ? "" : "  VƯỢT GIỚI HẠN"),
                String.format(Locale.ROOT, "tìm kiếm: một truy vấn 1–3 từ tải tối đa %s chỉ mục (cận trên; giới hạn %s)%s;"
                                + " đo được nhiều nhất %s trên %d truy vấn (%s)", kb(bound), kb(QUERY_BUDGET),
                        bound <= QUERY_BUDGET ? "" : "  VƯỢT GIỚI HẠN", kb(measured), queries, worstQuery),
                String.format(Locale.ROOT, "tìm kiếm: chỉ mục %s trong %d tệp", kb(indexBytes), indexFiles));
    }

    /** {@code 5,5 KB}, {@code 15,3 MB} (1 KB = 1000 bytes), as Vietnamese readers write them. */
    static String kb(long bytes) {
        return (bytes >= 1_000_000 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1e6)
                : String.format(Locale.ROOT, "%.1f KB", bytes / 1e3)).replace('.', ',');
    }

    static long gzipSize(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

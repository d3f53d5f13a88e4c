package vn.loa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code loa bench}'s serve measures on a corpus of 20 pages, one save of each kind: each kind has
 * its line with a median and a worst, and the corpus ends as it began. The delays themselves are
 * not asserted: speed targets live in the benchmark.
 */
class ServeLatencyTest {

    private static final Pattern SPREAD = Pattern.compile("trung vị (\\d+) ms, chậm nhất (\\d+) ms của 1 ");

    @Test
    void everyKindOfSaveIsMeasuredAndUndone(@TempDir Path dir) throws Exception {
        CorpusGenerator.generate(dir, 20);
        Path news = CorpusGenerator.newsFile(dir, 1).getParent();
        List<String> posts;
        try (var s = Files.list(news)) {
            posts = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Benchmark(dir, new PrintStream(out, true, StandardCharsets.UTF_8)).serve(1);
        String report = out.toString(StandardCharsets.UTF_8);
        System.out.print("[ServeLatencyTest] " + report);

        for (String kind : List.of("serve sửa bài: ", "serve thêm bài: ", "serve xóa bài: ")) {
            spreadOf(line(report, kind));
        }
        String rename = line(report, "serve đổi tên bài: ");
        Matcher r = Pattern.compile("địa chỉ mới có trang sau (.*); địa chỉ cũ trả 404 sau (.*)").matcher(rename);
        assertTrue(r.find(), rename);
        spreadOf(r.group(1));
        spreadOf(r.group(2));
        String partial = line(report, "serve sửa mẫu (" + ServeLatency.PARTIAL + "): ");
        Matcher m = Pattern.compile("trang tin có bản mới sau (.*); cả (\\d+) trang HTML đã ghi lại sau (.*)").matcher(partial);
        assertTrue(m.find(), partial);
        spreadOf(m.group(1));
        spreadOf(m.group(3));
        long pages;
        try (var s = Files.walk(dir.resolve("site"))) {
            pages = s.filter(p -> p.toString().endsWith(".html")).count();
        }
        assertEquals(pages, Long.parseLong(m.group(2)), partial);

        // The corpus as it began: the same posts, the partial as inside Loa, no page with a marker.
        try (var s = Files.list(news)) {
            assertEquals(posts, s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertFalse(Files.exists(dir.resolve("site/tin-tuc/bai-do-do-tre-1-doi-ten")), "the deleted post's page is gone");
        String footer = Files.readString(dir.resolve(ServeLatency.PARTIAL), StandardCharsets.UTF_8);
        assertEquals(Files.readString(Path.of("themes/default/templates/partials/footer.peb"), StandardCharsets.UTF_8), footer);
        try (var s = Files.walk(dir.resolve("site"))) {
            assertTrue(s.filter(p -> p.toString().endsWith(".html")).noneMatch(p -> read(p).contains("<!-- loa bench")));
        }
    }

    @Test
    void theThemeInsideLoaIsCopiedWhenTheCorpusHasNone(@TempDir Path dir) throws Exception {
        Path partial = ServeLatency.partialOf(dir);
        assertEquals(dir.resolve(ServeLatency.PARTIAL), partial);
        assertEquals(Files.readString(Path.of("themes/default/templates/base.peb"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("themes/default/templates/base.peb"), StandardCharsets.UTF_8));
    }

    @Test
    void aThemeOfTheSitesOwnWithoutThePartialHasNone(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("themes/rieng/templates"));
        assertNull(ServeLatency.partialOf(dir), "nothing to edit: the bench says so instead of measuring");
        assertFalse(Files.exists(dir.resolve("themes/default")), "the site's themes are left alone");
    }

    @Test
    void noEditsNoServe(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Benchmark(dir, new PrintStream(out, true, StandardCharsets.UTF_8)).serve(0);
        assertEquals("serve: không đo (--edits 0)", out.toString(StandardCharsets.UTF_8).strip());
    }

    private static String line(String report, String start) {
        return report.lines().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + start + "…' in:\n" + report));
    }

    /** A median and a worst, both at least 0, the worst at least the median. */
    private static void spreadOf(String text) {
        Matcher m = SPREAD.matcher(text);
        assertTrue(m.find(), text);
        long median = Long.parseLong(m.group(1));
        long worst = Long.parseLong(m.group(2));
        assertTrue(median >= 0 && worst >= median, text);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

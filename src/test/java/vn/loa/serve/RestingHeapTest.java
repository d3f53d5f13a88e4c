package vn.loa.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.Engine;

/** serve collects its heap between saves only when the old generation is more than half full, and only at rest. */
class RestingHeapTest {

    @TempDir
    Path dir;

    @Test
    void anOldGenerationMoreThanHalfFullIsCollectedAndNoOther() {
        AtomicInteger collected = new AtomicInteger();
        assertFalse(new RestingHeap(() -> 0.5, collected::incrementAndGet).collectIfFull());
        assertEquals(0, collected.get());
        assertTrue(new RestingHeap(() -> 0.51, collected::incrementAndGet).collectIfFull());
        assertEquals(1, collected.get());
    }

    @Test
    void thisProcessHasAnOldGenerationToMeasure() {
        // Every collector of this JDK that Loa's launcher or the tests use (Parallel, G1, Serial) names one.
        assertTrue(java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .anyMatch(p -> p.getName().contains("Old Gen") || p.getName().contains("Tenured")));
        double share = RestingHeap.oldGeneration();
        assertTrue(share >= 0 && share <= 1, "share " + share);
    }

    @Test
    void theHeapIsCollectedOnceTheWorkABuildLeftIsDone() throws Exception {
        Path root = dir.resolve("cong");
        write(root.resolve("content/site.yaml"), "title: Cổng thử nghiệm\n");
        write(root.resolve("content/tin-tuc/tin.md"), LivePreviewTest.post("Khai mạc triển lãm", "Sáng nay, triển lãm đã khai mạc."));
        AtomicInteger collected = new AtomicInteger();
        AtomicInteger asked = new AtomicInteger();
        Preview preview = new Preview(new Engine(BuildOptions.of(root).withToday(LocalDate.of(2024, 5, 20))),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), s -> s)
                .withRestingHeap(new RestingHeap(() -> {
                    asked.incrementAndGet();
                    return 0.9;
                }, collected::incrementAndGet));
        try {
            assertTrue(preview.rebuild(List.of()));
            // The first build's task (the search index) runs at once; the heap is collected after it.
            LivePreviewTest.await("a collection after the first build's task", () -> collected.get() == 1);
            assertTrue(Files.isRegularFile(root.resolve("site/tim-kiem/chi-muc/manifest.json")), "the task ran before");
            write(root.resolve("content/tin-tuc/tin.md"), LivePreviewTest.post("Khai mạc triển lãm", "Chiều nay, triển lãm đã khai mạc."));
            assertTrue(preview.rebuild(List.of(root.resolve("content/tin-tuc/tin.md"))));
            assertEquals(1, collected.get(), "not while the save's own task waits");
            LivePreviewTest.await("a collection after the save's task", () -> collected.get() == 2);
            assertEquals(2, asked.get());
        } finally {
            preview.close();
        }
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}

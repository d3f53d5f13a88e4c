package vn.loa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.LoaException;
import vn.loa.cli.TinySite;

/** {@code loa bench}'s own lines, in Vietnamese: a build's line made of what the build printed, and a failed measure. */
class BenchmarkTest {

    @Test
    void aBuildsLineCarriesTheBuildsOwnSummaryAndStages(@TempDir Path dir) {
        TinySite site = new TinySite(dir);
        TinySite.Run build = site.buildGood("--timings");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Benchmark(dir, new PrintStream(out, true, StandardCharsets.UTF_8))
                .line("xây dựng mới, lần 1", new Benchmark.Run(1.234, 2048 * 1024, new Benchmark.Cpu(2.345, 0.5), build.out()));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();

        assertEquals(2, lines.size(), lines::toString);
        String summary = build.out().lines().filter(l -> l.startsWith("Đã xây dựng ")).findFirst().orElseThrow();
        assertEquals("xây dựng mới, lần 1: cả tiến trình 1,23 s, CPU người dùng 2,35 s, hệ thống 0,50 s, RSS đỉnh 2048 MB — " + summary,
                lines.get(0));
        assertTrue(lines.get(1).matches("    nạp \\d+ ms · .* · đọc lại \\d+ trang · dựng lại \\d+ tệp"), lines.get(1));
    }

    /** The launcher's count of a site's pages, which decides whether C2 compiles its build: the .md files of the sections. */
    @Test
    void aBigCorpusIsCountedAsTheLauncherCountsIt(@TempDir Path dir) throws java.io.IOException {
        Path posts = Files.createDirectories(dir.resolve("content/tin-tuc"));
        for (String name : List.of("a.md", "b.md", ".c.md", "anh.jpg")) {
            Files.writeString(posts.resolve(name), "");
        }
        Files.createDirectories(dir.resolve("content/ke-hoach/ke-hoach-1/anh")); // a bundle: not counted
        Files.writeString(dir.resolve("content/ke-hoach/ke-hoach-2.md"), "");
        Files.writeString(dir.resolve("content/site.yaml"), "");

        assertTrue(Benchmark.bigSite(dir, 2));
        assertFalse(Benchmark.bigSite(dir, 3), "a hidden file, a photo or a bundle is not counted");
        assertFalse(Benchmark.bigSite(dir.resolve("nowhere"), 0));
    }

    /** The processor time of a process the bench ran is its own, read from the kernel's count of this process's children. */
    @Test
    void aProcessesProcessorTimeIsMeasured() throws Exception {
        assumeTrue(Benchmark.childrenTicks() != null, "no /proc/self/stat: not Linux");
        // A busy loop of some tenths of a second in the shell: its time is the shell's own, in user mode.
        Benchmark.Run busy = Benchmark.run(List.of("sh", "-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done"));
        assertTrue(busy.cpu().user() >= 0.05, busy.toString());
        assertTrue(busy.cpu().user() + busy.cpu().system() <= busy.seconds() + 0.05, "one process of one thread: " + busy);
        Benchmark.Run idle = Benchmark.run(List.of("sleep", "0.3"));
        assertTrue(idle.cpu().user() + idle.cpu().system() < 0.1, "sleeping takes no processor time: " + idle);
    }

    @Test
    void aFailedProcessIsAMessageWithAFixThenWhatItPrinted() {
        LoaException e = assertThrows(LoaException.class,
                () -> Benchmark.run(List.of("sh", "-c", "echo 'không đọc được tệp'; exit 3")));
        String message = e.getMessage();
        assertTrue(message.startsWith("lỗi: một lệnh đo dừng với mã thoát 3: sh -c "), message);
        assertTrue(message.contains(" — cách sửa: ") && message.contains("--keep"), message);
        assertTrue(message.endsWith("\nlệnh đã in:\nkhông đọc được tệp"), message);
    }

    @Test
    void aCorpusWithoutPhotosHasTheSamePagesWithNoImage(@TempDir Path dir) throws java.io.IOException {
        Path with = dir.resolve("anh");
        Path without = dir.resolve("chu");
        CorpusGenerator.generate(with, 30);
        CorpusGenerator.generate(without, 30, false);
        assertTrue(java.nio.file.Files.isRegularFile(with.resolve("content/anh/tin-1.jpg")));
        assertTrue(java.nio.file.Files.notExists(without.resolve("content/anh")));
        String photo = java.nio.file.Files.readString(CorpusGenerator.newsFile(with, 1));
        String text = java.nio.file.Files.readString(CorpusGenerator.newsFile(without, 1));
        assertTrue(photo.contains("![Ảnh minh họa tin 1](/anh/tin-1.jpg)"), photo);
        assertEquals(photo.substring(0, photo.indexOf("\n![")), text, "the same post but for its photo and caption");
    }

    @Test
    void eachCleanBuildWritesAFolderOfItsOwnAndTheRebuildsStartFromTheLast(@TempDir Path dir) throws Exception {
        CorpusGenerator.generate(dir, 20, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Benchmark(dir, new PrintStream(out, true, StandardCharsets.UTF_8)).all(2, 0);
        String report = out.toString(StandardCharsets.UTF_8);

        for (String what : List.of("xây dựng mới, lần 1: ", "xây dựng mới, lần 2: ", "xây dựng lại khi không đổi gì, lần 1: ",
                "xây dựng lại sau khi sửa một tệp, lần 2: ")) {
            assertTrue(report.contains(what), report);
        }
        // Nothing changed: every page was read back from the cache the last clean build left.
        String unchanged = report.lines().dropWhile(l -> !l.startsWith("xây dựng lại khi không đổi gì, lần 1")).skip(1).findFirst().orElseThrow();
        assertTrue(unchanged.contains("đọc lại 0 trang") && unchanged.contains("dựng lại 0 tệp"), unchanged);
        assertTrue(java.nio.file.Files.notExists(dir.resolve(".bench-clean")), "the clean builds' folders are deleted");
        assertTrue(java.nio.file.Files.isRegularFile(dir.resolve("site/index.html")));
    }

    @Test
    void delaysAreGivenAsMedianWorstAndCount() {
        assertEquals("trung vị 20 ms, chậm nhất 31 ms của 3", ServeLatency.spread(List.of(31.4, 9.6, 20.2)));
        assertEquals("1,23", Benchmark.decimal(1.2345));
    }
}

package vn.loa.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.loa.bench.CorpusGenerator;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.BuildResult;
import vn.loa.engine.Builder;

/** {@code loa bench}: builds a synthetic corpus through the default theme and reports speed and memory. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Đo tốc độ: tạo kho nội dung giả lập (80%% tin, 20%% kế hoạch) rồi xây dựng nó.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--pages", paramLabel = "N", description = "Số trang (mặc định 1000).")
    int pages = 1000;

    @Option(names = "--runs", paramLabel = "N", description = "Số lần xây dựng; lần đầu là lần 'lạnh' như khi chạy lệnh build (mặc định 1).")
    int runs = 1;

    @Option(names = "--keep", description = "Giữ lại thư mục tạm để xem.")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("loa-bench-");
        try {
            long g = System.nanoTime();
            CorpusGenerator.generate(dir, pages);
            System.out.printf(Locale.ROOT, "corpus: %d pages generated in %d ms (%s)%n", pages, (System.nanoTime() - g) / 1_000_000, dir);
            for (int run = 1; run <= runs; run++) {
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                BuildResult r = Builder.build(BuildOptions.of(dir).withOutput(dir.resolve("site")));
                long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                System.out.printf(Locale.ROOT, "run %d: %d pages, %d files, wall %.2f s, %.0f pages/s, peak heap %d MB (max heap %d MB, %d cores)%n",
                        run, r.pages(), r.files(), r.millis() / 1000.0, r.pages() * 1000.0 / Math.max(1, r.millis()),
                        peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());
                System.out.println("  stages: " + r.stages());
            }
            vn.loa.search.SearchBudget.measure(dir.resolve("site")).report().forEach(System.out::println);
        } finally {
            if (!keep) {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return 0;
    }
}

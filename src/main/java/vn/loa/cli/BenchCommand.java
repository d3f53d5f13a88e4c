package vn.loa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.loa.bench.Benchmark;
import vn.loa.bench.CorpusGenerator;

/**
 * {@code loa bench}: on a synthetic corpus, a clean build, a rebuild with nothing changed, a
 * rebuild after a one-file edit, serve's delays after a body edit, a page added, renamed, deleted
 * and a partial edited, and the peak memory of each; then the search budgets of the site built.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Đo tốc độ: tạo kho nội dung giả lập (80%% tin, 20%% kế hoạch) rồi đo xây dựng mới, xây dựng lại khi không đổi gì,"
                + " sau khi sửa một tệp, độ trễ của 'loa serve' và bộ nhớ.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--pages", paramLabel = "N", description = "Số trang (mặc định 1000).")
    int pages = 1000;

    @Option(names = "--runs", paramLabel = "N", description = "Số lần đo mỗi loại xây dựng (mặc định 3; 0 để bỏ qua: với --edits 0 và --keep, chỉ tạo kho nội dung).")
    int runs = 3;

    @Option(names = "--edits", paramLabel = "N", description = "Số lần lưu mỗi loại khi đo 'loa serve': sửa, thêm, đổi tên, xóa bài; sửa mẫu giao diện tối đa 3 lần"
            + " (mặc định 7; 0 để bỏ qua).")
    int edits = 7;

    @Option(names = "--keep", description = "Giữ lại thư mục tạm để xem.")
    boolean keep;

    @Option(names = "--no-photos", description = "Kho nội dung không có ảnh (cổng chỉ có chữ): so với Hugo khi không có xử lý ảnh.")
    boolean noPhotos;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("loa-bench-");
        try {
            long g = System.nanoTime();
            CorpusGenerator.generate(dir, pages, !noPhotos);
            System.out.printf(Locale.ROOT, "kho nội dung: đã tạo %d trang trong %d ms (%s), máy có %d nhân xử lý%n", pages, (System.nanoTime() - g) / 1_000_000,
                    dir, Runtime.getRuntime().availableProcessors());
            Benchmark bench = new Benchmark(dir, System.out);
            bench.all(runs, edits);
            if (Files.isDirectory(dir.resolve("site"))) { // the search index of the site the builds or serve made
                vn.loa.search.SearchBudget.measure(dir.resolve("site")).report().forEach(System.out::println);
            }
        } finally {
            if (!keep) {
                try (var s = Files.walk(dir)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return 0;
    }
}

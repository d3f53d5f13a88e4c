package vn.loa.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.BuildResult;
import vn.loa.engine.Builder;

/** {@code loa build}: content → site/. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Xây dựng cổng thông tin vào thư mục site/.")
final class BuildCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "DIR", description = "Thư mục gốc của cổng (chứa content/). Mặc định: thư mục hiện tại.")
    Path source = Path.of(".");

    @Option(names = "--output", paramLabel = "DIR", description = "Thư mục xuất. Mặc định: DIR/site.")
    Path output;

    @Option(names = "--drafts", description = "Đưa cả các bài nháp (draft: true).")
    boolean drafts;

    @Option(names = "--base-url", paramLabel = "URL", description = "Địa chỉ gốc của cổng, thay cho base_url trong site.yaml.")
    String baseUrl;

    @Option(names = "--offline", description = "Liên kết trỏ tới index.html để xem trực tiếp từ ổ đĩa hoặc USB.")
    boolean offline;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "Ngày coi là hôm nay (để thử trang chủ trong tuần chiến dịch).")
    LocalDate today;

    @Option(names = "--timings", description = "In thêm thời gian của từng bước và số trang, tệp được làm lại.")
    boolean timings;

    @Option(names = "--no-cache", description = "Không dùng bộ nhớ đệm: đọc và dựng lại mọi trang, so với thư mục xuất trên đĩa.")
    boolean noCache;

    @Override
    public Integer call() {
        BuildResult r = Builder.build(options());
        System.out.println(r.summary());
        if (!r.drafts().isEmpty()) {
            System.out.println("Bỏ qua " + r.drafts().size() + " bài nháp (draft: true; thêm --drafts để đưa vào): "
                    + ErrorReporter.printable(String.join(", ", r.drafts().stream().map(d -> d.toString().replace('\\', '/')).toList())));
        }
        if (!java.nio.file.Files.exists(options().output().resolve("sitemap.xml"))) {
            // The sitemap is written only with a base URL: so is every webcal: link.
            System.out.println("Chưa có base_url trong site.yaml (hoặc --base-url): các trang chỉ cho tải lịch (.ics), "
                    + "không có liên kết theo dõi webcal:, vì ứng dụng lịch cần địa chỉ đầy đủ của cổng.");
        }
        if (timings) {
            System.out.println("  " + r.timings());
        }
        return 0;
    }

    BuildOptions options() {
        Path src = source.toAbsolutePath().normalize();
        return new BuildOptions(src, output != null ? output.toAbsolutePath().normalize() : src.resolve("site"),
                drafts, baseUrl, offline, today, false, !noCache);
    }
}

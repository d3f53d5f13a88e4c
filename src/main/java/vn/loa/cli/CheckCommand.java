package vn.loa.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.loa.check.CheckReport;
import vn.loa.check.Finding;
import vn.loa.engine.CheckRun;

/**
 * {@code loa check [--source DIR] [--drafts]}: validates the content without building. Prints one line per problem,
 * {@code content/ke-hoach/x.md:12: lỗi|cảnh báo: …}, in file and line order, then a summary line, all on standard
 * output. Exit code 1 when there is at least one error, else 0 (warnings alone pass); 2 for a usage error. It runs on
 * the engine {@code build} and {@code serve} use ({@link CheckRun}), and reuses the pages a build left in the cache.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Kiểm tra nội dung mà không xây dựng cổng: phần đầu, ngày tháng, sự kiện, liên kết, tệp đính kèm, ảnh.",
                "Mỗi vấn đề một dòng 'tệp:dòng: lỗi|cảnh báo: …'; trả mã 1 khi có lỗi, 0 khi chỉ có cảnh báo."})
final class CheckCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "DIR", description = "Thư mục gốc của cổng (chứa content/). Mặc định: thư mục hiện tại.")
    Path source = Path.of(".");

    @Option(names = "--drafts", description = "Kiểm tra cả các bài nháp (draft: true).")
    boolean drafts;

    @Option(names = "--today", hidden = true)
    LocalDate today;

    @Override
    public Integer call() {
        LocalDate day = today != null ? today : LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        CheckReport report = CheckRun.check(source, drafts, day);
        StringBuilder sb = new StringBuilder();
        for (Finding f : report.findings()) {
            sb.append(f.format()).append('\n');
        }
        sb.append(report.summary()).append('\n');
        System.out.print(sb);
        System.out.flush();
        return report.exitCode();
    }
}

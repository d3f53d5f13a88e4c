package vn.loa.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.Engine;
import vn.loa.serve.ChangeWatcher;
import vn.loa.serve.DevServer;
import vn.loa.serve.EditorRoutes;
import vn.loa.serve.Preview;

/**
 * {@code loa serve}: build, serve on 127.0.0.1, rebuild what a change touches and reload the open
 * page. One engine lives as long as the command, so a rebuild after an edit redoes only what the
 * edit changed; a failed rebuild shows its errors over the last good pages.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Xây dựng, xem thử tại http://127.0.0.1:PORT/ và tự xây dựng lại khi nội dung hoặc giao diện thay đổi.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "Cổng mạng (mặc định 1318).")
    int port = 1318;

    @Option(names = "--source", paramLabel = "DIR", description = "Thư mục gốc của cổng (chứa content/).")
    Path source = Path.of(".");

    @Option(names = "--output", paramLabel = "DIR", description = "Thư mục xuất. Mặc định: DIR/site.")
    Path output;

    @Option(names = "--drafts", description = "Đưa cả các bài nháp.")
    boolean drafts;

    @Option(names = "--timings", description = "In thêm thời gian của từng bước sau mỗi lần xây dựng.")
    boolean timings;

    @Override
    public Integer call() throws Exception {
        Path src = source.toAbsolutePath().normalize();
        BuildOptions options = BuildOptions.of(src).withOutput(output != null ? output.toAbsolutePath().normalize() : src.resolve("site"))
                .withDrafts(drafts);
        Engine engine = new Engine(options);
        Preview preview = new Preview(engine, System.out, System.err, ErrorReporter::printable).withTimings(timings);
        preview.rebuild(List.of());
        // Ctrl+C: the search index and the build cache of the last save are made before the process ends.
        Runtime.getRuntime().addShutdownHook(new Thread(preview::close, "loa-stop"));
        try (preview; DevServer server = new DevServer(options.output(), port, preview::problems, preview::failed);
             ChangeWatcher watcher = new ChangeWatcher(List.of(src.resolve("content"), src.resolve("themes")), changed -> {
                 preview.rebuild(changed, server::reload);
             })) {
            preview.withOpenPages(server::openPages);
            EditorRoutes.on(server, src, () -> engine.config().orElseGet(vn.loa.load.SiteConfig::defaults), new EditorImport(src));
            System.out.println("Xem tại http://127.0.0.1:" + server.port() + "/ — soạn bài tại http://127.0.0.1:" + server.port()
                    + EditorRoutes.ADMIN + " — nhấn Ctrl+C để dừng.");
            new CountDownLatch(1).await();
        }
        return 0;
    }
}

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
        // The port first: a port in use is said at once, not after the first build (minutes for a big site).
        try (DevServer server = listen(options.output(), preview)) {
            preview.rebuild(List.of());
            // Ctrl+C: the search index and the build cache of the last save are made before the process ends.
            Runtime.getRuntime().addShutdownHook(new Thread(preview::close, "loa-stop"));
            try (preview; ChangeWatcher watcher = new ChangeWatcher(List.of(src.resolve("content"), src.resolve("themes")), changed -> {
                preview.rebuild(changed, server::reload);
            })) {
                preview.withOpenPages(server::openPages);
                server.withFresh(engine::fresh);
                EditorRoutes.on(server, src, () -> engine.config().orElseGet(vn.loa.load.SiteConfig::defaults), new EditorImport(src));
                System.out.println("Xem tại http://127.0.0.1:" + server.port() + "/ — soạn bài tại http://127.0.0.1:" + server.port()
                        + EditorRoutes.ADMIN + " — nhấn Ctrl+C để dừng.");
                new CountDownLatch(1).await();
            }
        }
        return 0;
    }

    private DevServer listen(Path output, Preview preview) throws java.io.IOException {
        try {
            return new DevServer(output, port, preview::problems, preview::failed);
        } catch (java.net.BindException e) {
            throw new vn.loa.LoaException(null, 0, "cổng " + port + " đang được một chương trình khác dùng (có thể một 'loa serve' khác vẫn chạy)",
                    "dừng chương trình đó, hoặc chọn cổng khác: loa serve --port " + (port < 65535 ? port + 1 : 1318), e);
        }
    }
}

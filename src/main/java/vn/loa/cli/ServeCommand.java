package vn.loa.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.Builder;
import vn.loa.load.ContentErrors;
import vn.loa.serve.ChangeWatcher;
import vn.loa.serve.DevServer;

/** {@code loa serve}: build, serve on 127.0.0.1, rebuild on change and reload the open page. */
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

    @Override
    public Integer call() throws Exception {
        Path src = source.toAbsolutePath().normalize();
        BuildOptions options = new BuildOptions(src, output != null ? output.toAbsolutePath().normalize() : src.resolve("site"),
                drafts, null, false, null, false, true);
        vn.loa.engine.Engine engine = new vn.loa.engine.Engine(options);
        System.out.println(engine.build().summary());
        try (DevServer server = new DevServer(options.output(), port);
             ChangeWatcher watcher = new ChangeWatcher(List.of(src.resolve("content"), src.resolve("themes")), () -> {
                 try {
                     System.out.println(engine.build().summary());
                     server.reload();
                 } catch (ContentErrors e) {
                     e.errors().forEach(x -> System.err.println(x.getMessage()));
                 } catch (RuntimeException e) {
                     System.err.println(e.getMessage());
                 }
             })) {
            System.out.println("Xem tại http://127.0.0.1:" + server.port() + "/ — nhấn Ctrl+C để dừng.");
            new CountDownLatch(1).await();
        }
        return 0;
    }
}

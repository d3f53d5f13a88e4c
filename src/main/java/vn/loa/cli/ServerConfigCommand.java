package vn.loa.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.loa.serverconfig.ApacheConfig;
import vn.loa.serverconfig.NginxConfig;
import vn.loa.serverconfig.ServerSettings;

/**
 * {@code loa server-config nginx|apache [--root DIR] [--port N] [--listen ADDR] [--base-path /khcn/]}:
 * prints a complete configuration serving the built site (see docs/publishing.md#server-configuration).
 * Exit code 0, or 2 for a usage error (an unknown server, a port out of range, a base path that is not
 * plain folder names).
 */
@Command(name = "server-config", mixinStandardHelpOptions = true,
        description = {"In ra cấu hình máy chủ web (nginx hoặc Apache) phục vụ cổng đã dựng: kiểu tệp, trang 404,",
                "thời gian lưu đệm, tệp nén sẵn .gz và các tiêu đề bảo mật (Content-Security-Policy, nosniff, Referrer-Policy)."})
final class ServerConfigCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MÁY_CHỦ", description = "nginx hoặc apache.")
    String server;

    @Option(names = "--root", paramLabel = "DIR", description = "Thư mục chứa cổng đã dựng trên máy chủ. Mặc định: site/ trong thư mục hiện tại.")
    Path root;

    @Option(names = "--port", paramLabel = "N", description = "Cổng TCP máy chủ nghe. Mặc định: 80.")
    int port = 80;

    @Option(names = "--listen", paramLabel = "ĐỊA_CHỈ", description = "Địa chỉ IP máy chủ nghe, ví dụ 127.0.0.1. Mặc định: mọi địa chỉ.")
    String listen;

    @Option(names = "--base-path", paramLabel = "ĐƯỜNG_DẪN",
            description = "Đường dẫn con cổng được đặt dưới, ví dụ /khcn/ (như phần đường dẫn của base_url). Mặc định: /.")
    String basePath = "/";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (port < 1 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Cổng phải từ 1 đến 65535, không phải " + port);
        }
        if (!ServerSettings.isPlainBasePath(basePath)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Đường dẫn con '" + basePath
                    + "' chỉ được gồm tên thư mục bằng chữ không dấu, số, '-', '_' và '.', ví dụ /khcn/");
        }
        if (listen != null && !listen.matches("[0-9.]+|\\[[0-9a-fA-F:]+\\]|[A-Za-z0-9.-]+")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Địa chỉ nghe '" + listen + "' không hợp lệ, ví dụ 127.0.0.1");
        }
        String dir = (root != null ? root : Path.of("site")).toAbsolutePath().normalize().toString();
        if (dir.contains("\"") || dir.chars().anyMatch(c -> c < 0x20 || Character.isWhitespace(c))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Thư mục '" + dir
                    + "' có dấu cách, dấu nháy kép hoặc ký tự điều khiển; hãy đặt cổng vào một thư mục có tên đơn giản");
        }
        ServerSettings settings = new ServerSettings(dir, port, listen, basePath);
        String config = switch (server) {
            case "nginx" -> NginxConfig.of(settings);
            case "apache", "apache2", "httpd" -> ApacheConfig.of(settings);
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "Máy chủ '" + server + "' chưa được hỗ trợ; viết nginx hoặc apache");
        };
        System.out.print(config);
        System.out.flush();
        return 0;
    }
}

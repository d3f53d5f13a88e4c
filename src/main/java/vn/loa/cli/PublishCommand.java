package vn.loa.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.loa.LoaException;
import vn.loa.load.PublishSetting;
import vn.loa.publish.Destination;
import vn.loa.publish.Publisher;

/** {@code loa publish [DEST]}: the built site/ → a folder, an SFTP or an FTP(S) server, only what changed. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Xuất bản thư mục site/ đã xây dựng lên máy chủ: chỉ gửi những tệp đã đổi, xóa những tệp không còn.")
final class PublishCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DEST",
            description = "Nơi xuất bản: một thư mục, sftp://ten@may-chu[:cong]/duong-dan, ftps://… hoặc ftp://…"
                    + " Mặc định: 'publish:' trong content/site.yaml.")
    String destination;

    @Option(names = "--source", paramLabel = "DIR", description = "Thư mục gốc của cổng (chứa content/). Mặc định: thư mục hiện tại.")
    Path source = Path.of(".");

    @Option(names = "--site", paramLabel = "DIR", description = "Thư mục đã xây dựng để xuất bản. Mặc định: DIR/site.")
    Path site;

    @Option(names = "--dry-run", description = "Chỉ in những gì sẽ thêm, sửa, xóa; không thay đổi gì trên máy đích.")
    boolean dryRun;

    @Option(names = "--identity", paramLabel = "FILE", description = "Tệp khóa SSH riêng cho sftp://. Mặc định: ~/.ssh/id_ed25519, id_ecdsa, id_rsa.")
    Path identity;

    @Option(names = "--known-hosts", paramLabel = "FILE", description = "Tệp known_hosts để kiểm tra khóa của máy chủ SFTP. Mặc định: ~/.ssh/known_hosts.")
    Path knownHosts;

    @Option(names = "--accept-new-host-key", description = "Tin và ghi vào known_hosts khóa của một máy chủ SFTP chưa biết (không bao giờ chấp nhận một khóa đã đổi).")
    boolean acceptNewHostKey;

    @Override
    public Integer call() {
        Path src = source.toAbsolutePath().normalize();
        Destination dest;
        if (destination != null) {
            dest = Destination.parse(destination, null, 0, Path.of("").toAbsolutePath());
        } else {
            PublishSetting setting = PublishSetting.read(src);
            if (setting == null) {
                throw new LoaException(null, 0, "chưa nói xuất bản tới đâu",
                        "viết nơi xuất bản sau lệnh, ví dụ 'loa publish sftp://ten@may-chu.gov.vn/var/www/khcn',"
                                + " hoặc thêm dòng 'publish: sftp://ten@may-chu.gov.vn/var/www/khcn' vào content/site.yaml");
            }
            dest = Destination.parse(setting.value(), setting.file(), setting.line(), src);
        }
        Path home = Path.of(System.getProperty("user.home"));
        Publisher.Options options = new Publisher.Options(site != null ? site.toAbsolutePath().normalize() : src.resolve("site"), dest,
                dryRun, identity, knownHosts != null ? knownHosts : home.resolve(".ssh").resolve("known_hosts"), acceptNewHostKey,
                System.getenv(), home);
        System.out.println((dryRun ? "Chạy thử xuất bản lên " : "Xuất bản lên ") + ErrorReporter.printable(dest.display()) + " …");
        Publisher.Summary summary = new Publisher(options, System.out).publish();
        System.out.println(ErrorReporter.printable(summary.line(dest.display())));
        return 0;
    }
}

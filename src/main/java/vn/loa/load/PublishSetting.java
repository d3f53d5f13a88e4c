package vn.loa.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.loa.LoaException;

/**
 * {@code publish:} of {@code site.yaml}: where {@code loa publish} sends the site when the command line names no
 * destination. A password never belongs in {@code site.yaml} (it would be copied with the site's sources, into
 * version control and backups): a {@code password:} key, or one in the {@code publish:} address, is an error that
 * says to use the environment or an SSH key instead.
 */
public record PublishSetting(String value, Path file, int line) {

    /** Keys that would hold a secret, at the top of site.yaml or under a publish: group. */
    private static final List<String> SECRETS = List.of("password", "passwd", "pass", "mat_khau", "mật_khẩu", "passphrase");

    static final String HOW = "xóa mật khẩu khỏi site.yaml; khi xuất bản, đặt mật khẩu vào biến môi trường LOA_PUBLISH_PASSWORD"
            + " (ví dụ: read -s LOA_PUBLISH_PASSWORD && export LOA_PUBLISH_PASSWORD), hoặc dùng khóa SSH với sftp:// (--identity FILE)";

    /** The setting of {@code sourceDir/content/site.yaml}, or null when it has none (or there is no site.yaml). */
    public static PublishSetting read(Path sourceDir) {
        Path file = sourceDir.resolve("content").resolve("site.yaml");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Path rel = Path.of("content", "site.yaml");
        String text;
        try {
            if (Files.size(file) > ContentLoader.MAX_YAML_BYTES) {
                throw new LoaException(rel, 0, "tệp quá lớn", "tệp cấu hình chỉ cần vài trăm dòng; xóa phần thừa");
            }
            text = SourceText.decode(Files.readAllBytes(file), rel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        YamlMap y = Yaml.parseMapping(text, rel, 1);
        check(y);
        String value = y.string("publish");
        return value == null ? null : new PublishSetting(value, rel, y.lineOf("publish"));
    }

    /** Refuses a password anywhere Loa would read it from site.yaml. */
    static void check(YamlMap y) {
        for (String key : SECRETS) {
            if (y.keys().contains(key)) {
                throw y.error(key, "site.yaml không được chứa mật khẩu ('" + key + ":')", HOW);
            }
        }
        if (!y.keys().contains("publish")) {
            return;
        }
        YamlMap group = mapOrNull(y);
        if (group != null) {
            for (String key : SECRETS) {
                if (group.keys().contains(key)) {
                    throw group.error(key, "site.yaml không được chứa mật khẩu ('publish: " + key + ":')", HOW);
                }
            }
        }
        String value = y.string("publish");
        if (value != null) {
            int scheme = value.indexOf("://");
            int at = value.lastIndexOf('@');
            if (scheme >= 0 && at > scheme && value.substring(scheme + 3, at).contains(":")) {
                throw y.error("publish", "địa chỉ 'publish:' chứa mật khẩu (phần ':…@')", HOW);
            }
        }
    }

    private static YamlMap mapOrNull(YamlMap y) {
        try {
            return y.map("publish");
        } catch (LoaException e) {
            return null;
        }
    }
}

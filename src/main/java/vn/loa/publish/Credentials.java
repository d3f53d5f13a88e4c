package vn.loa.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.loa.LoaException;

/**
 * How {@code loa publish} logs in: a password from the environment ({@value #PASSWORD_ENV}), and for SFTP the key
 * files {@code --identity FILE} names or else the usual {@code ~/.ssh/id_ed25519}, {@code id_ecdsa}, {@code id_rsa},
 * unlocked by {@value #PASSPHRASE_ENV} when they have a passphrase. Secrets are read here and handed to the protocol
 * library; none is ever printed, logged or written.
 */
final class Credentials {

    static final String PASSWORD_ENV = "LOA_PUBLISH_PASSWORD";
    static final String PASSPHRASE_ENV = "LOA_PUBLISH_KEY_PASSPHRASE";
    private static final List<String> DEFAULT_KEYS = List.of("id_ed25519", "id_ecdsa", "id_rsa");

    private final String password;
    private final String passphrase;
    private final List<Path> keys;

    private Credentials(String password, String passphrase, List<Path> keys) {
        this.password = password;
        this.passphrase = passphrase;
        this.keys = keys;
    }

    static Credentials from(Map<String, String> env, Path identity, Path home) {
        List<Path> keys = new ArrayList<>();
        if (identity != null) {
            if (!Files.isRegularFile(identity)) {
                throw new LoaException(identity, 0, "không có tệp khóa SSH này", "chỉ ra tệp khóa riêng, ví dụ --identity ~/.ssh/id_ed25519");
            }
            keys.add(identity);
        } else if (home != null) {
            for (String name : DEFAULT_KEYS) {
                Path key = home.resolve(".ssh").resolve(name);
                if (Files.isRegularFile(key)) {
                    keys.add(key);
                }
            }
        }
        return new Credentials(blankToNull(env.get(PASSWORD_ENV)), blankToNull(env.get(PASSPHRASE_ENV)), List.copyOf(keys));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    String password() {
        return password;
    }

    String passphrase() {
        return passphrase;
    }

    List<Path> keys() {
        return keys;
    }

    /** The password, or an error saying where to put it. */
    String requirePassword(Destination dest) {
        if (password == null) {
            throw new LoaException(null, 0, "chưa có mật khẩu để đăng nhập " + dest.display(),
                    "đặt mật khẩu vào biến môi trường " + PASSWORD_ENV + " khi chạy lệnh, ví dụ: read -s "
                            + PASSWORD_ENV + " && export " + PASSWORD_ENV + " && loa publish …");
        }
        return password;
    }
}

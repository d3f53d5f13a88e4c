package vn.loa.publish;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import vn.loa.LoaException;

/**
 * The SFTP server's host key against {@code known_hosts}: a key listed for the host passes; an unknown key stops the
 * publish unless {@code --accept-new-host-key} (then it is added to the file); a key that differs from the listed one
 * always stops it, since that is what a man in the middle looks like.
 */
final class HostKeyCheck extends KnownHostsServerKeyVerifier {

    enum Outcome { NONE, UNKNOWN, CHANGED }

    private volatile Outcome outcome = Outcome.NONE;
    private volatile String fingerprint;
    private final Path file;

    HostKeyCheck(Path file, boolean acceptNew) throws IOException {
        super((session, address, key) -> acceptNew, prepare(file, acceptNew));
        this.file = file;
        setModifiedServerKeyAcceptor(this::changed);
    }

    private static Path prepare(Path file, boolean acceptNew) throws IOException {
        if (acceptNew && file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        return file;
    }

    @Override
    protected boolean acceptUnknownHostKey(ClientSession session, SocketAddress remote, PublicKey key) {
        fingerprint = KeyUtils.getFingerPrint(key);
        boolean accepted = super.acceptUnknownHostKey(session, remote, key);
        if (!accepted) {
            outcome = Outcome.UNKNOWN;
        }
        return accepted;
    }

    private boolean changed(ClientSession session, SocketAddress remote, KnownHostEntry entry, PublicKey expected, PublicKey actual) {
        fingerprint = KeyUtils.getFingerPrint(actual);
        outcome = Outcome.CHANGED;
        return false;
    }

    /** The error for a refused key, or null when the key was not the problem. */
    LoaException refusal(Destination dest) {
        String host = dest.host() + (dest.port() == 22 ? "" : ":" + dest.port());
        return switch (outcome) {
            case NONE -> null;
            case UNKNOWN -> new LoaException(null, 0, "máy chủ " + host + " chưa có trong " + file
                    + " (khóa của máy chủ: " + fingerprint + "), nên chưa thể tin đây đúng là máy chủ của cơ quan",
                    "hỏi người quản trị máy chủ dấu vân tay khóa của nó; nếu trùng, chạy lại với --accept-new-host-key để ghi khóa này vào "
                            + file);
            case CHANGED -> new LoaException(null, 0, "khóa của máy chủ " + host + " KHÁC với khóa đã ghi trong " + file
                    + " (khóa mới: " + fingerprint + "): có thể có kẻ đứng giữa đang giả làm máy chủ; đã dừng, không gửi gì",
                    "hỏi người quản trị máy chủ xem khóa có vừa đổi không; chỉ khi họ xác nhận dấu vân tay mới, xóa dòng cũ của máy chủ"
                            + " này khỏi " + file + " (ssh-keygen -R " + (dest.port() == 22 ? host : "'[" + dest.host() + "]:" + dest.port() + "'")
                            + ") rồi chạy lại với --accept-new-host-key");
        };
    }
}

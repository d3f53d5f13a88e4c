package vn.loa.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.client.extensions.openssh.OpenSSHPosixRenameExtension;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import vn.loa.LoaException;

/** A folder on an SFTP server (Apache MINA SSHD), the host key checked against known_hosts. */
final class SftpTarget implements Target {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final SshClient client;
    private final ClientSession session;
    private final SftpClient sftp;
    private final String root;
    private final Set<String> folders = new HashSet<>();

    private SftpTarget(SshClient client, ClientSession session, SftpClient sftp, String root) {
        this.client = client;
        this.session = session;
        this.sftp = sftp;
        this.root = root.endsWith("/") && root.length() > 1 ? root.substring(0, root.length() - 1) : root;
    }

    static SftpTarget open(Destination dest, Credentials credentials, Path knownHosts, boolean acceptNew) throws IOException {
        HostKeyCheck hostKeys = new HostKeyCheck(knownHosts, acceptNew);
        SshClient client = SshClient.setUpDefaultClient();
        // Only what the command line says: no ~/.ssh/config rewriting the host, port or user behind the user's back.
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.setServerKeyVerifier(hostKeys);
        List<Path> keys = credentials.keys();
        if (!keys.isEmpty()) {
            FileKeyPairProvider provider = new FileKeyPairProvider(keys);
            if (credentials.passphrase() != null) {
                provider.setPasswordFinder(FilePasswordProvider.of(credentials.passphrase()));
            }
            client.setKeyIdentityProvider(provider);
        } else {
            client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        }
        client.start();
        ClientSession session = null;
        try {
            try {
                session = client.connect(dest.user(), dest.host(), dest.port()).verify(TIMEOUT).getSession();
            } catch (IOException e) {
                LoaException refused = hostKeys.refusal(dest);
                throw refused != null ? refused : unreachable(dest, e);
            }
            if (credentials.password() != null) {
                session.addPasswordIdentity(credentials.password());
            }
            try {
                session.auth().verify(TIMEOUT);
            } catch (IOException | RuntimeException e) {
                LoaException refused = hostKeys.refusal(dest);
                if (refused != null) {
                    throw refused;
                }
                throw new LoaException(null, 0, "máy chủ " + dest.host() + " không cho tài khoản '" + dest.user() + "' đăng nhập"
                        + (credentials.password() == null && keys.isEmpty() ? " (không có mật khẩu hay khóa SSH nào để thử)" : ""),
                        "kiểm tra tên đăng nhập, mật khẩu trong biến môi trường " + Credentials.PASSWORD_ENV
                                + " hoặc khóa SSH (--identity FILE; khóa có mật khẩu: " + Credentials.PASSPHRASE_ENV + ")");
            }
            LoaException refused = hostKeys.refusal(dest);
            if (refused != null) {
                throw refused;
            }
            SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
            return new SftpTarget(client, session, sftp, dest.path());
        } catch (IOException | RuntimeException e) {
            if (session != null) {
                session.close(true);
            }
            client.stop();
            throw e;
        }
    }

    static LoaException unreachable(Destination dest, Exception e) {
        return new LoaException(null, 0, "không kết nối được tới " + dest.host() + ":" + dest.port()
                + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")) + ")",
                "kiểm tra tên máy chủ, cổng và mạng, rồi chạy lại");
    }

    private String at(String path) {
        return root.equals("/") ? "/" + path : root + "/" + path;
    }

    private static boolean missing(IOException e) {
        return e instanceof SftpException s && (s.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE
                || s.getStatus() == SftpConstants.SSH_FX_NO_SUCH_PATH);
    }

    @Override
    public String readText(String name) throws IOException {
        try (InputStream in = sftp.read(at(name))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            if (missing(e)) {
                return null;
            }
            throw e;
        }
    }

    @Override
    public boolean isEmpty() throws IOException {
        try {
            return !hasEntries(root);
        } catch (IOException e) {
            if (missing(e)) {
                return true;
            }
            throw e;
        }
    }

    private void folders(String path) throws IOException {
        List<String> parents = new java.util.ArrayList<>();
        parents.add("");
        parents.addAll(Target.parents(path));
        for (String folder : parents) {
            if (folders.contains(folder)) {
                continue;
            }
            String abs = folder.isEmpty() ? root : at(folder);
            try {
                sftp.stat(abs);
            } catch (IOException e) {
                if (!missing(e)) {
                    throw e;
                }
                if (folder.isEmpty()) {
                    mkdirs(abs);
                } else {
                    sftp.mkdir(abs);
                }
            }
            folders.add(folder);
        }
    }

    /** The root folder and those above it, as far as they are missing. */
    private void mkdirs(String abs) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String part : abs.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            sb.append('/').append(part);
            try {
                sftp.stat(sb.toString());
            } catch (IOException e) {
                if (!missing(e)) {
                    throw e;
                }
                sftp.mkdir(sb.toString());
            }
        }
    }

    @Override
    public void upload(String path, Path local, LongConsumer sent) throws IOException {
        folders(path);
        String temp = at(Target.temporary(path));
        try (InputStream in = Files.newInputStream(local); OutputStream out = sftp.write(temp)) {
            byte[] buffer = new byte[32 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                total += n;
                sent.accept(total);
            }
        }
        rename(temp, at(path));
    }

    private void rename(String from, String to) throws IOException {
        OpenSSHPosixRenameExtension posix = sftp.getExtension(OpenSSHPosixRenameExtension.class);
        if (posix.isSupported()) {
            posix.posixRename(from, to);
            return;
        }
        // SFTP version 3 alone cannot rename over a file: remove it first (a moment without it, never half of it).
        try {
            sftp.remove(to);
        } catch (IOException e) {
            if (!missing(e)) {
                throw e;
            }
        }
        sftp.rename(from, to);
    }

    @Override
    public void writeText(String name, String text) throws IOException {
        folders(name);
        String temp = at(Target.temporary(name));
        try (OutputStream out = sftp.write(temp)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        rename(temp, at(name));
    }

    @Override
    public void appendText(String name, String text) throws IOException {
        folders(name);
        try (OutputStream out = sftp.write(at(name), SftpClient.OpenMode.Write, SftpClient.OpenMode.Create, SftpClient.OpenMode.Append)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void delete(String path) throws IOException {
        try {
            sftp.remove(at(path));
        } catch (IOException e) {
            if (!missing(e)) {
                throw e;
            }
        }
        List<String> parents = Target.parents(path);
        for (int i = parents.size() - 1; i >= 0; i--) {
            try {
                if (hasEntries(at(parents.get(i)))) {
                    return;
                }
                sftp.rmdir(at(parents.get(i)));
            } catch (IOException e) {
                if (!missing(e)) {
                    throw e;
                }
            }
            folders.remove(parents.get(i));
        }
    }

    private boolean hasEntries(String abs) throws IOException {
        try {
            for (SftpClient.DirEntry entry : sftp.readDir(abs)) {
                if (!entry.getFilename().equals(".") && !entry.getFilename().equals("..")) {
                    return true;
                }
            }
            return false;
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();   // the listing is read lazily, its failures come wrapped
        }
    }

    @Override
    public void close() throws IOException {
        try {
            sftp.close();
        } finally {
            session.close(true);
            client.stop();
        }
    }
}

package vn.loa.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A real SFTP server in this JVM (Apache MINA SSHD) serving {@code root} as {@code /}, for user {@value #USER} with
 * password {@value #PASSWORD} or the key pair {@link #clientKey}; it records every rename into place (one per file
 * sent) and every removal, in order.
 */
final class SftpServerFixture extends ServerLog implements AutoCloseable {

    static final String USER = "bientap";
    static final String PASSWORD = "mat-khau-dung";

    final Path root;
    final KeyPair hostKey;
    final KeyPair clientKey;
    private final SshServer server;

    SftpServerFixture(Path root) throws IOException, GeneralSecurityException {
        this(root, ed25519());
    }

    SftpServerFixture(Path root, KeyPair hostKey) throws IOException, GeneralSecurityException {
        this.root = root;
        this.hostKey = hostKey;
        this.clientKey = ed25519();
        Files.createDirectories(root);
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        server.setPublickeyAuthenticator((user, key, session) -> USER.equals(user) && key.equals(clientKey.getPublic()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        SftpSubsystemFactory sftp = new SftpSubsystemFactory();
        sftp.addSftpEventListener(new SftpEventListener() {
            @Override
            public void moved(ServerSession session, Path src, Path dst, Collection<CopyOption> opts, Throwable thrown) {
                if (thrown == null) {
                    renamedInto.add(relative(dst));
                }
            }

            @Override
            public void removed(ServerSession session, Path path, boolean isDirectory, Throwable thrown) {
                if (thrown == null && !isDirectory) {
                    removed.add(relative(path));
                }
            }
        });
        server.setSubsystemFactories(List.of(sftp));
        server.start();
    }

    private static String relative(Path p) {
        String s = p.toString();
        return s.startsWith("/") ? s.substring(1) : s;
    }

    static KeyPair ed25519() throws GeneralSecurityException {
        return org.apache.sshd.common.config.keys.KeyUtils.generateKeyPair("ssh-ed25519", 256);
    }

    int port() {
        return server.getPort();
    }

    /** A known_hosts file that lists {@code key} for this server. */
    Path knownHosts(Path file, PublicKey key) throws IOException {
        StringBuilder line = new StringBuilder("[127.0.0.1]:" + port() + " ");
        PublicKeyEntry.appendPublicKeyEntry(line, key);
        Files.writeString(file, line + "\n");
        return file;
    }

    /** The client's private key as an OpenSSH key file, as ssh-keygen writes it. */
    Path clientKeyFile(Path file) throws IOException, GeneralSecurityException {
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(clientKey, "loa-test", null, out);
        }
        return file;
    }

    String url(String path) {
        return "sftp://" + USER + "@127.0.0.1:" + port() + path;
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}

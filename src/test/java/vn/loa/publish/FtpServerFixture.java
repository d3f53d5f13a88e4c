package vn.loa.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.DefaultFtplet;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.ftplet.FtpletResult;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/**
 * A real FTP server in this JVM (Apache FtpServer) serving {@code root} as {@code /} to user {@value #USER}; it records
 * every file stored (one per file sent, under its temporary name) and every removal, in order.
 */
final class FtpServerFixture extends ServerLog implements AutoCloseable {

    static final String USER = "bientap";
    static final String PASSWORD = "mat-khau-dung";
    static final String KEYSTORE_PASSWORD = "kho-khoa";

    final Path root;
    private final FtpServer server;
    private final int port;

    FtpServerFixture(Path root) throws IOException, FtpException {
        this(root, null);
    }

    /** With a PKCS#12 key store (password {@value #KEYSTORE_PASSWORD}), the server offers explicit TLS (AUTH TLS). */
    FtpServerFixture(Path root, Path keystore) throws IOException, FtpException {
        this.root = root;
        Files.createDirectories(root);
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        listener.setPort(0);
        if (keystore != null) {
            org.apache.ftpserver.ssl.SslConfigurationFactory ssl = new org.apache.ftpserver.ssl.SslConfigurationFactory();
            ssl.setKeystoreFile(keystore.toFile());
            ssl.setKeystoreType("PKCS12");
            ssl.setKeystorePassword(KEYSTORE_PASSWORD);
            listener.setSslConfiguration(ssl.createSslConfiguration());
            listener.setImplicitSsl(false);
        }
        factory.addListener("default", listener.createListener());
        var users = new PropertiesUserManagerFactory().createUserManager();
        BaseUser user = new BaseUser();
        user.setName(USER);
        user.setPassword(PASSWORD);
        user.setHomeDirectory(root.toString());
        user.setAuthorities(new ArrayList<>(List.of(new WritePermission())));
        users.save(user);
        factory.setUserManager(users);
        Map<String, org.apache.ftpserver.ftplet.Ftplet> ftplets = new java.util.HashMap<>();
        ftplets.put("count", new DefaultFtplet() {
            @Override
            public FtpletResult onUploadEnd(FtpSession session, FtpRequest request) {
                // Loa stores every file under its temporary name, then renames it into place.
                String temp = request.getArgument().replaceFirst("^/", "");
                int slash = temp.lastIndexOf('/');
                String name = temp.substring(slash + 2, temp.length() - Target.TEMP_SUFFIX.length());
                renamedInto.add(temp.substring(0, slash + 1) + name);
                return FtpletResult.DEFAULT;
            }

            @Override
            public FtpletResult onDeleteEnd(FtpSession session, FtpRequest request) {
                removed.add(request.getArgument().replaceFirst("^/", ""));
                return FtpletResult.DEFAULT;
            }
        });
        factory.setFtplets(ftplets);
        server = factory.createServer();
        server.start();
        port = ((org.apache.ftpserver.impl.DefaultFtpServer) server).getListener("default").getPort();
    }

    /** A self-signed certificate for 127.0.0.1, made by the JDK's keytool: no authority Java trusts signed it. */
    static Path selfSigned(Path file) throws IOException, InterruptedException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-keyalg", "EC", "-groupname", "secp256r1", "-alias", "ftp",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", file.toString(), "-storepass", KEYSTORE_PASSWORD)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException("keytool: " + out);
        }
        return file;
    }

    String url(String scheme, String path) {
        return scheme + "://" + USER + "@127.0.0.1:" + port + path;
    }

    @Override
    public void close() {
        server.stop();
    }
}

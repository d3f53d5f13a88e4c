package vn.loa.publish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;
import org.apache.commons.net.ftp.FTPSClient;
import org.apache.commons.net.io.CopyStreamAdapter;
import vn.loa.LoaException;

/**
 * A folder on an FTP server (Apache Commons Net), in passive binary mode; {@code ftps://} is explicit TLS (AUTH TLS,
 * then a protected data channel), the server's certificate checked by Java's trusted authorities and its host name.
 */
final class FtpTarget implements Target {

    private final FTPClient ftp;
    private final String root;
    private final Set<String> folders = new HashSet<>();

    private FtpTarget(FTPClient ftp, String root) {
        this.ftp = ftp;
        this.root = root.endsWith("/") && root.length() > 1 ? root.substring(0, root.length() - 1) : root;
    }

    static FtpTarget open(Destination dest, Credentials credentials, PrintStream out) throws IOException {
        String password = credentials.requirePassword(dest);
        FTPClient ftp;
        if (dest.kind() == Destination.Kind.FTPS) {
            FTPSClient ftps = new FTPSClient(false);
            ftps.setTrustManager(null);            // Java's trusted authorities, not Commons Net's "any valid date"
            ftps.setEndpointCheckingEnabled(true); // and the certificate must name the host
            ftp = ftps;
        } else {
            out.println("Cảnh báo: ftp:// gửi mật khẩu và mọi tệp qua mạng không mã hóa; ai nghe lén đường truyền cũng đọc được."
                    + " Nên dùng sftp:// hoặc ftps:// nếu máy chủ cho phép.");
            ftp = new FTPClient();
        }
        ftp.setControlEncoding("UTF-8");
        ftp.setConnectTimeout(30_000);
        ftp.setDefaultTimeout(30_000);
        try {
            ftp.connect(dest.host(), dest.port());
            ftp.setSoTimeout(60_000);
            ftp.setDataTimeout(Duration.ofSeconds(60));
            if (!FTPReply.isPositiveCompletion(ftp.getReplyCode())) {
                throw new IOException(ftp.getReplyString().strip());
            }
        } catch (IOException e) {
            disconnect(ftp);
            if (e instanceof javax.net.ssl.SSLException) {
                throw new LoaException(null, 0, "chứng chỉ TLS của " + dest.host() + " không được tin (không do một tổ chức chứng thực"
                        + " mà Java tin cấp, đã hết hạn, hoặc không mang tên máy chủ này); đã dừng, không gửi mật khẩu",
                        "hỏi người quản trị máy chủ về chứng chỉ; nếu máy chủ không có chứng chỉ hợp lệ, dùng sftp:// nếu được");
            }
            throw SftpTarget.unreachable(dest, e);
        }
        try {
            if (ftp instanceof FTPSClient ftps) {
                ftps.execPBSZ(0);
                ftps.execPROT("P");
            }
            if (!ftp.login(dest.user(), password)) {
                throw new LoaException(null, 0, "máy chủ " + dest.host() + " không cho tài khoản '" + dest.user()
                        + "' đăng nhập (" + ftp.getReplyString().strip() + ")",
                        "kiểm tra tên đăng nhập và mật khẩu trong biến môi trường " + Credentials.PASSWORD_ENV);
            }
            ftp.setFileType(FTP.BINARY_FILE_TYPE);
            ftp.enterLocalPassiveMode();
            return new FtpTarget(ftp, dest.path());
        } catch (IOException | RuntimeException e) {
            disconnect(ftp);
            throw e;
        }
    }

    private static void disconnect(FTPClient ftp) {
        try {
            if (ftp.isConnected()) {
                ftp.disconnect();
            }
        } catch (IOException e) {
            // Closing a connection that failed: nothing more to do.
        }
    }

    private String at(String path) {
        return root.equals("/") ? "/" + path : root + "/" + path;
    }

    private IOException failed(String what) {
        return new IOException(what + ": " + ftp.getReplyString().strip());
    }

    @Override
    public String readText(String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ftp.retrieveFile(at(name), out)) {
            if (ftp.getReplyCode() == 550) {
                return null;
            }
            throw failed(at(name));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public boolean isEmpty() throws IOException {
        String[] names = ftp.listNames(root);
        if (names == null) {
            return true;
        }
        for (String n : names) {
            String base = n.substring(n.lastIndexOf('/') + 1);
            if (!base.equals(".") && !base.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private void folders(String path) throws IOException {
        List<String> needed = new java.util.ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (String part : root.split("/")) {
            if (!part.isEmpty()) {
                sb.append('/').append(part);
                needed.add(sb.toString());
            }
        }
        Target.parents(path).forEach(p -> needed.add(at(p)));
        for (String abs : needed) {
            if (folders.add(abs) && !ftp.makeDirectory(abs) && !ftp.changeWorkingDirectory(abs)) {
                throw failed(abs);
            }
        }
    }

    private void store(String path, InputStream in, LongConsumer sent) throws IOException {
        folders(path);
        String temp = at(Target.temporary(path));
        ftp.setCopyStreamListener(new CopyStreamAdapter() {
            @Override
            public void bytesTransferred(long total, int bytes, long size) {
                sent.accept(total);
            }
        });
        try {
            if (!ftp.storeFile(temp, in)) {
                throw failed(temp);
            }
        } finally {
            ftp.setCopyStreamListener(null);
        }
        if (!ftp.rename(temp, at(path))) {
            // Some servers will not rename over a file: remove it first (a moment without it, never half of it).
            ftp.deleteFile(at(path));
            if (!ftp.rename(temp, at(path))) {
                throw failed(at(path));
            }
        }
    }

    @Override
    public void upload(String path, Path local, LongConsumer sent) throws IOException {
        try (InputStream in = Files.newInputStream(local)) {
            store(path, in, sent);
        }
    }

    @Override
    public void writeText(String name, String text) throws IOException {
        store(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), n -> { });
    }

    @Override
    public void appendText(String name, String text) throws IOException {
        folders(name);
        if (!ftp.appendFile(at(name), new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            throw failed(at(name));
        }
    }

    @Override
    public void delete(String path) throws IOException {
        if (!ftp.deleteFile(at(path)) && ftp.getReplyCode() != 550) {
            throw failed(at(path));
        }
        List<String> parents = Target.parents(path);
        for (int i = parents.size() - 1; i >= 0; i--) {
            String[] left = ftp.listNames(at(parents.get(i)));
            if (left != null && left.length > 0) {
                return;
            }
            ftp.removeDirectory(at(parents.get(i)));
            folders.remove(at(parents.get(i)));
        }
    }

    @Override
    public void close() throws IOException {
        try {
            ftp.logout();
        } catch (IOException e) {
            // The connection may already be gone.
        } finally {
            disconnect(ftp);
        }
    }
}

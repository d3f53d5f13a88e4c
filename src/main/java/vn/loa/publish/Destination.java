package vn.loa.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import vn.loa.LoaException;

/**
 * Where {@code loa publish} sends the site: a local folder (a mounted share), {@code sftp://user@host[:port]/path},
 * {@code ftps://user@host[:port]/path} (explicit TLS) or {@code ftp://user@host[:port]/path}. A password in the
 * address is refused (it would end up in shell history and in {@code site.yaml}); so is a path with {@code ..}.
 */
public record Destination(Kind kind, String user, String host, int port, String path, Path folder) {

    /** The protocols, with their default ports. */
    public enum Kind {
        LOCAL(0), SFTP(22), FTPS(21), FTP(21);

        final int defaultPort;

        Kind(int defaultPort) {
            this.defaultPort = defaultPort;
        }
    }

    static final String EXAMPLES = "một thư mục (ví dụ /mnt/may-chu/khcn), sftp://ten@may-chu.gov.vn/var/www/khcn, "
            + "ftps://ten@may-chu.gov.vn/khcn hoặc ftp://ten@may-chu.gov.vn/khcn";

    /**
     * Reads a destination; {@code where} names the file it comes from (null: the command line), {@code base} is the
     * folder a relative local folder is read from.
     */
    public static Destination parse(String text, Path where, int line, Path base) {
        String s = text.strip();
        if (s.isEmpty()) {
            throw new LoaException(where, line, "chưa nói xuất bản tới đâu", "viết " + EXAMPLES);
        }
        if (s.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw new LoaException(where, line, "địa chỉ xuất bản có ký tự điều khiển", "viết lại địa chỉ, ví dụ " + EXAMPLES);
        }
        int colon = s.indexOf("://");
        if (colon < 0) {
            return local(s, where, line, base);
        }
        String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
        Kind kind = switch (scheme) {
            case "sftp" -> Kind.SFTP;
            case "ftps" -> Kind.FTPS;
            case "ftp" -> Kind.FTP;
            default -> throw new LoaException(where, line, "Loa không xuất bản được qua '" + scheme + "://'",
                    "dùng sftp://, ftps:// hoặc ftp://, hoặc một thư mục trên máy");
        };
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new LoaException(where, line, "địa chỉ xuất bản '" + s + "' viết chưa đúng", "viết ví dụ " + EXAMPLES);
        }
        if (uri.getHost() == null) {
            throw new LoaException(where, line, "địa chỉ xuất bản '" + s + "' thiếu tên máy chủ", "viết ví dụ " + EXAMPLES);
        }
        String userInfo = uri.getUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            throw new LoaException(where, line, "địa chỉ xuất bản chứa mật khẩu (phần ':…@'); mật khẩu không được ghi ở đây",
                    "xóa mật khẩu khỏi địa chỉ và đặt nó vào biến môi trường " + Credentials.PASSWORD_ENV
                            + " khi chạy lệnh (hoặc dùng khóa SSH với sftp://)");
        }
        if (userInfo == null || userInfo.isEmpty()) {
            throw new LoaException(where, line, "địa chỉ xuất bản '" + s + "' thiếu tên đăng nhập",
                    "viết tên trước '@', ví dụ " + scheme + "://ten@" + uri.getHost() + "/duong-dan");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new LoaException(where, line, "địa chỉ xuất bản không được có phần '?…' hay '#…'", "xóa phần đó");
        }
        String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
        checkSegments(path, where, line);
        if (path.isEmpty()) {
            path = "/";
        }
        int port = uri.getPort() < 0 ? kind.defaultPort : uri.getPort();
        return new Destination(kind, userInfo, uri.getHost(), port, path, null);
    }

    private static Destination local(String s, Path where, int line, Path base) {
        checkSegments(s.replace('\\', '/'), where, line);
        Path folder;
        try {
            folder = base.resolve(s);
        } catch (java.nio.file.InvalidPathException e) {
            throw new LoaException(where, line, "'" + s + "' không phải là một đường dẫn thư mục hợp lệ", "viết " + EXAMPLES);
        }
        return new Destination(Kind.LOCAL, null, null, 0, null, folder.toAbsolutePath().normalize());
    }

    /** A path with a {@code ..} segment could lead out of the folder it names: refused, whatever it resolves to. */
    private static void checkSegments(String path, Path where, int line) {
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                throw new LoaException(where, line, "đường dẫn xuất bản '" + path + "' có '..', có thể ra ngoài thư mục gốc của nó",
                        "viết đường dẫn đầy đủ tới thư mục xuất bản, không dùng '..'");
            }
        }
    }

    /** What messages call it: the address without any secret, or the folder. */
    public String display() {
        if (kind == Kind.LOCAL) {
            return folder.toString();
        }
        String portPart = port == kind.defaultPort ? "" : ":" + port;
        return kind.name().toLowerCase(Locale.ROOT) + "://" + user + "@" + host + portPart + path;
    }
}

package vn.loa.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import vn.loa.LoaException;

/**
 * The address the site is published at ({@code base_url} of {@code site.yaml}, or {@code loa build --base-url}): an
 * absolute {@code http} or {@code https} address with a host, as {@link URI} reads it, with no user name or password,
 * no query and no fragment. Feeds, the sitemap and {@code og:image} put it in front of every path, so anything else
 * would make them wrong or crash the build later.
 */
public final class BaseUrl {

    /** What to write instead, shown in every message. */
    static final String EXAMPLE = "https://khcn.example.gov.vn/";

    private BaseUrl() {
    }

    /**
     * The address with a closing {@code /}, or an {@link IllegalArgumentException} whose message says, in Vietnamese,
     * what is wrong with it.
     */
    public static String parse(String text) {
        String s = text.strip();
        if (!vn.loa.text.ControlChars.clean(s) || s.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("địa chỉ không được có dấu cách hay ký tự điều khiển");
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            String at = e.getIndex() >= 0 && e.getIndex() < s.length() ? " (ở ký tự '" + s.charAt(e.getIndex()) + "')" : "";
            throw new IllegalArgumentException("đây không phải là một địa chỉ web viết đúng cách" + at);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new IllegalArgumentException("địa chỉ phải bắt đầu bằng 'https://' hoặc 'http://'");
        }
        if (uri.isOpaque() || uri.getRawAuthority() == null) {
            throw new IllegalArgumentException("thiếu tên máy chủ sau '" + scheme + "://'");
        }
        if (uri.getHost() == null) {
            // URI falls back to a "registry-based" authority when the host is no valid name or address.
            throw new IllegalArgumentException("tên máy chủ '" + uri.getRawAuthority() + "' không hợp lệ");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("địa chỉ không được chứa tên đăng nhập hay mật khẩu (phần trước '@')");
        }
        if (uri.getRawQuery() != null) {
            throw new IllegalArgumentException("địa chỉ gốc không được có phần truy vấn '?" + uri.getRawQuery() + "'");
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException("địa chỉ gốc không được có phần '#" + uri.getRawFragment() + "'");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.contains("/../") || path.endsWith("/..") || path.contains("/./") || path.endsWith("/.")) {
            throw new IllegalArgumentException("đường dẫn của địa chỉ gốc không được có '.' hay '..'");
        }
        return s.endsWith("/") ? s : s + "/";
    }

    /**
     * {@code base_url} of {@code site.yaml}, or the loader's error at its line. Null when the key is absent.
     */
    static String of(YamlMap site) {
        String value = site.string("base_url");
        if (value == null) {
            return null;
        }
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw site.error("base_url", "base_url '" + value + "' không dùng được: " + e.getMessage(),
                    "viết địa chỉ đầy đủ của cổng, ví dụ 'base_url: " + EXAMPLE + "', hoặc xóa dòng này");
        }
    }

    /** The value of a command line option ({@code --base-url}), or an error in the form of a usage error. */
    public static String ofOption(String option, String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw new LoaException(null, 0, "giá trị '" + value + "' không hợp lệ cho tùy chọn '" + option + "': " + e.getMessage(),
                    "viết địa chỉ đầy đủ của cổng, ví dụ '" + option + " https://example.gov.vn/khcn/'");
        }
    }
}

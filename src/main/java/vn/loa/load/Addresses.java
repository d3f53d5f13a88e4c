package vn.loa.load;

import java.util.Locale;
import java.util.Set;
import vn.loa.LoaException;

/**
 * The addresses content may link to: {@code http:}, {@code https:}, {@code mailto:} and {@code tel:}, and addresses
 * without a scheme (a path, {@code //host/…}, {@code #part}, {@code ?query}). Everything else — {@code javascript:},
 * {@code vbscript:}, {@code data:}, {@code file:}, a Windows path {@code C:\…} — would run code in the reader's
 * browser or point into the editor's own computer, and is refused in every address of content and configuration:
 * Markdown links and images, {@code image:}, the menu.
 *
 * <p>The scheme is read as a browser reads it: spaces and control characters around the address and tabs and line
 * breaks inside it are ignored ({@code " java\tscript:…"} is {@code javascript:}), letters in any case.
 */
public final class Addresses {

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");

    private Addresses() {
    }

    /** The scheme of an address in lower case ({@code javascript}), or null when it has none. */
    static String scheme(String address) {
        StringBuilder s = new StringBuilder();
        int i = 0;
        int n = address.length();
        while (i < n && address.charAt(i) <= ' ') {
            i++; // a browser strips leading C0 controls and spaces
        }
        for (; i < n; i++) {
            char c = address.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue; // and removes tabs and line breaks anywhere
            }
            if (c == ':') {
                return s.length() > 0 ? s.toString().toLowerCase(Locale.ROOT) : null;
            }
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            boolean other = c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.';
            if (!(letter || s.length() > 0 && other)) {
                return null; // '/', '?', '#' or any other character before a ':' : a relative address
            }
            s.append(c);
        }
        return null;
    }

    /** Whether content may link to the address. */
    public static boolean allowed(String address) {
        if (address == null) {
            return true;
        }
        String scheme = scheme(address);
        return scheme == null || SCHEMES.contains(scheme);
    }

    /**
     * The error for an address content may not link to, at a file and line: {@code what} names it for the reader
     * ("liên kết", "ảnh", "mục menu").
     */
    public static LoaException refused(java.nio.file.Path file, int line, String what, String address) {
        String scheme = scheme(address);
        String shown = address.length() > 80 ? address.substring(0, 77) + "…" : address;
        String why = switch (scheme) {
            case "javascript", "vbscript" -> "chạy mã lệnh trong trình duyệt của người đọc";
            case "data" -> "nhúng cả một tài liệu vào địa chỉ, trình duyệt có thể chạy mã trong đó";
            case "file" -> "trỏ vào ổ đĩa của máy soạn bài, người đọc không mở được";
            default -> scheme.length() == 1 ? "là một đường dẫn trên ổ đĩa Windows, người đọc không mở được"
                    : "dùng giao thức '" + scheme + ":' mà Loa không cho phép";
        };
        return new LoaException(file, line, what + " '" + vn.loa.text.ControlChars.replace(shown) + "' " + why,
                "chỉ dùng địa chỉ 'https://…', 'http://…', 'mailto:…', 'tel:…' hoặc đường dẫn trong cổng như '/tin-tuc/'"
                        + " hay 'tep.pdf'; tệp trên máy thì chép vào thư mục của bài rồi ghi tên tệp");
    }

    /** Throws {@link #refused} unless content may link to the address. */
    static void check(YamlMap map, String key, String what, String address) {
        if (!allowed(address)) {
            throw refused(map.file(), map.lineOf(key), what, address);
        }
    }
}

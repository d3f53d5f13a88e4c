package vn.loa.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.loa.LoaException;
import vn.loa.safety.SvgSanitizer;

/**
 * The header's emblem, {@code logo:} of {@code site.yaml}: a file of {@code content/} published at its own path
 * ({@code logo: logo.svg} is {@code content/logo.svg}, at {@code /logo.svg} of the site), an SVG, PNG, JPEG, GIF or
 * WebP image. An SVG is published cleaned like every SVG ({@link SvgSanitizer}); one it cannot read is reported here.
 */
final class LogoCheck {

    static final List<String> FORMATS = List.of("svg", "png", "jpg", "jpeg", "gif", "webp");

    private LogoCheck() {
    }

    /** The problem with the logo {@code config} names, at the line of {@code logo:} in {@code yaml}; null when none. */
    static LoaException check(SiteConfig config, YamlMap yaml, Path contentDir, List<Content.StaticFile> published) {
        String logo = config.logo();
        if (logo == null || yaml == null) {
            return null;
        }
        String ext = logo.contains(".") ? logo.substring(logo.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!FORMATS.contains(ext)) {
            return yaml.error("logo", "biểu trưng '" + logo + "' không phải là tệp ảnh Loa đưa lên đầu trang",
                    "dùng một tệp " + String.join(", ", FORMATS.stream().map(f -> "." + f).toList()) + ", ví dụ 'logo: logo.svg'");
        }
        Content.StaticFile file = published.stream().filter(f -> f.target().equals(logo)).findFirst().orElse(null);
        if (file == null) {
            return yaml.error("logo", "không có tệp biểu trưng content/" + logo,
                    "đặt tệp ảnh vào content/" + logo + ", hoặc sửa đường dẫn (tính từ thư mục content/)");
        }
        if (ext.equals("svg")) {
            try {
                SvgSanitizer.clean(file.source());
            } catch (LoaException e) {
                return new LoaException(Path.of("content", logo), e.line(), e.problem(), e.fix());
            }
            return null;
        }
        if (!looksLike(ext, head(file.source()))) {
            return yaml.error("logo", "tệp content/" + logo + " không phải là ảnh " + ext.toUpperCase(Locale.ROOT)
                    + " (nội dung tệp không khớp với đuôi tên)", "lưu lại ảnh đúng định dạng, hoặc đổi đuôi tên cho khớp");
        }
        return null;
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(12);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** Whether the first bytes are those of the format: its signature. */
    static boolean looksLike(String ext, byte[] b) {
        return switch (ext) {
            case "png" -> starts(b, 0x89, 'P', 'N', 'G');
            case "jpg", "jpeg" -> starts(b, 0xFF, 0xD8, 0xFF);
            case "gif" -> starts(b, 'G', 'I', 'F', '8');
            case "webp" -> starts(b, 'R', 'I', 'F', 'F') && b.length >= 12
                    && Arrays.equals(Arrays.copyOfRange(b, 8, 12), "WEBP".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            default -> false;
        };
    }

    private static boolean starts(byte[] b, int... sig) {
        if (b.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((b[i] & 0xFF) != sig[i]) {
                return false;
            }
        }
        return true;
    }
}

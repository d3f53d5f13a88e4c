package vn.loa.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;
import vn.loa.LoaException;
import vn.loa.safety.SvgSanitizer;

/**
 * The files an imported page may bring into its bundle: regular files inside the page's own folder (its
 * sub-folders too), once symbolic links are followed, up to {@link ImportLimits#MAX_FILE_BYTES}. Never an absolute
 * path, a {@code file:} address, a path that climbs out ({@code ../}, also percent-encoded {@code %2e%2e/}), a
 * symbolic link leading out, a folder, a FIFO or a device. Each refusal says why, for the editor's review.
 *
 * <pre>{@code
 * LocalFiles local = new LocalFiles(page.getParent());
 * switch (local.resolve("anh/trien-lam.jpg")) { case Found f -> … f.file(); case Refused r -> … r.reason(); case Missing m -> … }
 * LocalFiles.copy(source, target, folder);   // checked again when it is copied; an SVG is cleaned
 * }</pre>
 */
final class LocalFiles {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    /** What a link leads to. */
    sealed interface Resolution permits Found, Refused, Missing {
    }

    /** A file that may be copied: its real path. */
    record Found(Path file) implements Resolution {
    }

    /** A local file that must not be copied, and why (Vietnamese, for the editor). */
    record Refused(String reason) implements Resolution {
    }

    /** Not a local file at all, or not there: the link is dropped as before, nothing to report. */
    record Missing() implements Resolution {
    }

    private final Path folder;
    private final Path realFolder;

    /** @param folder the folder of the imported page */
    LocalFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        Path real;
        try {
            real = this.folder.toRealPath();
        } catch (IOException e) {
            real = this.folder;
        }
        this.realFolder = real;
    }

    /** Where a link of the page leads ({@code ?query} and {@code #fragment} are ignored). */
    Resolution resolve(String link) {
        String value = link.strip().replaceFirst("[?#].*$", "");
        if (value.regionMatches(true, 0, "file:", 0, 5)) {
            return new Refused("địa chỉ file: trỏ vào một tệp trên máy");
        }
        if (value.startsWith("/") || value.startsWith("\\") || value.matches("(?s)^[A-Za-z]:.*")) {
            return new Refused("đường dẫn tuyệt đối");
        }
        if (SCHEME.matcher(value).matches()) {
            return new Missing();
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new Missing();
        }
        decoded = decoded.replace('\\', '/');
        if (decoded.indexOf('\0') >= 0) {
            return new Refused("tên tệp có ký tự NUL");
        }
        if (decoded.startsWith("/") || decoded.matches("(?s)^[A-Za-z]:.*") || decoded.regionMatches(true, 0, "file:", 0, 5)) {
            return new Refused("đường dẫn tuyệt đối (viết bằng mã %)");
        }
        Path local;
        try {
            local = folder.resolve(decoded).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return new Missing();
        }
        if (!local.startsWith(folder)) {
            return new Refused("trỏ ra ngoài thư mục của trang (../)");
        }
        if (!Files.exists(local, LinkOption.NOFOLLOW_LINKS)) {
            return new Missing();
        }
        return check(local, realFolder);
    }

    /** A path inside the folder, checked: where it really leads, what it is, how large. */
    private static Resolution check(Path local, Path realFolder) {
        Path real;
        try {
            real = local.toRealPath();
        } catch (NoSuchFileException e) {
            return new Refused("liên kết tượng trưng trỏ tới tệp không có");
        } catch (IOException e) {
            return new Refused("không đọc được (" + e.getMessage() + ")");
        }
        if (realFolder != null && !real.startsWith(realFolder)) {
            return new Refused("liên kết tượng trưng trỏ ra ngoài thư mục của trang");
        }
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(real, BasicFileAttributes.class);
        } catch (IOException e) {
            return new Refused("không đọc được (" + e.getMessage() + ")");
        }
        if (!a.isRegularFile()) {
            return new Refused(a.isDirectory() ? "là một thư mục, không phải tệp" : "không phải tệp thường (FIFO, thiết bị…)");
        }
        if (a.size() > ImportLimits.MAX_FILE_BYTES) {
            return new Refused("tệp quá lớn (" + ImportLimits.megabytes(a.size()) + "; tối đa "
                    + ImportLimits.megabytes(ImportLimits.MAX_FILE_BYTES) + ")");
        }
        return new Found(real);
    }

    /**
     * Copies a file into a bundle, checking it again (it may have changed since the page was read): a regular file,
     * inside {@code folder} unless that is null (the document named on the command line), not too large. An SVG image
     * is written cleaned ({@link SvgSanitizer}).
     */
    static void copy(Path source, Path target, Path folder) throws IOException {
        Resolution r = check(source, folder == null ? null : new LocalFiles(folder).realFolder);
        if (!(r instanceof Found found)) {
            throw new LoaException(source, 0, "tệp đã đổi từ lúc đọc trang: " + ((Refused) r).reason(), "chạy lại lệnh nhập");
        }
        if (SvgSanitizer.isSvg(target.getFileName().toString())) {
            Files.write(target, SvgSanitizer.sanitize(found.file()), StandardOpenOption.CREATE_NEW);
            return;
        }
        try (InputStream in = Files.newInputStream(found.file(), LinkOption.NOFOLLOW_LINKS);
             OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                total += n;
                if (total > ImportLimits.MAX_FILE_BYTES) {
                    throw ImportLimits.fileTooLarge(source, total);
                }
                out.write(buf, 0, n);
            }
        }
    }
}

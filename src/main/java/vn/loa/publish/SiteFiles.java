package vn.loa.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.loa.LoaException;

/** The built site as {@code loa publish} sees it: every regular file by its path with {@code /}, hashed. */
final class SiteFiles {

    /** Loa's own marks in the output and on the target: never published as content. */
    static boolean ours(String path) {
        return path.equals(".loa-site") || path.startsWith(Manifest.NAME) || path.endsWith(Target.TEMP_SUFFIX);
    }

    private SiteFiles() {
    }

    static SortedMap<String, FileState> scan(Path site) {
        if (!Files.isDirectory(site)) {
            throw new LoaException(site, 0, "chưa có thư mục site để xuất bản", "chạy 'loa build' trước, rồi 'loa publish'");
        }
        if (!Files.exists(site.resolve(".loa-site")) || !Files.exists(site.resolve("index.html"))) {
            throw new LoaException(site, 0, "thư mục này không phải là một cổng do 'loa build' tạo ra",
                    "chạy 'loa build' trước, hoặc chỉ ra thư mục xuất bằng --site");
        }
        SortedMap<String, FileState> files = new TreeMap<>();
        try {
            Files.walkFileTree(site, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String rel = site.relativize(file).toString().replace('\\', '/');
                    if (rel.indexOf('\n') >= 0 || rel.indexOf('\r') >= 0) {
                        throw new LoaException(file, 0, "tên tệp có ký tự xuống dòng", "đổi tên tệp trong content/ rồi xây dựng lại");
                    }
                    if (attrs.isRegularFile() && !ours(rel)) {
                        files.put(rel, new FileState(hash(file), attrs.size()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static String hash(Path file) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

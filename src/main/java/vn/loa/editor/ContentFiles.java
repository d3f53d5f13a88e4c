package vn.loa.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The files the editor may read and write: only inside {@code content/} of the site, by paths
 * relative to the site's folder as the editor names them ({@code content/tin-tuc/x/index.md}).
 * A path that is absolute, climbs out ({@code ..}), holds a backslash or a control character, or
 * passes through a symbolic link is refused; files are written whole (a temporary file renamed),
 * so the preview never reads half of one.
 */
final class ContentFiles {

    /** The most the editor may write in one file. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private final Path root;
    private final Path content;

    ContentFiles(Path siteRoot) {
        this.root = siteRoot.toAbsolutePath().normalize();
        this.content = root.resolve("content");
    }

    /** A refused path: its words go back to the editor. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** The file a relative path names, checked. */
    Path resolve(String relative) {
        if (relative == null) {
            throw new IllegalArgumentException("no path");
        }
        if (relative.isEmpty() || relative.length() > 1024) {
            throw new Refused("đường dẫn trống hoặc quá dài");
        }
        String p = Normalizer.normalize(relative, Normalizer.Form.NFC);
        if (p.startsWith("/") || p.contains("\\") || p.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || p.contains(":")) {
            throw new Refused("đường dẫn '" + relative + "' không hợp lệ");
        }
        for (String part : p.split("/")) {
            if (part.equals("..") || part.equals(".") || part.isEmpty()) {
                throw new Refused("đường dẫn '" + relative + "' ra ngoài thư mục content/");
            }
        }
        Path file = root.resolve(p).normalize();
        if (!file.startsWith(content) || file.equals(content)) {
            throw new Refused("chỉ được đọc và ghi trong thư mục content/, không phải '" + relative + "'");
        }
        // No link on the way, from content/ itself down to the file.
        Path at = content;
        if (Files.isSymbolicLink(at)) {
            throw new Refused("thư mục content/ là một liên kết; trình soạn thảo không ghi qua liên kết");
        }
        for (Path part : content.relativize(file)) {
            at = at.resolve(part);
            if (Files.isSymbolicLink(at)) {
                throw new Refused("'" + relative + "' đi qua một liên kết; trình soạn thảo không đọc, ghi qua liên kết");
            }
        }
        return file;
    }

    /** The path as the editor names it. */
    String name(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    byte[] read(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new java.nio.file.NoSuchFileException(name(file));
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new Refused("tệp '" + name(file) + "' lớn quá 50 MB");
        }
        return Files.readAllBytes(file);
    }

    void write(Path file, byte[] bytes) throws IOException {
        if (bytes.length > MAX_BYTES) {
            throw new Refused("tệp '" + name(file) + "' lớn quá 50 MB");
        }
        Files.createDirectories(file.getParent());
        resolve(name(file)); // the folders made are no links
        Path tmp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".loa-tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    void delete(Path file) throws IOException {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(file);
        }
    }

    /** Moves a file; for a bundle ({@code index.md}) its whole folder, the files beside it too. */
    void move(Path from, Path to) throws IOException {
        if (from.getFileName().toString().equals("index.md") && to.getFileName().toString().equals("index.md")
                && !from.getParent().equals(content) && !Files.exists(to.getParent())) {
            Files.createDirectories(to.getParent().getParent());
            Files.move(from.getParent(), to.getParent());
            return;
        }
        Files.createDirectories(to.getParent());
        Files.move(from, to);
    }

    /** The files under a folder, {@code depth} levels down at most, whose names end with {@code extension}, in name order. */
    List<Path> list(Path folder, String extension, int depth) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(folder, Math.max(1, Math.min(depth, 8)))) {
            s.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .filter(f -> f.getFileName().toString().endsWith(extension) && !f.getFileName().toString().startsWith("."))
                    .sorted().forEach(out::add);
        }
        return out;
    }
}

package vn.loa.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import vn.loa.LoaException;

/**
 * The write stage: the output folder and the changes made to it. Files are first written into a
 * staging folder beside the output ({@link Staging}); only when every file of a build has been
 * made are they moved into place, each by one rename, so that no reader ever sees a half-written
 * file and a failed build leaves the output exactly as it was.
 *
 * <p>Loa marks the folders it makes ({@value #MARK}, which also holds the generation of the last
 * build that finished), and refuses to touch a non-empty folder without that mark. A build killed
 * while moving its files into place left a journal in its staging folder: the next run finishes
 * that build before anything else ({@link #recover}). Staging folders of builds killed earlier,
 * and the old-site folders of Loa versions that swapped whole folders, are cleaned up then too.
 */
public final class SiteWriter {

    /** The file that marks an output folder as Loa's own. */
    public static final String MARK = ".loa-site";
    static final String JOURNAL = ".loa-apply";
    private static final String GENERATION = "generation: ";

    private final Path output;

    public SiteWriter(Path output) {
        this.output = output.toAbsolutePath().normalize();
    }

    public Path output() {
        return output;
    }

    /** Checks that the output may be written, before any work is done. */
    public void checkOutput() {
        if (Files.isSymbolicLink(output)) {
            throw new LoaException(output, 0, "thư mục xuất là một liên kết tượng trưng", "chọn một thư mục thật bằng '--output'");
        }
        if (Files.exists(output)) {
            if (!Files.isDirectory(output)) {
                throw new LoaException(output, 0, "đường dẫn xuất là một tệp, không phải thư mục", "chọn một thư mục khác bằng '--output'");
            }
            if (!Files.exists(output.resolve(MARK)) && !isEmpty(output)) {
                throw new LoaException(output, 0, "thư mục xuất đã có dữ liệu không do Loa tạo ra; Loa không ghi đè để tránh mất dữ liệu",
                        "chọn một thư mục trống hoặc chưa có bằng '--output', hoặc tự dọn thư mục này");
            }
        }
    }

    /**
     * The generation of the build that last finished writing the output, or empty when there is
     * no output, or one written by a Loa that did not record it.
     */
    public Optional<String> generation() {
        try {
            for (String line : Files.readAllLines(output.resolve(MARK), StandardCharsets.UTF_8)) {
                if (line.startsWith(GENERATION)) {
                    return Optional.of(line.substring(GENERATION.length()).strip());
                }
            }
        } catch (IOException e) {
            // no mark
        }
        return Optional.empty();
    }

    /** Whether the output folder holds nothing yet (missing, or empty). */
    public boolean isFresh() {
        return !Files.exists(output) || isEmpty(output);
    }

    /** The bytes of a file of the output, or null when there is none. */
    public byte[] read(String path) {
        try {
            Path p = inside(output, path);
            return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(p) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** A file's size and time of change, or null when it is not a regular file of the output. */
    public FileStamp stamp(String path) {
        try {
            BasicFileAttributes a = Files.readAttributes(inside(output, path), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() ? new FileStamp(a.size(), a.lastModifiedTime().toMillis()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** A file's size and time of last change, in milliseconds. */
    public record FileStamp(long size, long modified) {
    }

    /**
     * Finishes what a killed build left: a staging folder with a journal is moved into place (its
     * build had made every file); one without is deleted (its build never finished making them); an
     * old site that an earlier Loa moved aside is put back when the output is missing, else deleted.
     * Only folders that carry Loa's mark are touched.
     */
    public void recover() {
        Path parent = output.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String prefix = "." + output.getFileName();
        List<Path> staging = new ArrayList<>();
        List<Path> old = new ArrayList<>();
        try (Stream<Path> s = Files.list(parent)) {
            s.forEach(p -> {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && Files.exists(p.resolve(MARK), LinkOption.NOFOLLOW_LINKS)) {
                    if (name.startsWith(prefix + ".loa-new-")) {
                        staging.add(p);
                    } else if (name.startsWith(prefix + ".loa-old-")) {
                        old.add(p);
                    }
                }
            });
        } catch (IOException e) {
            return;
        }
        staging.sort(Comparator.comparing(SiteWriter::modified));
        for (Path s : staging) {
            if (Files.exists(s.resolve(JOURNAL)) && Files.isDirectory(output)) {
                new Staging(this, s).rollForward();
            } else {
                deleteQuietly(s);
            }
        }
        old.sort(Comparator.comparing(SiteWriter::modified).reversed());
        for (Path o : old) {
            if (!Files.exists(output)) {
                try {
                    move(o, output);
                    continue;
                } catch (IOException e) {
                    // left for the next run
                }
            }
            deleteQuietly(o);
        }
    }

    /** A new staging folder beside the output, marked as Loa's. */
    public Staging begin() {
        checkOutput();
        Path fresh = output.resolveSibling("." + output.getFileName() + ".loa-new-" + UUID.randomUUID().toString().substring(0, 8));
        try {
            Files.createDirectories(fresh);
            Files.writeString(fresh.resolve(MARK), markText(null));
        } catch (IOException e) {
            deleteQuietly(fresh);
            throw new UncheckedIOException(e);
        }
        return new Staging(this, fresh);
    }

    static String markText(String generation) {
        return "Thư mục này do Loa tạo ra; mỗi lần xây dựng Loa cập nhật nó.\n" + (generation == null ? "" : GENERATION + generation + "\n");
    }

    /** Resolves a relative output path, refusing any that would leave the folder. */
    static Path inside(Path root, String relative) {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new LoaException(Path.of(relative), 0, "đường dẫn '" + relative + "' sẽ ghi ra ngoài thư mục xuất",
                    "đổi tên tệp hoặc 'slug' để chỉ gồm chữ không dấu, số và dấu gạch ngang");
        }
        return target;
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Deletes a file, or a folder with everything in it; links inside are removed, never followed. */
    static void deleteTree(Path p) throws IOException {
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(p);
            return;
        }
        List<Path> files = new ArrayList<>();
        TreeMap<Integer, List<Path>> folders = new TreeMap<>(Comparator.reverseOrder());
        Files.walkFileTree(p, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) {
                folders.computeIfAbsent(d.getNameCount(), k -> new ArrayList<>()).add(d);
                return FileVisitResult.CONTINUE;
            }
        });
        // Loa's mark goes last: a folder left half deleted (a killed process) still says it is Loa's, and is cleaned up next time.
        Path mark = p.resolve(MARK);
        files.remove(mark);
        onEach(files, Files::deleteIfExists);
        Files.deleteIfExists(mark);
        for (List<Path> level : folders.values()) {
            onEach(level, Files::deleteIfExists);
        }
    }

    /** Deletes a folder Loa made, as {@link #deleteTree}, saying nothing when it cannot. */
    static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException | UncheckedIOException e) {
            // a leftover folder is harmless: the next build cleans it up
        }
    }

    /** A file operation that may fail. */
    interface FileAction {
        void on(Path p) throws IOException;
    }

    /** Runs {@code action} on every path, in parallel. */
    static void onEach(Collection<Path> paths, FileAction action) {
        vn.loa.Parallel.forEach(List.copyOf(paths), p -> {
            try {
                action.on(p);
            } catch (NoSuchFileException | DirectoryNotEmptyException e) {
                // gone already, or still holds files that another build wrote
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

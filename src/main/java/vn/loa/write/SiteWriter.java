package vn.loa.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import vn.loa.LoaException;
import vn.loa.load.Content;
import vn.loa.theme.Output;

/**
 * The write stage: renders every {@link Output} in parallel into a fresh folder beside the
 * output, copies the content's files, then swaps the new folder in. A failure at any point
 * leaves the last good output untouched. Loa marks the folders it creates, and refuses to
 * replace a non-empty folder without that mark.
 */
public final class SiteWriter {

    /** The file that marks an output folder as Loa's own. */
    public static final String MARK = ".loa-site";

    private final Path output;

    public SiteWriter(Path output) {
        this.output = output.toAbsolutePath().normalize();
    }

    /** Checks that the output may be replaced, before any work is done. */
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
     * Writes the site. Returns the number of files written.
     */
    public int write(List<Output> outputs, List<Content.StaticFile> files) {
        checkOutput();
        checkCollisions(outputs, files);
        Path parent = output.getParent();
        String name = output.getFileName().toString();
        java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
        Path fresh = parent.resolve("." + name + ".loa-new-" + UUID.randomUUID().toString().substring(0, 8));
        try {
            Files.createDirectories(fresh);
            Files.writeString(fresh.resolve(MARK), "Thư mục này do Loa tạo ra; mỗi lần xây dựng sẽ thay thế toàn bộ.\n");
            makeFolders(fresh, outputs, files);
            // A failure is collected, not thrown out of the stream: a parallel forEach that throws
            // returns while other workers may still be writing into the fresh folder, which then
            // survives its deletion.
            java.util.Queue<RuntimeException> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
            vn.loa.Parallel.forEach(outputs, o -> {
                if (failures.isEmpty()) {
                    try {
                        written.addAndGet(o.isFolder() ? putAll(fresh, o.path(), o.files().get()) : put(fresh, o.path(), o.content().get()));
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            });
            if (failures.isEmpty()) {
                vn.loa.Parallel.forEach(files, f -> {
                    if (failures.isEmpty()) {
                        try {
                            copy(fresh, f);
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                });
            }
            if (!failures.isEmpty()) {
                // The user's mistake (a template, a file name) before an I/O failure it may have caused.
                throw failures.stream().filter(LoaException.class::isInstance).findFirst().orElse(failures.peek());
            }
            swap(fresh);
        } catch (IOException e) {
            deleteQuietly(fresh);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(fresh);
            throw e;
        }
        return written.get() + files.size();
    }

    private void checkCollisions(List<Output> outputs, List<Content.StaticFile> files) {
        Map<String, String> owner = new HashMap<>();
        for (Output o : outputs) {
            owner.put(o.path(), "Loa");
        }
        List<String> folders = outputs.stream().filter(Output::isFolder).map(Output::path).toList();
        for (Content.StaticFile f : files) {
            boolean inFolder = folders.stream().anyMatch(f.target()::startsWith);
            if (owner.containsKey(f.target()) || inFolder) {
                throw new LoaException(Path.of("content").resolve(f.target()), 0,
                        "tệp này trùng tên với tệp do Loa tạo ra (" + f.target() + ")", "đổi tên hoặc di chuyển tệp");
            }
        }
    }

    /** The files of a folder output, its sub-folders made as they come. */
    private static int putAll(Path root, String folder, Map<String, byte[]> files) {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path target = inside(root, folder + f.getKey());
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, f.getValue());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files.size();
    }

    /**
     * Creates every folder once, so that writing a file is one system call less: level by level
     * from the top, each level's folders in parallel (a site has a folder per page).
     */
    private static void makeFolders(Path root, List<Output> outputs, List<Content.StaticFile> files) {
        java.util.TreeMap<Integer, java.util.Set<Path>> byDepth = new java.util.TreeMap<>();
        java.util.function.Consumer<Path> add = folder -> {
            for (Path p = folder; p.startsWith(root) && !p.equals(root); p = p.getParent()) {
                if (!byDepth.computeIfAbsent(p.getNameCount(), k -> new java.util.HashSet<>()).add(p)) {
                    break; // its parents are in already
                }
            }
        };
        outputs.forEach(o -> add.accept(o.isFolder() ? inside(root, o.path()) : inside(root, o.path()).getParent()));
        files.forEach(f -> add.accept(inside(root, f.target()).getParent()));
        onEachLevel(byDepth.values(), Files::createDirectories);
    }

    /** A file operation that may fail. */
    private interface FileAction {
        void on(Path p) throws IOException;
    }

    /** Runs {@code action} on the paths of each level in parallel, one level after the other. */
    private static void onEachLevel(java.util.Collection<? extends java.util.Collection<Path>> levels, FileAction action) {
        for (java.util.Collection<Path> level : levels) {
            vn.loa.Parallel.forEach(List.copyOf(level), p -> {
                try {
                    action.on(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static int put(Path root, String relative, byte[] bytes) {
        Path target = inside(root, relative);
        try {
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 1;
    }

    private static void copy(Path root, Content.StaticFile f) {
        Path target = inside(root, f.target());
        try {
            if (vn.loa.safety.SvgSanitizer.isSvg(f.target())) {
                Files.write(target, vn.loa.safety.SvgSanitizer.sanitize(f.source())); // no script runs on the portal's address
            } else {
                Files.copy(f.source(), target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resolves a relative output path, refusing any that would leave the output folder. */
    static Path inside(Path root, String relative) {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new LoaException(Path.of(relative), 0, "đường dẫn '" + relative + "' sẽ ghi ra ngoài thư mục xuất",
                    "đổi tên tệp hoặc 'slug' để chỉ gồm chữ không dấu, số và dấu gạch ngang");
        }
        return target;
    }

    private void swap(Path fresh) throws IOException {
        Path old = null;
        if (Files.exists(output)) {
            old = output.resolveSibling("." + output.getFileName() + ".loa-old-" + UUID.randomUUID().toString().substring(0, 8));
            move(output, old);
        }
        try {
            move(fresh, output);
        } catch (IOException e) {
            if (old != null) {
                move(old, output);
            }
            throw e;
        }
        if (old != null) {
            deleteQuietly(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes a folder Loa made; links inside are removed, never followed. The files go in
     * parallel, then the folders, deepest first: the last site has a folder per page, and
     * removing tens of thousands of them one by one took seconds.
     */
    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> files = new java.util.ArrayList<>();
        java.util.TreeMap<Integer, List<Path>> folders = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) {
                    folders.computeIfAbsent(d.getNameCount(), k -> new java.util.ArrayList<>()).add(d);
                    return FileVisitResult.CONTINUE;
                }
            });
            onEachLevel(List.of(files), Files::delete);
            onEachLevel(folders.values(), Files::delete);
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary folder is harmless; the next build makes a new one
        }
    }
}

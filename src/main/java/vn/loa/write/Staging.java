package vn.loa.write;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The files of one build, written into a staging folder beside the output and then moved into
 * place by {@link #commit}. Threads may put files at once. Until {@code commit} the output is
 * untouched; {@link #abandon} deletes the staging folder.
 *
 * <p>What "atomic" means: every file of the output is replaced by one rename, so a reader sees
 * either its old or its new bytes, never a part; a build that fails before commit changes
 * nothing. The commit itself is not one step for the whole folder (only a first build into a
 * missing or empty folder is: the staging folder is renamed into place). While the files of a
 * build move into place a reader may see some pages new and others still old; new files come
 * first and removed files go last, so no page links to a file that is not there yet. If the
 * process dies during the commit, the journal left in the staging folder lets the next run finish
 * it ({@link SiteWriter#recover}).
 */
public final class Staging {

    /** Runs between writing the journal and moving the files: a test throws from it to stand for a build killed there. */
    static volatile Runnable beforeRollForward = () -> { };

    private final SiteWriter writer;
    private final Path root;
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    private final AtomicInteger files = new AtomicInteger();

    Staging(SiteWriter writer, Path root) {
        this.writer = writer;
        this.root = root;
    }

    /** Writes a file of the new output. */
    public void put(String path, byte[] bytes) {
        Path target = prepare(path);
        // One write call for the whole file (Files.write makes one per 8 KB).
        try (FileOutputStream out = new FileOutputStream(target.toFile())) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a file of the content into the new output. */
    public void copy(String path, Path source) {
        Path target = prepare(path);
        try {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many files were put or copied. */
    public int count() {
        return files.get();
    }

    private Path prepare(String path) {
        Path target = SiteWriter.inside(root, path);
        folder(target.getParent());
        files.incrementAndGet();
        return target;
    }

    /**
     * Makes a folder of the staging tree and those above it, each once and after its parent, so
     * that no attempt fails (a folder made before its parent costs a failed call and an exception).
     */
    private void folder(Path dir) {
        if (dir.equals(root) || folders.containsKey(dir)) {
            return;
        }
        folder(dir.getParent());
        // Made once; a thread that needs a folder another is making waits for it.
        folders.computeIfAbsent(dir, d -> {
            try {
                Files.createDirectory(d);
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
                    throw new UncheckedIOException(e);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        });
    }

    /**
     * Moves the new files into the output, deletes {@code removed} (paths of files the output no
     * longer has) and the folders they leave empty, and records {@code generation} in the mark.
     */
    public void commit(Collection<String> removed, String generation) {
        Path output = writer.output();
        try {
            if (writer.isFresh()) {
                Files.writeString(root.resolve(SiteWriter.MARK), SiteWriter.markText(generation));
                if (Files.exists(output)) {
                    Files.delete(output); // empty: the rename below puts the whole new folder in its place
                }
                SiteWriter.move(root, output);
                return;
            }
            StringBuilder journal = new StringBuilder(SiteWriter.markText(generation));
            for (String r : removed) {
                SiteWriter.inside(output, r);
                journal.append("remove: ").append(r).append('\n');
            }
            Path tmp = root.resolve(SiteWriter.JOURNAL + ".tmp");
            Files.writeString(tmp, journal);
            SiteWriter.move(tmp, root.resolve(SiteWriter.JOURNAL));
        } catch (IOException e) {
            abandon();
            throw new UncheckedIOException(e);
        }
        beforeRollForward.run();
        rollForward();
    }

    /** Deletes the staging folder and what is in it. */
    public void abandon() {
        SiteWriter.deleteQuietly(root);
    }

    /**
     * Carries out the journal: moves every staged file into the output, then deletes what it
     * lists, then writes the mark, then deletes the staging folder. Done again after a crash, it
     * goes on where it stopped.
     */
    void rollForward() {
        Path output = writer.output();
        List<String> lines;
        try {
            lines = Files.readAllLines(root.resolve(SiteWriter.JOURNAL), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> staged = staged();
        // Folders first, one level after another, so that files can then move in parallel.
        TreeSet<Path> made = new TreeSet<>(Comparator.comparingInt(Path::getNameCount).thenComparing(Comparator.naturalOrder()));
        staged.forEach(p -> made.add(output.resolve(root.relativize(p)).getParent()));
        for (Path folder : made) {
            makeFolder(output, folder);
        }
        SiteWriter.onEach(staged, p -> {
            Path target = output.resolve(root.relativize(p));
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                SiteWriter.deleteTree(target); // a folder of the old site where the new one has a file
            }
            SiteWriter.move(p, target);
        });
        List<Path> removed = new ArrayList<>();
        String generation = null;
        for (String line : lines) {
            if (line.startsWith("remove: ")) {
                removed.add(SiteWriter.inside(output, line.substring("remove: ".length())));
            } else if (line.startsWith("generation: ")) {
                generation = line.substring("generation: ".length());
            }
        }
        SiteWriter.onEach(removed, Files::deleteIfExists);
        pruneFolders(output, removed);
        try {
            Path mark = root.resolve(SiteWriter.MARK + ".new");
            Files.writeString(mark, SiteWriter.markText(generation));
            SiteWriter.move(mark, output.resolve(SiteWriter.MARK));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        abandon();
    }

    /** Makes a folder of the output; a file of the old site in the way (now a folder) is removed first. */
    private static void makeFolder(Path output, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            for (Path p = folder; p.startsWith(output) && !p.equals(output); p = p.getParent()) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p)) {
                    try {
                        Files.delete(p);
                        Files.createDirectories(folder);
                        return;
                    } catch (IOException again) {
                        throw new UncheckedIOException(again);
                    }
                }
            }
            throw new UncheckedIOException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folders that removing files left empty, deepest first, up to (not including) the output. */
    private static void pruneFolders(Path output, List<Path> removed) {
        TreeSet<Path> candidates = new TreeSet<>(Comparator.comparingInt(Path::getNameCount).reversed().thenComparing(Comparator.naturalOrder()));
        for (Path r : removed) {
            for (Path p = r.getParent(); p != null && p.startsWith(output) && !p.equals(output); p = p.getParent()) {
                if (!candidates.add(p)) {
                    break;
                }
            }
        }
        for (Path folder : candidates) {
            try (var s = Files.list(folder)) {
                if (s.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            } catch (IOException e) {
                // not empty, or gone
            }
        }
    }

    /** The files waiting in the staging folder, without the mark and the journal. */
    private List<Path> staged() {
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!(file.getParent().equals(root) && file.getFileName().toString().startsWith(".loa-"))) {
                        out.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

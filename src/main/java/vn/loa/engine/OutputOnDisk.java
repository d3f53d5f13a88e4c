package vn.loa.engine;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.nio.file.DirectoryStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import vn.loa.write.SiteWriter;

/** The output folder as a new process finds it on disk, against the manifest of the build that wrote it. */
final class OutputOnDisk {

    private OutputOnDisk() {
    }


    /** Whether the output holds exactly the files of the manifest, with their sizes. */
    static boolean intact(Path output, OutputManifest m, Map<String, SiteWriter.FileStamp> onDisk) {
        long written = markTime(onDisk);
        int files = 0;
        for (Map.Entry<String, OutputManifest.Entry> e : m.entries().entrySet()) {
            if (e.getKey().endsWith("/")) {
                continue;
            }
            if (!asWritten(output, e.getKey(), e.getValue(), onDisk.get(e.getKey()), written)) {
                return false;
            }
            files++;
        }
        return files == onDisk.size() - (onDisk.containsKey(SiteWriter.MARK) ? 1 : 0);
    }


    /**
     * The manifest without the files that are no longer in the output as it says: deleted, or changed by hand (another
     * size, or a time of change after the mark's, which every build that changes the output writes last: see
     * {@link #asWritten}). A folder output
     * one of whose files is dropped is dropped too, so that it is made again whole.
     */
    static OutputManifest verified(Path output, OutputManifest m, Map<String, SiteWriter.FileStamp> onDisk) {
        long written = markTime(onDisk);
        Map<String, OutputManifest.Entry> kept = new HashMap<>();
        List<String> dropped = new ArrayList<>();
        m.entries().forEach((path, e) -> {
            if (path.endsWith("/") || asWritten(output, path, e, onDisk.get(path), written)) {
                kept.put(path, e);
            } else {
                dropped.add(path);
            }
        });
        for (String d : dropped) {
            kept.keySet().removeIf(folder -> folder.endsWith("/") && d.startsWith(folder));
        }
        return new OutputManifest(kept, m.generation(), m.inputs());
    }

    /**
     * Whether a file found on disk is the one the manifest lists: its size, and changed before the mark; or at the
     * mark's very time (a file system's clock counts in ticks of a few milliseconds, a second on some: such a file may
     * have been changed just after the mark) with the manifest's bytes.
     */
    private static boolean asWritten(Path output, String path, OutputManifest.Entry e, SiteWriter.FileStamp there, long written) {
        return there != null && there.size() == e.size()
                && (there.modified() < written || there.modified() == written && e.hash() == hash(output.resolve(path)));
    }

    private static long markTime(Map<String, SiteWriter.FileStamp> onDisk) {
        SiteWriter.FileStamp mark = onDisk.get(SiteWriter.MARK);
        return mark == null ? Long.MIN_VALUE : mark.modified();
    }


    /**
     * Whether the output holds exactly the files of the manifest, found without listing every folder
     * (a listing of the 27,000 folders of a 10,000-page site costs a second on its own): every file
     * of the manifest has its size and was not changed after the mark, which every build that
     * changes the output writes last; and every folder that holds one was not changed after the mark
     * either, or, if it was, holds nothing else and its files have the bytes the manifest says (their
     * hash). A file added, removed or renamed by hand changes the time of its folder (even one copied
     * with its old time), a file edited in place its own time. A clock of the file system counts in
     * ticks of a few milliseconds (a second on some): what has the very time of the mark may have
     * changed just after it, so such a folder is listed and such a file hashed. False whenever
     * anything differs, or could not be looked at: then only a walk tells what.
     */
    static boolean asRecorded(Path output, OutputManifest m) {
        long written = markWritten(output);
        if (written == Long.MIN_VALUE) {
            return false;
        }
        Set<String> folders = new HashSet<>();
        folders.add("");
        List<String> files = new ArrayList<>(m.size());
        for (String path : m.paths()) {
            if (path.endsWith("/")) {
                continue;
            }
            files.add(path);
            for (int i = path.lastIndexOf('/'); i > 0 && folders.add(path.substring(0, i)); i = path.lastIndexOf('/', i - 1)) {
                // each folder once, with those above it
            }
        }
        List<String> all = new ArrayList<>(folders.size() + files.size());
        all.addAll(folders);
        all.addAll(files);
        Set<String> changed = ConcurrentHashMap.newKeySet();
        boolean same = all.parallelStream().allMatch(path -> {
            BasicFileAttributes a = attributes(output.resolve(path));
            if (a == null) {
                return false;
            }
            long modified = a.lastModifiedTime().toMillis();
            OutputManifest.Entry e = m.get(path);
            if (e == null) {
                if (modified >= written) {
                    changed.add(path);
                }
                return a.isDirectory();
            }
            return a.isRegularFile() && asWritten(output, path, e, new SiteWriter.FileStamp(a.size(), modified), written);
        });
        return same && changed.stream().allMatch(f -> holdsOnly(output, f, m, folders));
    }

    /** Whether a folder of the output holds only the files the manifest lists there, with their bytes, and folders it knows. */
    private static boolean holdsOnly(Path output, String folder, OutputManifest m, Set<String> folders) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(output.resolve(folder))) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                String rel = folder.isEmpty() ? name : folder + "/" + name;
                if (rel.equals(SiteWriter.MARK) || folders.contains(rel)) {
                    continue;
                }
                OutputManifest.Entry e = m.get(rel);
                if (e == null || e.hash() != hash(p)) {
                    return false;
                }
            }
            return true;
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            return false;
        }
    }

    /** The hash of a file's bytes as the manifest keeps it; 0 when it cannot be read. */
    private static long hash(Path p) {
        try {
            return vn.loa.Key.bytes(Files.readAllBytes(p));
        } catch (IOException e) {
            return 0;
        }
    }

    /** When the output's mark was written, in milliseconds; {@link Long#MIN_VALUE} when it has none. */
    private static long markWritten(Path output) {
        BasicFileAttributes mark = attributes(output.resolve(SiteWriter.MARK));
        return mark == null || !mark.isRegularFile() ? Long.MIN_VALUE : mark.lastModifiedTime().toMillis();
    }

    /** A path's own attributes (a link's, not its target's); null when it is not there or cannot be read. */
    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The output as far as the build must know it, on a thread of its own: null when it is as the
     * manifest says ({@link #asRecorded}: the manifest is all there is to know), else every file
     * found by a walk ({@link #filesOf(Path, OutputManifest)}). {@code trusted}: the output's mark
     * names the manifest's generation (else the manifest says nothing of it, and the output is walked at once).
     */
    static CompletableFuture<Map<String, SiteWriter.FileStamp>> looking(Path output, OutputManifest m, boolean trusted) {
        // A copy: the engine may change its manifest meanwhile (serve forgets the copies of files a watcher saw change).
        OutputManifest copy = trusted ? new OutputManifest(new HashMap<>(m.entries()), m.generation(), m.inputs()) : null;
        return CompletableFuture.supplyAsync(() -> !trusted ? filesOf(output) : asRecorded(output, copy) ? null : filesOf(output, copy),
                task -> daemon(task, "loa-output-walk"));
    }

    /** Runs a task on a thread of its own, which does not keep the process alive. */
    static void daemon(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    /** What a walk found; its failure as it would have been thrown. */
    static <T> T join(CompletableFuture<T> walk) {
        try {
            return walk.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * The files of the output as {@link #filesOf(Path)} finds them, without those the manifest lists
     * in a folder changed after the mark whose bytes are not the manifest's (a file replaced by hand
     * with one of the same size and an older time): the build takes them for missing, and makes them again.
     */
    static Map<String, SiteWriter.FileStamp> filesOf(Path output, OutputManifest m) {
        long written = markWritten(output);
        if (written == Long.MIN_VALUE) {
            return filesOf(output);
        }
        Set<String> changed = new HashSet<>();
        Map<String, SiteWriter.FileStamp> out = walk(output, changed, written);
        out.entrySet().removeIf(f -> {
            String path = f.getKey();
            int slash = path.lastIndexOf('/');
            OutputManifest.Entry e = m.get(path);
            return changed.contains(slash < 0 ? "" : path.substring(0, slash)) && e != null && f.getValue().size() == e.size()
                    && e.hash() != hash(output.resolve(path));
        });
        return out;
    }

    /** The files of the output folder, by path relative to it, with their sizes. */
    static Map<String, SiteWriter.FileStamp> filesOf(Path output) {
        return walk(output, new HashSet<>(), Long.MAX_VALUE);
    }

    /** The files of the output folder; the folders changed after {@code written}, or at that very time, go to {@code changed}. */
    private static Map<String, SiteWriter.FileStamp> walk(Path output, Set<String> changed, long written) {
        Map<String, SiteWriter.FileStamp> out = new HashMap<>();
        if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        try {
            Files.walkFileTree(output, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (attrs.lastModifiedTime().toMillis() >= written) { // the mark's very time too: see asRecorded
                        changed.add(output.relativize(dir).toString().replace('\\', '/'));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    out.put(output.relativize(file).toString().replace('\\', '/'),
                            new SiteWriter.FileStamp(attrs.size(), attrs.lastModifiedTime().toMillis()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}

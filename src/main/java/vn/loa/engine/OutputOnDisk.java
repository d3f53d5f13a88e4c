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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import vn.loa.write.SiteWriter;

/** The output folder as a new process finds it on disk, against the manifest of the build that wrote it. */
final class OutputOnDisk {

    private OutputOnDisk() {
    }


    /** Whether the output holds exactly the files of the manifest, with their sizes. */
    static boolean intact(OutputManifest m, Map<String, SiteWriter.FileStamp> onDisk) {
        long written = markTime(onDisk);
        int files = 0;
        for (Map.Entry<String, OutputManifest.Entry> e : m.entries().entrySet()) {
            if (e.getKey().endsWith("/")) {
                continue;
            }
            SiteWriter.FileStamp there = onDisk.get(e.getKey());
            if (there == null || there.size() != e.getValue().size() || there.modified() > written) {
                return false;
            }
            files++;
        }
        return files == onDisk.size() - (onDisk.containsKey(SiteWriter.MARK) ? 1 : 0);
    }


    /**
     * The manifest without the files that are no longer in the output as it says: deleted, or changed by hand (another
     * size, or a time of change after the mark's, which every build that changes the output writes last). A folder output
     * one of whose files is dropped is dropped too, so that it is made again whole.
     */
    static OutputManifest verified(OutputManifest m, Map<String, SiteWriter.FileStamp> onDisk) {
        long written = markTime(onDisk);
        Map<String, OutputManifest.Entry> kept = new HashMap<>();
        List<String> dropped = new ArrayList<>();
        m.entries().forEach((path, e) -> {
            SiteWriter.FileStamp there = onDisk.get(path);
            if (path.endsWith("/") || there != null && there.size() == e.size() && there.modified() <= written) {
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

    private static long markTime(Map<String, SiteWriter.FileStamp> onDisk) {
        SiteWriter.FileStamp mark = onDisk.get(SiteWriter.MARK);
        return mark == null ? Long.MIN_VALUE : mark.modified();
    }


    /** {@link #filesOf}, on a thread of its own. */
    static CompletableFuture<Map<String, SiteWriter.FileStamp>> walking(Path output) {
        return CompletableFuture.supplyAsync(() -> filesOf(output), task -> {
            Thread t = new Thread(task, "loa-output-walk");
            t.setDaemon(true);
            t.start();
        });
    }

    /** What a walk found; its failure as it would have been thrown. */
    static Map<String, SiteWriter.FileStamp> join(CompletableFuture<Map<String, SiteWriter.FileStamp>> walk) {
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

    /** The files of the output folder, by path relative to it, with their sizes. */
    static Map<String, SiteWriter.FileStamp> filesOf(Path output) {
        Map<String, SiteWriter.FileStamp> out = new HashMap<>();
        if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        try {
            Files.walkFileTree(output, new SimpleFileVisitor<>() {
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

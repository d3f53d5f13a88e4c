package vn.loa.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders (recursively, new sub-folders too) and calls back with the paths that changed,
 * once per burst of changes: after the first event it waits until the files have been quiet for
 * {@value #QUIET_MS} ms (an editor that saves by writing a temporary file and renaming it makes
 * several events within a millisecond or two), at most {@value #MAX_WAIT_MS} ms. Changes made while
 * the callback runs are kept and passed to the next call, so no save is lost. A callback that
 * fails never stops the watching.
 */
public final class ChangeWatcher implements AutoCloseable {

    static final int QUIET_MS = 15;
    static final int MAX_WAIT_MS = 250;

    private final WatchService watcher;
    private final Thread thread;
    /** Roots that did not exist yet: their parent is watched for them alone, and they are watched once made. */
    private final Set<Path> awaited = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Set<Path> parents = new LinkedHashSet<>();

    public ChangeWatcher(List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                register(root);
            } else if (root.getParent() != null && Files.isDirectory(root.getParent())) {
                awaited.add(root);
                parents.add(root.getParent());
                root.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            }
        }
        this.thread = new Thread(() -> loop(onChange), "loa-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isDirectory).forEach(d -> {
                try {
                    d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private void loop(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                drain(watcher.take(), changed);
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MS);
                WatchKey more;
                while (System.nanoTime() < deadline && (more = watcher.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more, changed);
                }
                if (changed.isEmpty()) {
                    continue; // only something made beside the watched folders (the output's lock, its staging folder)
                }
                try {
                    onChange.accept(changed);
                } catch (vn.loa.LoaException e) {
                    System.err.println(e.getMessage());
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    System.err.println("lỗi: không xây dựng lại được (" + e + ") — cách sửa: lưu lại tệp vừa sửa để thử lại");
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path p) {
                Path path = dir.resolve(p);
                if (parents.contains(dir) && !awaited.remove(path)) {
                    continue; // something else made beside the watched folders (the output, its staging folder)
                }
                changed.add(path);
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                    try {
                        register(path);
                        try (Stream<Path> s = Files.walk(path)) {
                            s.forEach(changed::add); // files made in it before it was watched
                        }
                    } catch (IOException | UncheckedIOException e) {
                        // a folder removed again at once; nothing to watch
                    }
                }
            }
        }
        key.reset();
    }

    /** Stops watching, and waits for a rebuild under way to end. */
    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

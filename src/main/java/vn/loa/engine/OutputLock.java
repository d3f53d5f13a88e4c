package vn.loa.engine;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import vn.loa.Key;

/**
 * One build of an output folder at a time: {@code loa build} run while {@code loa serve} rebuilds the
 * same output waits for it, rather than taking its staging folder for a killed build's. Held across
 * processes by a lock on a file in the cache folder, named by the output's path (never beside the
 * output, where it would be left behind), and within this process by a lock per output.
 */
final class OutputLock implements AutoCloseable {

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of an output, saying once on {@code err} when it has to wait for another build. */
    static OutputLock take(Path output, PrintStream err) {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(output, k -> new ReentrantLock());
        boolean said = false;
        try {
            if (!local.tryLock(500, TimeUnit.MILLISECONDS)) {
                said = say(err, output);
                local.lock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            local.lock();
        }
        FileChannel channel = null;
        try {
            Path file = BuildCache.base().resolve("locks").resolve(Key.hex(Key.of("output-lock").add(output.toString()).get()) + ".lock");
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                if (!said) {
                    say(err, output);
                }
                lock = channel.lock();
            }
            return new OutputLock(local, channel, lock);
        } catch (IOException | RuntimeException e) {
            // No cache folder to lock in (read-only home, say): builds of one output are then not kept apart across processes.
            closeQuietly(channel);
            return new OutputLock(local, null, null);
        }
    }

    private static boolean say(PrintStream err, Path output) {
        err.println("Đang chờ một lần xây dựng khác vào " + output + " xong…");
        return true;
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            // released with the channel
        } finally {
            closeQuietly(channel);
            local.unlock();
        }
    }

    private static void closeQuietly(FileChannel c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // nothing more to do
            }
        }
    }
}

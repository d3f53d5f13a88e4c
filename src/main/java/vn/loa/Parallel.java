package vn.loa;

import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;

/**
 * Runs work that reads or writes files in parallel with twice as many workers as cores: while
 * one waits for the disk, another computes. (The common pool has one worker per core, which
 * leaves a core idle whenever a worker waits for I/O.)
 */
public final class Parallel {

    private Parallel() {
    }

    /** Calls {@code action} on every item, in parallel; an exception thrown by it is rethrown. */
    public static <T> void forEach(Collection<T> items, Consumer<? super T> action) {
        ForkJoinPool pool = new ForkJoinPool(2 * Runtime.getRuntime().availableProcessors());
        try {
            pool.submit(() -> items.parallelStream().forEach(action)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}

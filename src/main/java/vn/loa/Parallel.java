package vn.loa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work over the items of a list on twice as many threads as cores: while one waits for the
 * disk, another computes. Each thread takes the next item when it is done with its last one, so
 * all threads finish together even when items differ in cost (a plan takes several times as long
 * as a news post). A parallel stream instead cuts the list into a few runs up front, and one run
 * of heavy items kept a core idle for a second at the end of a stage.
 */
public final class Parallel {

    private Parallel() {
    }

    /** How many threads {@link #map} runs at most: twice the cores. */
    public static int threads() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }

    /** Calls {@code action} on every item, in parallel; the first exception thrown by it is rethrown. */
    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        map(items, t -> {
            action.accept(t);
            return null;
        });
    }

    /**
     * {@code f} of every item, in the items' order, computed in parallel; the first exception
     * thrown by {@code f} is rethrown once every thread has stopped.
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < results.length && failures.isEmpty(); i = next.getAndIncrement()) {
                try {
                    results[i] = f.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failures.add(e);
                }
            }
        };
        int threads = Math.min(threads(), results.length);
        List<Thread> started = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            Thread thread = new Thread(worker, "loa-worker-" + t);
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        worker.run();
        for (Thread thread : started) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (!failures.isEmpty()) {
            Throwable first = failures.get(0);
            if (first instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) first;
        }
        @SuppressWarnings("unchecked")
        List<R> out = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return out;
    }
}

package vn.loa.engine;

import java.util.Optional;
import java.util.Set;
import vn.loa.theme.Output;

/**
 * serve: the outputs of the current plan, made when a browser asks for them, while the rest of the
 * site is not yet written. After a template edit (or a title changed, a page added, renamed or
 * deleted) a save writes its own pages and the open ones at once and the rest of the site a second
 * later, for many seconds; meanwhile any other page asked for is made from the plan of now, so
 * that every page an editor goes to shows the change at once. Made on the asking thread, without
 * holding the engine (a page takes milliseconds), while the rest of the site waits; the output on
 * disk follows with the rest. From the moment the next save is seen until it is built, the files
 * on disk are served: no plan is held here but the engine's own.
 */
final class FreshOutputs {

    /** The longest the rest of the site waits for pages being asked for, at a time. */
    private static final long YIELD_MS = 2000;
    /** How long after a page was asked for the rest of the site still waits: an editor going from page to page asks for the next one soon. */
    private static final long QUIET_MS = 250;

    /** The plan whose outputs are not all on disk yet, and the files of it that are. */
    private record Pending(Plan plan, Set<String> written) {
    }

    /** Null when the output is the plan's. */
    private volatile Pending pending;
    private final Object asking = new Object();
    private int asked;
    private long lastAsked = System.nanoTime() - QUIET_MS * 1_000_000;

    /**
     * The plan of the last build, when its outputs are not all written (null when they are), and
     * what that build wrote or removed at once: those files are served as they are.
     */
    void pending(Plan plan, Plan.First first) {
        pending = plan == null ? null : new Pending(plan, first == null ? Set.of() : paths(first));
    }

    private static Set<String> paths(Plan.First first) {
        Set<String> out = new java.util.HashSet<>(first.removed());
        first.outputs().forEach(o -> out.add(o.path()));
        return out;
    }

    /**
     * The bytes of the output at {@code path} ({@code tin-tuc/bai/index.html}) as the plan of now
     * makes it; empty when the file on disk is current, the path is no output of the plan (a
     * file copied, a page gone), the output is one made with the search index, or it cannot be made
     * now (the rest of the site then reports why).
     */
    Optional<byte[]> of(String path) {
        Pending now = pending;
        if (now == null || now.written().contains(path)) {
            return Optional.empty();
        }
        synchronized (asking) {
            asked++;
        }
        try {
            Output o = now.plan().whole().at(path);
            return o == null || Plan.deferrable(o) ? Optional.empty() : Optional.ofNullable(o.content().get());
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        } finally {
            synchronized (asking) {
                asked--;
                lastAsked = System.nanoTime();
            }
        }
    }

    /**
     * Waits while pages are being asked for, and {@link #QUIET_MS} after the last (at most
     * {@link #YIELD_MS}): the rest of the site lets them have the processor.
     */
    void yieldToAsked() {
        long until = System.nanoTime() + YIELD_MS * 1_000_000;
        while (System.nanoTime() < until) {
            synchronized (asking) {
                if (asked == 0 && System.nanoTime() - lastAsked >= QUIET_MS * 1_000_000) {
                    return;
                }
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

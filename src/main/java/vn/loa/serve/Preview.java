package vn.loa.serve;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.loa.LoaException;
import vn.loa.engine.BuildResult;
import vn.loa.engine.Engine;
import vn.loa.load.ContentErrors;

/**
 * The site {@code loa serve} shows: builds it with one engine kept for the whole session, and
 * keeps what the last build had to say. A build that fails leaves the last good site in place and
 * its problems are shown over every page (the same words as in the terminal) until a build
 * succeeds again. Nothing that goes wrong in a build stops the next one.
 */
public final class Preview implements AutoCloseable {

    private final Engine engine;
    private final PrintStream out;
    private final PrintStream err;
    private final Function<String, String> printable;
    private final Set<Path> draftsNamed = new HashSet<>();
    private volatile List<String> problems = List.of();
    private volatile boolean failed;
    private boolean timings;
    /**
     * Makes the outputs a build leaves for later (the search index), one task after another, a
     * moment after the last save: while an editor saves again and again, the index is made once
     * they pause, and its work never slows the page they are looking at.
     */
    private final java.util.concurrent.ScheduledExecutorService later = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "loa-later");
        t.setDaemon(true);
        return t;
    });
    /** How long after a save the search index waits for the next one. */
    static final long LATER_MS = 1000;
    private java.util.concurrent.ScheduledFuture<?> pending;
    private Runnable pendingTask;

    /** Collected once a save's work is done and no other save came meanwhile (see {@link RestingHeap}). */
    private volatile RestingHeap resting = RestingHeap.ofThisProcess();
    /** How many builds began: a task of an earlier one does not collect the heap while a later one runs. */
    private volatile long builds;

    Preview withRestingHeap(RestingHeap heap) {
        resting = heap;
        return this;
    }

    /** The files of the output open in a browser, which a save makes first (see {@link DevServer#openPages}). */
    private volatile java.util.function.Supplier<Set<String>> openPages = Set::of;

    public Preview withOpenPages(java.util.function.Supplier<Set<String>> open) {
        openPages = open;
        return this;
    }

    /** Prints the time of each stage after each build. */
    public Preview withTimings(boolean t) {
        timings = t;
        return this;
    }

    /**
     * @param printable makes a message safe for the terminal
     */
    public Preview(Engine engine, PrintStream out, PrintStream err, Function<String, String> printable) {
        this.engine = engine;
        this.out = out;
        this.err = err;
        this.printable = printable;
    }

    /** Builds after {@code changed} files changed (none: the first build); true when the build succeeded. */
    public boolean rebuild(Collection<Path> changed) {
        return rebuild(changed, () -> {
        });
    }

    /**
     * Builds after {@code changed} files changed, calls {@code show} (the open pages reload), then
     * runs the checks of {@code loa check} on the pages read again and, when what they find
     * changed, calls {@code show} once more: a save is shown without waiting for its checks.
     */
    public synchronized boolean rebuild(Collection<Path> changed, Runnable show) {
        this.show = show;
        boolean ok = build(changed);
        show.run();
        if (ok) {
            List<String> found = engine.check();
            found.forEach(m -> err.println(printable.apply(m)));
            if (!found.equals(findings)) {
                findings = List.copyOf(found);
                problems = findings;
                show.run();
            }
        }
        return ok;
    }

    /** Reloads the open pages: also after the outputs left for later, when they are more than the search index. */
    private volatile Runnable show = () -> {
    };

    /** What the checks found in the pages, the last time they ran. */
    private List<String> findings = List.of();

    private boolean build(Collection<Path> changed) {
        engine.changed(changed);
        long build = ++builds;
        List<String> now = new ArrayList<>();
        try {
            if (pending != null) {
                pending.cancel(false); // a newer save makes it again, for the pages of then
            }
            BuildResult r = engine.build(task -> {
                pendingTask = () -> {
                    try {
                        // After a template or a title changed, most pages come with the task: show them.
                        boolean pages = engine.restPending();
                        task.run();
                        if (pages) {
                            show.run();
                        }
                        if (builds == build) {
                            resting.collectIfFull();
                        }
                    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                        err.println(printable.apply("lỗi: không làm lại được chỉ mục tìm kiếm (" + e + ") — cách sửa: lưu lại tệp vừa sửa để thử lại"));
                    }
                };
                // A second after a save, as more may follow; after the first build at once (what it leaves is
                // the plan the first save needs, best made before that save comes).
                pending = later.schedule(pendingTask, changed.isEmpty() ? 0 : LATER_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
            }, openPages.get());
            out.println(r.summary());
            if (timings) {
                out.println("  " + r.timings());
            }
            for (Path draft : r.drafts()) {
                if (draftsNamed.add(draft)) {
                    out.println(printable.apply(draft.toString().replace('\\', '/')
                            + ": bài nháp (draft: true) không được đưa vào trang — thêm --drafts để xem cả bài nháp"));
                }
            }
            failed = false;
        } catch (ContentErrors e) {
            e.errors().forEach(x -> now.add(x.getMessage()));
            failed = true;
        } catch (LoaException e) {
            now.add(e.getMessage());
            failed = true;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            now.add("lỗi: Loa gặp sự cố khi xây dựng lại (" + e + ") — cách sửa: lưu lại tệp vừa sửa để thử lại;"
                    + " nếu vẫn lỗi, dừng lệnh (Ctrl+C) rồi chạy lại 'loa serve'");
            failed = true;
        }
        now.forEach(m -> err.println(printable.apply(m)));
        if (failed) {
            err.println(now.size() + " lỗi; trang xem thử vẫn là bản tốt gần nhất.");
        }
        // Until the checks have run on this save, the findings of the last ones stay shown.
        problems = failed ? List.copyOf(now) : findings;
        return !failed;
    }

    /** Makes what the last save left for later, stops taking tasks, and waits a little for one under way. */
    @Override
    public synchronized void close() {
        if (pending != null && pending.cancel(false)) {
            pendingTask.run(); // the search index and the cache of the last save, before the server stops
        }
        later.shutdownNow();
        try {
            later.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the last build had to say, one message a line; empty when it succeeded without a word. */
    public List<String> problems() {
        return problems;
    }

    /** Whether the last build failed (its pages are not shown: the last good ones are). */
    public boolean failed() {
        return failed;
    }
}

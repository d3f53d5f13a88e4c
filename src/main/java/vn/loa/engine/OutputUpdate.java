package vn.loa.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import vn.loa.Key;
import vn.loa.LoaException;
import vn.loa.Parallel;
import vn.loa.load.Content;
import vn.loa.render.RenderedPage;
import vn.loa.safety.SvgSanitizer;
import vn.loa.theme.Output;
import vn.loa.theme.PageKeys;
import vn.loa.write.Precompressed;
import vn.loa.write.SiteWriter;
import vn.loa.write.Staging;

/**
 * Brings the output folder up to date with a build's outputs: makes only the outputs whose key
 * differs from the manifest's, stages only the files whose bytes differ from what the output
 * holds, removes the files no longer made, and commits the lot at once (see {@link Staging}).
 * Without a manifest it trusts (a first build, {@code --no-cache}, an output changed by another
 * build) it makes every output and compares its bytes with the file on disk.
 */
final class OutputUpdate {

    /** What an update did. */
    record Result(OutputManifest manifest, int files, int written, int removed, List<String> made) {
    }

    private final SiteWriter writer;
    private final PageKeys keys;
    private final OutputManifest old;
    private final boolean trusted;
    /** The files found in the output before the build, when it was looked at; null when the manifest is all there is. */
    private final Map<String, SiteWriter.FileStamp> onDisk;
    private final Map<String, OutputManifest.Entry> next = new ConcurrentHashMap<>();
    private final AtomicInteger written = new AtomicInteger();
    private final Queue<String> made = new ConcurrentLinkedQueue<>();
    private Staging staging;
    private boolean precompress;
    /** Asked before each output: true stops the update ({@link #stoppedBy}). */
    private java.util.function.BooleanSupplier stop = () -> false;
    private volatile boolean stopped;

    OutputUpdate(SiteWriter writer, PageKeys keys, OutputManifest old, boolean trusted, Map<String, SiteWriter.FileStamp> onDisk) {
        this.writer = writer;
        this.keys = keys;
        this.old = old;
        this.trusted = trusted;
        this.onDisk = onDisk;
    }

    /**
     * Writes a {@code .gz} beside every text file ({@code precompress: true}, see {@link Precompressed}).
     * The setting is part of every key, so that turning it on or off makes the files again (and
     * removes the {@code .gz} no longer made).
     */
    OutputUpdate precompress(boolean on) {
        this.precompress = on;
        return this;
    }

    /**
     * Stops {@link #run} when {@code stop} becomes true (serve: a save is waiting while the rest of
     * the site is made): the outputs made so far are put in place, nothing is removed, and the
     * manifest says which; the next update goes on from there.
     */
    OutputUpdate stoppedBy(java.util.function.BooleanSupplier stop) {
        this.stop = stop;
        return this;
    }

    /** Whether the last run stopped before making every output. */
    boolean stopped() {
        return stopped;
    }

    private long keyed(long key) {
        return precompress ? precompressed(key) : key;
    }

    /** The key of an output written with its {@code .gz} beside it. */
    static long precompressed(long key) {
        return Key.of("precompressed").add(key).get();
    }

    /** Keeps a file as the manifest has it, with its {@code .gz} when there is one. */
    private void keep(String path, OutputManifest.Entry e) {
        next.put(path, e);
        OutputManifest.Entry gz = precompress && Precompressed.isText(path) ? old.get(path + ".gz") : null;
        if (gz != null) {
            next.put(path + ".gz", gz);
        }
    }

    Result run(List<Output> outputs, List<Content.StaticFile> files) {
        return run(outputs, files, p -> false);
    }

    /**
     * @param carried the paths of outputs made by another update: their files are kept as the old
     *                manifest has them, neither made nor removed
     */
    Result run(List<Output> outputs, List<Content.StaticFile> files, java.util.function.Predicate<String> carried) {
        old.entries().forEach((path, entry) -> {
            if (carried.test(path)) {
                next.put(path, entry);
            }
        });
        checkCollisions(outputs, files);
        make(outputs, files);
        if (stopped) {
            return commitSome(List.of());
        }
        Set<String> gone = new HashSet<>();
        if (trusted) {
            gone.addAll(old.paths());
        }
        if (onDisk != null) {
            gone.addAll(onDisk.keySet());
        }
        gone.removeIf(p -> p.endsWith("/") || next.containsKey(p) || p.equals(SiteWriter.MARK));
        OutputManifest made = new OutputManifest(new HashMap<>(next), null);
        String generation = OutputManifest.generationOf(made.sum());
        if (staging != null || !gone.isEmpty() || !generation.equals(old.generation())) {
            stage().commit(gone, generation);
        }
        return new Result(OutputManifest.counted(made.entries(), made.sum(), made.files(), old.inputs()), made.files(),
                written.get(), gone.size(), this.made.stream().sorted().toList());
    }

    /**
     * Makes again some outputs of the plan that the manifest lists whole (serve, after a save of a
     * few pages), and removes the files of some outputs no longer made (a page removed or renamed):
     * every other file stays as the manifest has it, and the cost is that of the outputs given, not
     * of the site.
     */
    Result runSome(List<Output> outputs, java.util.Collection<String> removed) {
        make(outputs, List.of());
        return commitSome(removed);
    }

    /** Puts what was made in place, removes the files of {@code removed}, and keeps every other file as the manifest has it. */
    private Result commitSome(java.util.Collection<String> removed) {
        long sum = old.sum();
        int files = old.files();
        for (Map.Entry<String, OutputManifest.Entry> e : next.entrySet()) {
            OutputManifest.Entry before = old.get(e.getKey());
            sum += OutputManifest.keyOf(e.getKey(), e.getValue()) - (before == null ? 0 : OutputManifest.keyOf(e.getKey(), before));
            files += before == null && !e.getKey().endsWith("/") ? 1 : 0;
        }
        Set<String> gone = new HashSet<>();
        for (String path : removed) {
            for (String p : List.of(path, path + ".gz")) {
                OutputManifest.Entry before = old.get(p);
                if (before != null && !next.containsKey(p)) {
                    gone.add(p);
                    sum -= OutputManifest.keyOf(p, before);
                    files--;
                }
            }
        }
        String generation = OutputManifest.generationOf(sum);
        if (staging != null || !gone.isEmpty() || !generation.equals(old.generation())) {
            stage().commit(gone, generation);
        }
        // Updated in place once the output is (a copy would cost a save the whole manifest's size).
        Map<String, OutputManifest.Entry> all = old.entries();
        all.putAll(next);
        all.keySet().removeAll(gone);
        return new Result(OutputManifest.counted(all, sum, files, old.inputs()), files, written.get(), gone.size(),
                made.stream().sorted().toList());
    }

    /** Makes the outputs and copies the files, in parallel, staging what changed; nothing is committed. */
    private void make(List<Output> outputs, List<Content.StaticFile> files) {
        List<Output> ordered = new ArrayList<>(outputs.size());
        outputs.stream().filter(Output::isFolder).forEach(ordered::add); // the longest to make: begun first
        outputs.stream().filter(o -> !o.isFolder()).forEach(ordered::add);
        Queue<RuntimeException> failures = new ConcurrentLinkedQueue<>();
        try {
            Parallel.forEach(ordered, o -> {
                if (failures.isEmpty() && !(stopped = stopped || stop.getAsBoolean())) {
                    try {
                        if (o.isFolder()) {
                            folder(o);
                        } else {
                            file(o);
                        }
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            });
            if (failures.isEmpty() && !stopped) {
                Parallel.forEach(files, f -> {
                    try {
                        copy(f);
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                });
            }
            if (!failures.isEmpty()) {
                // The user's mistake (a template, a file name) before an I/O failure it may have caused.
                throw failures.stream().filter(LoaException.class::isInstance).findFirst().orElse(failures.peek());
            }
        } catch (RuntimeException | Error e) {
            if (staging != null) {
                staging.abandon();
            }
            throw e;
        }
    }

    private OutputManifest.Entry known(String path) {
        return trusted ? old.get(path) : null;
    }

    // The keys are taken before the output is made: were the pages of now to change meanwhile
    // (serve makes the search index while the next save is built), the output would be newer
    // than its key, and made once more, never older and kept.

    private void file(Output o) {
        OutputManifest.Entry e = known(o.path());
        long key = keyed(o.key(keys));
        long bodyKey = keyed(o.bodyKey(keys));
        if (e != null && e.key() == (e.readsBodies() ? bodyKey : key)) {
            keep(o.path(), e);
            return;
        }
        byte[][] bytes = new byte[1][];
        boolean readsBodies = RenderedPage.watchBodyReads(() -> bytes[0] = o.content().get());
        made.add(o.path());
        put(o.path(), bytes[0], readsBodies ? bodyKey : key, readsBodies);
    }

    private void folder(Output o) {
        OutputManifest.Entry e = known(o.path());
        long key = keyed(o.key(keys));
        if (e != null && e.key() == key) {
            old.entries().forEach((path, entry) -> {
                if (path.startsWith(o.path())) {
                    next.put(path, entry);
                }
            });
            return;
        }
        Map<String, byte[]> files = o.files().get();
        made.add(o.path());
        files.forEach((name, bytes) -> put(o.path() + name, bytes, key, false));
        next.put(o.path(), new OutputManifest.Entry(key, false, 0, -1));
    }

    /** Stages a made file unless the output already holds these bytes. */
    private void put(String path, byte[] bytes, long key, boolean readsBodies) {
        long hash = Key.bytes(bytes);
        OutputManifest.Entry e = known(path);
        boolean same;
        if (trusted) {
            same = e != null && e.hash() == hash && e.size() == bytes.length;
        } else {
            SiteWriter.FileStamp there = onDisk == null ? null : onDisk.get(path);
            same = there != null && there.size() == bytes.length && java.util.Arrays.equals(writer.read(path), bytes);
        }
        if (!same) {
            stage().put(path, bytes);
            written.incrementAndGet();
        }
        next.put(path, new OutputManifest.Entry(key, readsBodies, hash, bytes.length));
        if (precompress && Precompressed.isText(path)) {
            put(path + ".gz", Precompressed.gzip(bytes), key, readsBodies);
        }
    }

    /**
     * Copies a file of the content unless the output already holds it; an SVG image is published
     * cleaned of scripts, handlers and outside references ({@link SvgSanitizer}), so that nothing
     * runs on the portal's address.
     */
    private void copy(Content.StaticFile f) {
        long key = keyed(Key.of("content-file").add(f.source().toString()).addValue(vn.loa.load.PageSource.stamp(f.source())).get());
        OutputManifest.Entry e = known(f.target());
        if (e != null && e.key() == key) {
            keep(f.target(), e);
            return;
        }
        if (SvgSanitizer.isSvg(f.target())) {
            put(f.target(), SvgSanitizer.sanitize(f.source()), key, false);
            return;
        }
        boolean same = false;
        if (!trusted && onDisk != null && onDisk.containsKey(f.target()) && onDisk.get(f.target()).size() == f.size()) {
            try {
                same = Files.mismatch(f.source(), writer.output().resolve(f.target())) == -1;
            } catch (IOException ex) {
                same = false;
            }
        }
        if (!same) {
            stage().copy(f.target(), f.source());
            written.incrementAndGet();
        }
        long hash;
        try {
            hash = Key.bytes(Files.readAllBytes(f.source()));
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        next.put(f.target(), new OutputManifest.Entry(key, false, hash, f.size()));
    }

    private synchronized Staging stage() {
        if (staging == null) {
            staging = writer.begin();
        }
        return staging;
    }

    /** A file of the content may not take the name of a file Loa makes. */
    private static void checkCollisions(List<Output> outputs, List<Content.StaticFile> files) {
        Set<String> made = new HashSet<>();
        List<String> folders = new ArrayList<>();
        for (Output o : outputs) {
            made.add(o.path());
            if (o.isFolder()) {
                folders.add(o.path());
            }
        }
        for (Content.StaticFile f : files) {
            if (made.contains(f.target()) || folders.stream().anyMatch(f.target()::startsWith)) {
                throw new LoaException(Path.of("content").resolve(f.target()), 0,
                        "tệp này trùng tên với tệp do Loa tạo ra (" + f.target() + ")", "đổi tên hoặc di chuyển tệp");
            }
        }
    }
}

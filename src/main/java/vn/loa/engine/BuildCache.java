package vn.loa.engine;

import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import vn.loa.Key;
import vn.loa.render.RenderedPage;

/**
 * The build cache on disk, so that a new process after a small edit skips reading and rendering
 * what has not changed: the pages of the last build (without their bodies, which are read again
 * when needed) and the manifest of the output it wrote.
 *
 * <p>It lives outside the site, in the user's cache folder ({@code $LOA_CACHE_DIR}, else
 * {@code $XDG_CACHE_HOME/loa}, else {@code ~/.cache/loa}), one folder per site and output, so
 * that a build touches no file of the site but its output, and git never sees it. Deleting it is
 * always safe. Each file starts with Loa's version and the key of the settings it was made with
 * and ends with a checksum of everything before it: a file of another version or settings, cut
 * short, or damaged is ignored as a whole (the build then reads and renders everything again and
 * compares what it makes with the output on disk), so the cache can make a build slower but
 * never wrong. Folders of sites not built for 60 days are removed.
 */
final class BuildCache {

    private static final int FORMAT = 3;
    private static final String MAGIC = "loa-cache";

    private final Path folder;
    private final String version;
    private final long settings;
    private int titlesKept = -1;

    /**
     * @param settings the key of everything the cached values depend on besides the files:
     *                 the output folder, drafts, offline links, raw HTML allowed
     */
    BuildCache(Path folder, String version, long settings) {
        this.folder = folder;
        this.version = version;
        this.settings = settings;
    }

    /** The cache folder of a site and its settings, under the user's cache folder. */
    static Path folderFor(Path siteRoot, long settings) {
        return base().resolve(Key.hex(Key.of("site-cache").add(siteRoot.toString()).add(settings).get()));
    }

    static Path base() {
        String dir = System.getProperty("loa.cache");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("LOA_CACHE_DIR");
        }
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path home = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return home.resolve("loa");
    }

    /** The pages are kept in this many files, by their path, so that a build after an edit rewrites one of them. */
    static final int BUCKETS = 32;

    static int bucket(Path rel) {
        return Math.floorMod(Key.chars(rel.toString().replace('\\', '/')), BUCKETS);
    }

    /** Gives the memo the pages of the last build, from every file of the cache that is whole; read in parallel. */
    void loadPages(PageMemo memo) {
        List<Integer> buckets = java.util.stream.IntStream.range(0, BUCKETS).boxed().toList();
        record Bucket(long renderKey, Map<Path, PageMemo.Entry> entries) {
        }
        List<Bucket> read = vn.loa.Parallel.map(buckets, b -> {
            Map<Path, PageMemo.Entry> out = new HashMap<>();
            long[] renderKey = {0};
            boolean ok = read("pages-" + b + ".bin", (in, codec) -> {
                renderKey[0] = in.readLong();
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    Path rel = Path.of(RecordCodec.readString(in));
                    long fileKey = in.readLong();
                    long summary = in.readLong();
                    long body = in.readLong();
                    byte[] terms = readTerms(in);
                    PageMemo.Entry e;
                    if (in.readBoolean()) {
                        RenderedPage r = (RenderedPage) codec.read(in);
                        e = memo.cached(fileKey, r.page(), r, summary, body, terms);
                    } else {
                        e = memo.cached(fileKey, (vn.loa.load.Page) codec.read(in), null, summary, body, terms);
                    }
                    // The page's own path as the key, not a second copy of it (100,000 pages: about 10 MB).
                    out.put(e.page() != null && rel.equals(e.page().file()) ? e.page().file() : rel, e);
                }
            });
            return ok ? new Bucket(renderKey[0], out) : null;
        });
        // Pages rendered with other settings than most are left out: they are rendered again.
        Map<Long, Integer> votes = new HashMap<>();
        read.stream().filter(java.util.Objects::nonNull).forEach(b -> votes.merge(b.renderKey(), b.entries().size(), Integer::sum));
        votes.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(most -> {
            memo.renderWith(most.getKey());
            read.stream().filter(b -> b != null && b.renderKey() == most.getKey()).forEach(b -> b.entries().forEach(memo::put));
        });
    }

    /** Writes the files of the pages that changed since the last save (all of them the first time). */
    void savePages(PageMemo memo, java.util.Set<Integer> dirty) {
        Map<Integer, List<PageMemo.Entry>> byBucket = new HashMap<>();
        for (PageMemo.Entry e : memo.entries()) {
            int b = bucket(e.page().file());
            if (dirty.contains(b)) {
                byBucket.computeIfAbsent(b, k -> new java.util.ArrayList<>()).add(e);
            }
        }
        vn.loa.Parallel.forEach(List.copyOf(dirty), b -> write("pages-" + b + ".bin", (out, codec) -> {
            List<PageMemo.Entry> list = byBucket.getOrDefault(b, List.of());
            out.writeLong(memo.renderKey());
            out.writeInt(list.size());
            for (PageMemo.Entry e : list) {
                RecordCodec.writeString(out, e.page().file().toString());
                out.writeLong(e.fileKey());
                out.writeLong(e.summary());
                out.writeLong(e.body());
                byte[] terms = e.terms(); // read once: it may be on disk (SpillFile)
                out.writeInt(terms == null ? -1 : terms.length);
                if (terms != null) {
                    out.write(terms);
                }
                out.writeBoolean(e.rendered() != null);
                codec.write(out, e.rendered() != null ? e.rendered() : e.page());
            }
        }));
    }

    /** Most bytes of search terms a page keeps in the cache: a length beyond is damage. */
    private static final int MAX_TERMS = 1 << 26;

    private static byte[] readTerms(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < -1 || n > MAX_TERMS) {
            throw new IOException("search terms of " + n + " bytes");
        }
        if (n < 0) {
            return null;
        }
        byte[] terms = new byte[n];
        in.readFully(terms);
        return terms;
    }

    /** The titles' keys being read ({@link #loadTitleKeys}); null when they are not. */
    private java.util.concurrent.CompletableFuture<Void> titlesRead;

    /**
     * The collation keys of the titles of the last build ({@link vn.loa.index.TitleKeys}), so that
     * a new process does not make ten thousand of them again; kept only when whole. Read on a
     * thread of their own (4 MB at 10,000 pages), while the pages are read and loaded: the index
     * stage makes any key it needs and does not find yet, the same key, so the build is the same
     * whenever they arrive.
     */
    void loadTitleKeys() {
        titlesRead = java.util.concurrent.CompletableFuture.runAsync(this::readTitleKeys,
                task -> OutputOnDisk.daemon(task, "loa-title-keys"));
    }

    private void readTitleKeys() {
        Map<String, byte[]> keys = new HashMap<>();
        boolean ok = read("titles.bin", (in, codec) -> {
            for (int n = in.readInt(); n > 0; n--) {
                String title = RecordCodec.readString(in);
                byte[] key = new byte[in.readInt()];
                in.readFully(key);
                keys.put(title, key);
            }
        });
        if (ok) {
            vn.loa.index.TitleKeys.remember(keys);
            titlesKept = keys.size();
        }
    }

    /** Writes the keys again when the process made new ones. */
    void saveTitleKeys() {
        if (titlesRead != null) {
            titlesRead.exceptionally(e -> null).join(); // so that keys read are not taken for keys made
        }
        Map<String, byte[]> keys = vn.loa.index.TitleKeys.known();
        if (keys.size() == titlesKept) {
            return;
        }
        titlesKept = keys.size();
        write("titles.bin", (out, codec) -> {
            out.writeInt(keys.size());
            for (Map.Entry<String, byte[]> e : keys.entrySet()) {
                RecordCodec.writeString(out, e.getKey());
                out.writeInt(e.getValue().length);
                out.write(e.getValue());
            }
        });
    }

    /** The manifest of the output as the last build left it, or an empty one. */
    OutputManifest loadManifest() {
        Map<String, OutputManifest.Entry> entries = new HashMap<>();
        String[] generation = {null};
        OutputManifest.Inputs[] inputs = {OutputManifest.Inputs.NONE};
        boolean ok = read("output.bin", (in, codec) -> {
            generation[0] = RecordCodec.readString(in);
            long key = in.readLong();
            int pages = in.readInt();
            List<String> drafts = new java.util.ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                drafts.add(RecordCodec.readString(in));
            }
            long shape = in.readLong();
            List<String> bodyKinds = new java.util.ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                bodyKinds.add(RecordCodec.readString(in));
            }
            inputs[0] = new OutputManifest.Inputs(key, pages, drafts, shape, bodyKinds);
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String path = RecordCodec.readString(in);
                entries.put(path, new OutputManifest.Entry(in.readLong(), in.readBoolean(), in.readLong(), in.readLong()));
            }
        });
        return ok ? new OutputManifest(entries, generation[0], inputs[0]) : OutputManifest.empty();
    }

    /**
     * Writes what a build leaves for the next (the manifest, the photos' index, the pages changed,
     * the title keys), or only part of it when {@code stop} says so while the manifest is written:
     * what is not written then is written by the next save, the files left as they were meanwhile
     * (a manifest of another generation than the output's is not trusted).
     */
    void save(OutputManifest manifest, Photos photos, PageMemo memo, java.util.function.BooleanSupplier stop) {
        if (!saveManifest(manifest, stop)) {
            return;
        }
        photos.save();
        savePages(memo, memo.takeDirty());
        saveTitleKeys();
    }

    /** How many files of the manifest are written between two questions to stop. */
    private static final int STOP_EVERY = 4096;

    /**
     * Writes the manifest unless {@code stop} answers true while it is written (asked every few
     * thousand files: at 100,000 pages the manifest lists 417,702); false when it stopped, the file
     * then left as it was.
     */
    private boolean saveManifest(OutputManifest manifest, java.util.function.BooleanSupplier stop) {
        boolean[] stopped = {false};
        write("output.bin", (out, codec) -> {
            RecordCodec.writeString(out, manifest.generation());
            out.writeLong(manifest.inputs().key());
            out.writeInt(manifest.inputs().pages());
            out.writeInt(manifest.inputs().drafts().size());
            for (String d : manifest.inputs().drafts()) {
                RecordCodec.writeString(out, d);
            }
            out.writeLong(manifest.inputs().shape());
            out.writeInt(manifest.inputs().bodyKinds().size());
            for (String k : manifest.inputs().bodyKinds()) {
                RecordCodec.writeString(out, k);
            }
            out.writeInt(manifest.size());
            int n = 0;
            for (Map.Entry<String, OutputManifest.Entry> e : manifest.entries().entrySet()) {
                if (++n % STOP_EVERY == 0 && stop.getAsBoolean()) {
                    stopped[0] = true;
                    throw new IllegalStateException("stopped"); // write() removes what was written
                }
                RecordCodec.writeString(out, e.getKey());
                out.writeLong(e.getValue().key());
                out.writeBoolean(e.getValue().readsBodies());
                out.writeLong(e.getValue().hash());
                out.writeLong(e.getValue().size());
            }
        });
        return !stopped[0];
    }

    /** Forgets everything. */
    void clear() {
        try {
            for (int b = 0; b < BUCKETS; b++) {
                Files.deleteIfExists(folder.resolve("pages-" + b + ".bin"));
            }
            Files.deleteIfExists(folder.resolve("output.bin"));
            Files.deleteIfExists(folder.resolve("titles.bin"));
        } catch (IOException e) {
            // nothing to forget, or it will be overwritten
        }
    }

    private interface Reader {
        void read(DataInput in, RecordCodec codec) throws IOException;
    }

    private interface Writer {
        void write(DataOutputStream out, RecordCodec codec) throws IOException;
    }

    /**
     * Reads a file of the cache whole, and parses it only when its checksum (its last 8 bytes, of
     * everything before them) is right, its header names this format, version and settings, and
     * the reader takes every byte: false, and nothing to trust, otherwise.
     */
    private boolean read(String name, Reader reader) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            byte[] all = Files.readAllBytes(file);
            int body = all.length - Long.BYTES;
            if (body < 0) {
                return false;
            }
            CRC32C crc = new CRC32C();
            crc.update(all, 0, body);
            if (crc.getValue() != new CacheInput(all, body, all.length).readLong()) {
                return false;
            }
            CacheInput in = new CacheInput(all, 0, body);
            if (!MAGIC.equals(RecordCodec.readString(in)) || in.readInt() != FORMAT || !version.equals(RecordCodec.readString(in))
                    || in.readLong() != settings) {
                return false;
            }
            reader.read(in, new RecordCodec());
            return in.atEnd();
        } catch (IOException | RuntimeException e) {
            return false; // cut short or damaged: ignored whole
        }
    }

    /** The bytes written so far, without a copy. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(1 << 16);
        }

        byte[] array() {
            return buf;
        }
    }

    /** Writes a file of the cache under a temporary name, with its checksum last, and moves it into place. */
    private void write(String name, Writer writer) {
        Path tmp = folder.resolve(name + "." + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
        try {
            Files.createDirectories(folder);
            Buffer buffer = new Buffer();
            DataOutputStream out = new DataOutputStream(buffer);
            RecordCodec.writeString(out, MAGIC);
            out.writeInt(FORMAT);
            RecordCodec.writeString(out, version);
            out.writeLong(settings);
            writer.write(out, new RecordCodec());
            CRC32C crc = new CRC32C();
            crc.update(buffer.array(), 0, buffer.size());
            out.writeLong(crc.getValue());
            try (OutputStream raw = Files.newOutputStream(tmp)) {
                raw.write(buffer.array(), 0, buffer.size());
            }
            Files.move(tmp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(folder, FileTime.from(Instant.now()));
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written only makes the next build slower.
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    /** Removes the cache folders of sites not built for 60 days. */
    static void sweep() {
        Path base = base();
        if (!Files.isDirectory(base)) {
            return;
        }
        Instant old = Instant.now().minus(60, ChronoUnit.DAYS);
        try (Stream<Path> s = Files.list(base)) {
            s.filter(p -> p.getFileName().toString().matches("[0-9a-f]{16}")).forEach(p -> {
                try {
                    if (Files.getLastModifiedTime(p).toInstant().isBefore(old)) {
                        try (Stream<Path> files = Files.list(p)) {
                            for (Path f : (Iterable<Path>) files::iterator) {
                                Files.deleteIfExists(f);
                            }
                        }
                        Files.deleteIfExists(p);
                    }
                } catch (IOException e) {
                    // in use, or gone
                }
            });
        } catch (IOException e) {
            // no cache folder to sweep
        }
    }
}

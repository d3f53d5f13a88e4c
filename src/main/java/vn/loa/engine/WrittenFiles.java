package vn.loa.engine;

import java.util.function.Supplier;
import vn.loa.Key;
import vn.loa.theme.WrittenOutput;
import vn.loa.write.SiteWriter;

/**
 * The output as the engine's manifest says the builds before wrote it ({@link WrittenOutput}): an
 * output made with a key, and a file read back only when it has the size and the hash of the
 * bytes that were written (a file changed by hand since, or half-written by another program, is
 * none).
 */
final class WrittenFiles implements WrittenOutput {

    private final SiteWriter writer;
    private final Supplier<OutputManifest> manifest;
    private final java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();

    WrittenFiles(SiteWriter writer, Supplier<OutputManifest> manifest) {
        this.writer = writer;
        this.manifest = manifest;
    }

    @Override
    public boolean madeWith(String path, long key) {
        OutputManifest m = manifest.get();
        OutputManifest.Entry e = m == null ? null : m.get(path);
        // Written with or without its .gz beside (OutputUpdate#keyed): the file is the same.
        return e != null && (e.key() == key || e.key() == OutputUpdate.precompressed(key));
    }

    @Override
    public byte[] read(String path) {
        OutputManifest m = manifest.get();
        OutputManifest.Entry e = m == null ? null : m.get(path);
        if (e == null || e.size() < 0) {
            return null;
        }
        byte[] bytes = writer.read(path);
        if (bytes == null || bytes.length != e.size() || Key.bytes(bytes) != e.hash()) {
            return null;
        }
        reads.incrementAndGet();
        return bytes;
    }

    /** How many files were read back since the last call. */
    int takeReads() {
        return reads.getAndSet(0);
    }
}

package vn.loa.search;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import vn.loa.SpillFile;

/**
 * The files of a search index while it is built and until they are written, in the order they
 * were put: in the heap while they add up to {@code plainLimit} bytes, beyond that in a temporary
 * file ({@link SpillFile}), so that the index of a big site does not hold its JSON in the heap
 * (100,000 pages: about 200 MB of files, which held deflated still took 95 MB of a 1 GB heap while
 * serve made the index after a save). When no temporary file can be written, the files beyond are
 * held deflated ({@link Deflater}, its quickest level). Reading a file reads it back; a walk over
 * the entries reads each file only when its value is asked for, and holds none. What is read is
 * always the bytes put.
 */
final class HeldFiles extends AbstractMap<String, byte[]> {

    /** A file deflated, with its length as it was put. */
    private record Deflated(byte[] data, int length) {
    }

    private final long plainLimit;
    /** Makes the file beyond the limit, when first needed; null: none (files beyond are deflated). */
    private final Supplier<SpillFile> spills;
    private SpillFile spill;
    private final Map<String, Object> held = new LinkedHashMap<>();
    private long plain;
    private long bytes;

    HeldFiles(long plainLimit) {
        this(plainLimit, () -> new SpillFile("loa-chi-muc-"));
    }

    /** @param spills the temporary file for the files beyond the limit; null to deflate them in the heap */
    HeldFiles(long plainLimit, Supplier<SpillFile> spills) {
        this.plainLimit = plainLimit;
        this.spills = spills;
    }

    /** Puts a file (a name not put before). */
    @Override
    public byte[] put(String name, byte[] file) {
        Object kept;
        if (plain + file.length <= plainLimit) {
            plain += file.length;
            kept = file;
        } else {
            kept = spilled(file);
        }
        if (held.put(name, kept) != null) {
            throw new IllegalStateException("a second file " + name);
        }
        bytes += file.length;
        return null;
    }

    /** Moves the files of another into this one, after its own, as they are held. */
    void take(HeldFiles other) {
        other.held.forEach((name, kept) -> {
            if (held.put(name, kept) != null) {
                throw new IllegalStateException("a second file " + name);
            }
        });
        bytes += other.bytes;
        other.held.clear();
        other.bytes = 0;
    }

    /** An empty one for the files made next, with what is left of this one's bytes held as they are. */
    HeldFiles after() {
        return new HeldFiles(Math.max(0, plainLimit - plain), spills);
    }

    /** A file past the limit: in the temporary file, or deflated when it cannot be written there. */
    private Object spilled(byte[] file) {
        if (spills != null) {
            if (spill == null) {
                spill = spills.get();
            }
            SpillFile.Spilled on = spill.put(file);
            if (on != null) {
                return on;
            }
        }
        return deflate(file);
    }

    /** The bytes of every file as it was put. */
    long bytes() {
        return bytes;
    }

    @Override
    public byte[] get(Object name) {
        Object kept = held.get(name);
        return kept == null ? null : open(kept);
    }

    @Override
    public boolean containsKey(Object name) {
        return held.containsKey(name);
    }

    @Override
    public int size() {
        return held.size();
    }

    @Override
    public Set<String> keySet() {
        return java.util.Collections.unmodifiableSet(held.keySet());
    }

    @Override
    public Set<Entry<String, byte[]>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return held.size();
            }

            @Override
            public Iterator<Entry<String, byte[]>> iterator() {
                Iterator<Entry<String, Object>> it = held.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Entry<String, byte[]> next() {
                        Entry<String, Object> e = it.next();
                        return new Entry<>() {
                            @Override
                            public String getKey() {
                                return e.getKey();
                            }

                            @Override
                            public byte[] getValue() {
                                return open(e.getValue());
                            }

                            @Override
                            public byte[] setValue(byte[] value) {
                                throw new UnsupportedOperationException();
                            }
                        };
                    }
                };
            }
        };
    }

    private static Deflated deflate(byte[] file) {
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        try {
            d.setInput(file);
            d.finish();
            byte[] out = new byte[Math.max(64, file.length / 4)];
            int n = 0;
            while (!d.finished()) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                n += d.deflate(out, n, out.length - n);
            }
            return new Deflated(java.util.Arrays.copyOf(out, n), file.length);
        } finally {
            d.end();
        }
    }

    private static byte[] open(Object kept) {
        if (kept instanceof byte[] b) {
            return b;
        }
        if (kept instanceof SpillFile.Spilled on) {
            return on.read();
        }
        Deflated z = (Deflated) kept;
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(z.data());
            byte[] out = new byte[z.length()];
            int n = 0;
            while (n < out.length) {
                int got = inflater.inflate(out, n, out.length - n);
                if (got == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("a held file is cut short");
                }
                n += got;
            }
            return out;
        } catch (DataFormatException e) {
            throw new IllegalStateException("a held file is damaged", e);
        } finally {
            inflater.end();
        }
    }
}

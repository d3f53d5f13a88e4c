package vn.loa.image;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import vn.loa.Key;

/**
 * The files made of each photo, by the hash of its bytes and {@link PhotoSizes#SETTINGS}: in memory
 * for the last few photos (the outputs of one photo are made one after another), and on disk in the
 * user's cache folder ({@code photos/} beside the build cache's site folders), so that a photo is
 * processed once, whatever its name, whichever site and process asks again. Each file ends with a
 * checksum: one cut short or damaged is ignored and made again. Two threads asking for one photo
 * process it once. Safe to delete at any time.
 */
public final class PhotoCache {

    private static final String MAGIC = "loa-photo-1";
    /** The photos kept in memory: those the write stage's threads make at once, twice over. */
    private static final int RECENT = Math.max(8, 2 * vn.loa.Parallel.threads());

    private final Path folder;
    private final boolean read;
    /**
     * The photos this cache processed and saved: read back even when it reads nothing an earlier
     * process left ({@code --no-cache}), so that within one build the same bytes under other names
     * (a banner on many posts) are processed once, as with the cache.
     */
    private final java.util.Set<Long> savedNow = ConcurrentHashMap.newKeySet();
    private final Map<Long, Map<String, byte[]>> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Map<String, byte[]>> eldest) {
            return size() > RECENT;
        }
    };
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();
    private static final AtomicInteger PROCESSED = new AtomicInteger();

    /**
     * @param folder where to keep the files; null: in memory only
     * @param read   whether to read what is there (--no-cache builds still write it)
     */
    public PhotoCache(Path folder, boolean read) {
        this.folder = folder;
        this.read = read;
    }

    /** How many photos this process has decoded and encoded (for tests: an unchanged photo is never processed twice). */
    public static int processed() {
        return PROCESSED.get();
    }

    /** The files of a photo ({@link PhotoProcessor#process}), made at most once. */
    public Map<String, byte[]> files(Photo photo) {
        long key = Key.of("photo-files").add(photo.contentKey()).add(PhotoSizes.SETTINGS).get();
        Object lock = locks.computeIfAbsent(key, k -> new Object());
        synchronized (lock) {
            synchronized (recent) {
                Map<String, byte[]> hit = recent.get(key);
                if (hit != null) {
                    return hit;
                }
            }
            Map<String, byte[]> files = read || savedNow.contains(key) ? load(key) : null;
            if (files == null) {
                byte[] bytes = PhotoReader.read(photo.source());
                if (Key.bytes(bytes) != photo.contentKey()) {
                    throw new PhotoProblem("tệp ảnh đổi trong khi dựng trang; dựng lại");
                }
                files = PhotoProcessor.process(bytes, photo.header());
                PROCESSED.incrementAndGet();
                save(key, files);
            }
            synchronized (recent) {
                recent.put(key, files);
            }
            return files;
        }
    }

    private Path file(long key) {
        return folder.resolve(Key.hex(key) + ".anh");
    }

    private Map<String, byte[]> load(long key) {
        if (folder == null) {
            return null;
        }
        Path f = file(key);
        if (!Files.isRegularFile(f)) {
            return null;
        }
        CRC32C crc = new CRC32C();
        try (InputStream raw = Files.newInputStream(f);
             CheckedInputStream checked = new CheckedInputStream(new BufferedInputStream(raw), crc);
             DataInputStream in = new DataInputStream(checked)) {
            if (!MAGIC.equals(in.readUTF()) || in.readLong() != key) {
                return null;
            }
            int n = in.readInt();
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                int len = in.readInt();
                if (len < 0 || len > PhotoReader.MAX_BYTES) {
                    return null;
                }
                files.put(name, in.readNBytes(len));
            }
            long sum = crc.getValue();
            if (in.readLong() != sum || in.read() != -1) {
                return null;
            }
            Files.setLastModifiedTime(f, FileTime.from(Instant.now()));
            return files;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void save(long key, Map<String, byte[]> files) {
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, ".anh-", ".tmp");
            try {
                CRC32C crc = new CRC32C();
                try (OutputStream raw = Files.newOutputStream(tmp);
                     BufferedOutputStream buffered = new BufferedOutputStream(raw);
                     DataOutputStream out = new DataOutputStream(new CheckedOutputStream(buffered, crc))) {
                    out.writeUTF(MAGIC);
                    out.writeLong(key);
                    out.writeInt(files.size());
                    for (Map.Entry<String, byte[]> e : files.entrySet()) {
                        out.writeUTF(e.getKey());
                        out.writeInt(e.getValue().length);
                        out.write(e.getValue());
                    }
                    out.flush();
                    new DataOutputStream(buffered).writeLong(crc.getValue());
                }
                Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                savedNow.add(key);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // a cache that cannot be written makes the next build slower, never wrong
        }
    }
}

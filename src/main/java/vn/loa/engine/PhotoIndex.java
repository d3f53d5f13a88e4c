package vn.loa.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import vn.loa.image.Photo;
import vn.loa.image.PhotoHeader;

/**
 * The photos a site's last build read, in its build cache folder: each source's stamp, published
 * path, hash and header, so that a new process reads no photo whose stamp is unchanged. Ends with a
 * checksum; a file of another format, cut short or damaged is ignored (every photo is read again).
 */
final class PhotoIndex {

    private static final String MAGIC = "loa-photo-index-1";

    record Entry(List<Long> stamp, Photo photo) {
    }

    private PhotoIndex() {
    }

    static Map<Path, Entry> load(Path file) {
        Map<Path, Entry> out = new HashMap<>();
        if (file == null || !Files.isRegularFile(file)) {
            return out;
        }
        CRC32C crc = new CRC32C();
        try (DataInputStream in = new DataInputStream(new CheckedInputStream(new BufferedInputStream(Files.newInputStream(file)), crc))) {
            if (!MAGIC.equals(in.readUTF()) || !Engine.VERSION.equals(in.readUTF())) {
                return Map.of();
            }
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                Path source = Path.of(in.readUTF());
                int s = in.readInt();
                List<Long> stamp = new ArrayList<>();
                for (int k = 0; k < s; k++) {
                    stamp.add(in.readLong());
                }
                String target = in.readUTF();
                long key = in.readLong();
                PhotoHeader h = new PhotoHeader(PhotoHeader.Format.values()[in.readInt()], in.readInt(), in.readInt(), in.readInt(),
                        in.readBoolean());
                out.put(source, new Entry(List.copyOf(stamp), new Photo(target, source, key, h, null)));
            }
            long sum = crc.getValue();
            if (in.readLong() != sum) {
                return Map.of();
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    static void save(Path file, Map<Path, Entry> entries) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".photos-", ".tmp");
            try {
                CRC32C crc = new CRC32C();
                try (BufferedOutputStream buffered = new BufferedOutputStream(Files.newOutputStream(tmp));
                     DataOutputStream out = new DataOutputStream(new CheckedOutputStream(buffered, crc))) {
                    out.writeUTF(MAGIC);
                    out.writeUTF(Engine.VERSION);
                    out.writeInt(entries.size());
                    for (Map.Entry<Path, Entry> e : entries.entrySet()) {
                        out.writeUTF(e.getKey().toString());
                        out.writeInt(e.getValue().stamp().size());
                        for (long v : e.getValue().stamp()) {
                            out.writeLong(v);
                        }
                        Photo p = e.getValue().photo();
                        PhotoHeader h = p.header();
                        out.writeUTF(p.target());
                        out.writeLong(p.contentKey());
                        out.writeInt(h.format().ordinal());
                        out.writeInt(h.storedWidth());
                        out.writeInt(h.storedHeight());
                        out.writeInt(h.orientation());
                        out.writeBoolean(h.alpha());
                    }
                    out.flush();
                    new DataOutputStream(buffered).writeLong(crc.getValue());
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // slower next time, never wrong
        }
    }
}

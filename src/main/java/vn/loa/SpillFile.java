package vn.loa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Bytes kept on disk instead of the heap: a temporary file written once per piece and read back
 * when asked. The search terms of the pages of a site too big to keep its bodies (100,000 pages'
 * terms weigh about 200 MB, {@code PageMemo}), and the files of a big site's search index while
 * they are made ({@code HeldFiles}). The file is deleted as soon as it is opened (where the system
 * allows it), so nothing is left if the process is killed; its space is freed once nothing refers
 * to it (the channel's own cleaner closes it). When no such file can be made or written,
 * {@link #put} says so and the caller keeps its bytes.
 */
public final class SpillFile {

    private final String prefix;

    /** @param prefix the start of the temporary file's name ({@code loa-terms-}) */
    public SpillFile(String prefix) {
        this.prefix = prefix;
    }

    /** Where one piece is in the file. */
    public record Spilled(SpillFile file, long at, int length) {
        public byte[] read() {
            return file.read(at, length);
        }
    }

    private FileChannel channel;
    private long end;
    private boolean broken;

    /** Writes a piece to the file; null when it could not be (the caller keeps it). */
    public synchronized Spilled put(byte[] piece) {
        if (broken) {
            return null;
        }
        try {
            if (channel == null) {
                Path file = Files.createTempFile(prefix, ".bin");
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        StandardOpenOption.DELETE_ON_CLOSE);
                try {
                    Files.deleteIfExists(file); // the open file stays readable; nothing is left if the process is killed
                } catch (IOException e) {
                    // a system that cannot delete an open file: deleted on close
                }
            }
            ByteBuffer b = ByteBuffer.wrap(piece);
            long at = end;
            while (b.hasRemaining()) {
                channel.write(b, at + b.position());
            }
            end += piece.length;
            return new Spilled(this, at, piece.length);
        } catch (IOException e) {
            broken = true;
            return null;
        }
    }

    private byte[] read(long at, int length) {
        byte[] out = new byte[length];
        ByteBuffer b = ByteBuffer.wrap(out);
        try {
            while (b.hasRemaining()) {
                if (channel.read(b, at + b.position()) < 0) {
                    throw new IOException("the file " + prefix + "… ends at " + (at + b.position()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

package vn.loa.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The search terms of pages kept on disk instead of the heap, for a site too big to keep its
 * bodies ({@link PageMemo#remember}): 100,000 pages' terms weigh about 200 MB. A temporary file
 * of the process, written once per page and read when the search index is built or the cache
 * saved; it is deleted as soon as it is opened (where the system allows it) or when it is closed.
 * When no such file can be made or written, the terms stay in the heap.
 */
final class TermsFile {

    /** Where one page's terms are in the file. */
    record Spilled(TermsFile file, long at, int length) {
        byte[] read() {
            return file.read(at, length);
        }
    }

    private FileChannel channel;
    private long end;
    private boolean broken;

    /** Writes the terms to the file; null when they could not be (the caller keeps them). */
    synchronized Spilled put(byte[] terms) {
        if (broken) {
            return null;
        }
        try {
            if (channel == null) {
                Path file = Files.createTempFile("loa-terms-", ".bin");
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        StandardOpenOption.DELETE_ON_CLOSE);
                try {
                    Files.deleteIfExists(file); // the open file stays readable; nothing is left if the process is killed
                } catch (IOException e) {
                    // a system that cannot delete an open file: deleted on close
                }
            }
            ByteBuffer b = ByteBuffer.wrap(terms);
            long at = end;
            while (b.hasRemaining()) {
                channel.write(b, at + b.position());
            }
            end += terms.length;
            return new Spilled(this, at, terms.length);
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
                    throw new IOException("the terms file ends at " + (at + b.position()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

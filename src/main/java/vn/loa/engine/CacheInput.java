package vn.loa.engine;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A file of the build cache, read whole into memory and checked before it is parsed, as the
 * {@link DataInput} its readers take: reading ten thousand pages from it costs no lock, no copy
 * and no checksum update per value, as a stream of streams does. Reading past its end throws
 * {@link EOFException}, as a stream does.
 */
final class CacheInput implements DataInput {

    private final byte[] bytes;
    private final int end;
    private int at;

    /** The bytes from {@code from} up to {@code end}. */
    CacheInput(byte[] bytes, int from, int end) {
        if (from < 0 || end > bytes.length || from > end) {
            throw new IllegalArgumentException("bad range " + from + ".." + end);
        }
        this.bytes = bytes;
        this.at = from;
        this.end = end;
    }

    /** Whether every byte was read. */
    boolean atEnd() {
        return at == end;
    }

    private int take(int n) throws EOFException {
        if (n < 0 || end - at < n) {
            throw new EOFException();
        }
        int from = at;
        at += n;
        return from;
    }

    /** The next {@code n} bytes as UTF-8 text, without copying them first. */
    String utf8(int n) throws EOFException {
        int from = take(n);
        return new String(bytes, from, n, StandardCharsets.UTF_8);
    }

    @Override
    public void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    @Override
    public void readFully(byte[] b, int off, int len) throws IOException {
        System.arraycopy(bytes, take(len), b, off, len);
    }

    @Override
    public int skipBytes(int n) {
        int skipped = Math.max(0, Math.min(n, end - at));
        at += skipped;
        return skipped;
    }

    @Override
    public boolean readBoolean() throws IOException {
        return bytes[take(1)] != 0;
    }

    @Override
    public byte readByte() throws IOException {
        return bytes[take(1)];
    }

    @Override
    public int readUnsignedByte() throws IOException {
        return bytes[take(1)] & 0xff;
    }

    @Override
    public short readShort() throws IOException {
        int i = take(2);
        return (short) ((bytes[i] & 0xff) << 8 | bytes[i + 1] & 0xff);
    }

    @Override
    public int readUnsignedShort() throws IOException {
        return readShort() & 0xffff;
    }

    @Override
    public char readChar() throws IOException {
        return (char) readShort();
    }

    @Override
    public int readInt() throws IOException {
        int i = take(4);
        return (bytes[i] & 0xff) << 24 | (bytes[i + 1] & 0xff) << 16 | (bytes[i + 2] & 0xff) << 8 | bytes[i + 3] & 0xff;
    }

    @Override
    public long readLong() throws IOException {
        return (long) readInt() << 32 | readInt() & 0xffffffffL;
    }

    @Override
    public float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    @Override
    public String readLine() {
        throw new UnsupportedOperationException("the build cache holds no lines");
    }

    @Override
    public String readUTF() throws IOException {
        return DataInputStream.readUTF(this);
    }
}

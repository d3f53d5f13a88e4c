package vn.loa.theme;

import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where one output is rendered: into a buffer of characters (Pebble writes a page in thousands of
 * small pieces; encoding each piece to UTF-8 as it comes cost a third of the template time), encoded
 * once at the end. Every write checks the output's budget: past its size (counted in characters,
 * never more than the UTF-8 bytes they make) or its time, it throws instead of growing.
 *
 * <p>The buffers are the thread's, used again by its next output while they are not large (a
 * build renders tens of thousands of outputs on a few threads): a page's text then costs one copy
 * into the buffer, one encoding and one copy of its bytes, where a {@code StringBuilder}, its
 * {@code String} and {@code getBytes} made four arrays of it, some 100 KB per page of 12 KB.
 */
final class BoundedWriter extends Writer {

    /** Buffers up to this many characters are kept for the thread's next output. */
    static final int KEPT_CHARS = 256 * 1024;

    /** A thread's buffers, taken by one writer at a time (an output rendered inside another takes new ones). */
    private static final class Buffers {
        char[] text = new char[16 * 1024];
        byte[] bytes = new byte[0];
        final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    private static final ThreadLocal<Buffers> SPARE = new ThreadLocal<>();

    private final RenderBudget budget;
    private final long max;
    private final Buffers buffers;
    private int length;

    BoundedWriter(RenderBudget budget) {
        this.budget = budget;
        this.max = budget.limits().maxBytes();
        Buffers spare = SPARE.get();
        SPARE.remove();
        this.buffers = spare != null ? spare : new Buffers();
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        room(len);
        System.arraycopy(cbuf, off, buffers.text, length, len);
        length += len;
    }

    @Override
    public void write(String str, int off, int len) {
        room(len);
        str.getChars(off, off + len, buffers.text, length);
        length += len;
    }

    @Override
    public void write(int c) {
        room(1);
        buffers.text[length++] = (char) c;
    }

    private void room(int more) {
        budget.checkTime();
        if ((long) length + more > max) {
            throw budget.tooLarge();
        }
        if (length + more > buffers.text.length) {
            buffers.text = Arrays.copyOf(buffers.text, (int) Math.min(Integer.MAX_VALUE - 8,
                    Math.max((long) length + more, 2L * buffers.text.length)));
        }
    }

    @Override
    public void flush() {
        // Pebble flushes after each template; the bytes are taken once, at the end.
    }

    @Override
    public void close() {
    }

    /** The output as UTF-8 (a lone surrogate becomes '?'); the writer's buffers go back to its thread. */
    byte[] toBytes() {
        long most = 3L * length; // a character of the BMP is at most three bytes, a surrogate pair four
        if (buffers.bytes.length < most) {
            buffers.bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 8, most)];
        }
        ByteBuffer out = ByteBuffer.wrap(buffers.bytes);
        buffers.utf8.reset();
        buffers.utf8.encode(CharBuffer.wrap(buffers.text, 0, length), out, true);
        buffers.utf8.flush(out);
        byte[] bytes = Arrays.copyOf(buffers.bytes, out.position());
        if (buffers.text.length <= KEPT_CHARS) {
            if (buffers.bytes.length > 3 * KEPT_CHARS) {
                buffers.bytes = new byte[0];
            }
            length = 0;
            SPARE.set(buffers);
        }
        return bytes;
    }
}

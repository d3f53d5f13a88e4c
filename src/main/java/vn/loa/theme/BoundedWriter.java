package vn.loa.theme;

import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Where one output is rendered: into a {@code StringBuilder} (Pebble writes a page in thousands of
 * small pieces; encoding each piece to UTF-8 as it comes cost a third of the template time), encoded
 * once at the end. Every write checks the output's budget: past its size (counted in characters,
 * never more than the UTF-8 bytes they make) or its time, it throws instead of growing.
 */
final class BoundedWriter extends Writer {

    private final RenderBudget budget;
    private final long max;
    private final StringBuilder text = new StringBuilder(16 * 1024);

    BoundedWriter(RenderBudget budget) {
        this.budget = budget;
        this.max = budget.limits().maxBytes();
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        check(len);
        text.append(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) {
        check(len);
        text.append(str, off, off + len);
    }

    @Override
    public void write(int c) {
        check(1);
        text.append((char) c);
    }

    private void check(int more) {
        budget.checkTime();
        if ((long) text.length() + more > max) {
            throw budget.tooLarge();
        }
    }

    @Override
    public void flush() {
        // Pebble flushes after each template; the bytes are taken once, at the end.
    }

    @Override
    public void close() {
    }

    /** The output as UTF-8 (a lone surrogate becomes '?'). */
    byte[] toBytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}

package vn.loa.theme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Where one output is rendered: the text goes straight to UTF-8 bytes (half the memory of a
 * String of Vietnamese text, and no copy to encode at the end), and every write checks the
 * output's budget: past its size or its time, it throws instead of growing.
 */
final class BoundedWriter extends Writer {

    private final RenderBudget budget;
    private final Bytes bytes;
    private final Writer encoder;

    BoundedWriter(RenderBudget budget) {
        this.budget = budget;
        this.bytes = new Bytes(budget);
        this.encoder = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        budget.checkTime();
        encoder.write(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        budget.checkTime();
        encoder.write(str, off, len);
    }

    @Override
    public void flush() {
        // Pebble flushes after each template; the bytes are taken once, at the end.
    }

    @Override
    public void close() {
    }

    /** The output as UTF-8; the writer is done with (a lone surrogate left at the end becomes '?'). */
    byte[] toBytes() throws IOException {
        encoder.close();
        return bytes.toByteArray();
    }

    private static final class Bytes extends ByteArrayOutputStream {
        private final RenderBudget budget;
        private final long max;

        Bytes(RenderBudget budget) {
            super(16 * 1024);
            this.budget = budget;
            this.max = budget.limits().maxBytes();
        }

        @Override
        public void write(int b) {
            check(1);
            super.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            check(len);
            super.write(b, off, len);
        }

        private void check(int more) {
            if ((long) count + more > max) {
                throw budget.tooLarge();
            }
        }
    }
}

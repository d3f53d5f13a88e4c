package vn.loa.load;

import java.io.Reader;

/**
 * A reader of a string whose reads never end between the two halves of a surrogate pair: the YAML text as SnakeYAML
 * Engine's {@code StreamReader} is given it. That reader fills a buffer of 1,025 characters and, when the last one is
 * the first half of a pair (an emoji, a rare Hán Nôm character), reads its second half into the place after the
 * buffer: an {@code IndexOutOfBoundsException} (2.10). Here such a read stops one character short, and the pair
 * comes whole in the next read.
 */
final class WholeCodePointReader extends Reader {

    private final String text;
    private int next;

    WholeCodePointReader(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (next >= text.length()) {
            return -1;
        }
        int n = Math.min(length, text.length() - next);
        if (n > 1 && Character.isHighSurrogate(text.charAt(next + n - 1))) {
            n--;
        }
        text.getChars(next, next + n, buffer, offset);
        next += n;
        return n;
    }

    @Override
    public void close() {
        // nothing to release
    }
}

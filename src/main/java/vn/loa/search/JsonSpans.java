package vn.loa.search;

import java.nio.charset.StandardCharsets;

/**
 * Where the values of the index's own JSON begin and end in its bytes, so that a file can be
 * patched without reading it into objects ({@link IndexPatch}): a value's end, a string's end and
 * its text. What is not JSON gives an {@link IllegalArgumentException}.
 */
final class JsonSpans {

    /** How deep arrays may nest: the index's go two deep. */
    private static final int MAX_DEPTH = 16;

    private JsonSpans() {
    }

    /** Where the string starting at {@code at} (its opening quote) ends: just past its closing quote. */
    static int string(byte[] b, int at) {
        if (at >= b.length || b[at] != '"') {
            throw new IllegalArgumentException("no string at " + at);
        }
        for (int i = at + 1; i < b.length; i++) {
            if (b[i] == '\\') {
                i++;
            } else if (b[i] == '"') {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("a string not closed at " + at);
    }

    /** The text of the string {@code b[from, to)}, quotes included. */
    static String text(byte[] b, int from, int to) {
        if (to - from < 2 || b[from] != '"' || b[to - 1] != '"' || string(b, from) != to) {
            throw new IllegalArgumentException("no string at " + from);
        }
        for (int i = from + 1; i < to - 1; i++) {
            if (b[i] == '\\') {
                return (String) JsonReader.parse(new String(b, from, to - from, StandardCharsets.UTF_8));
            }
        }
        return new String(b, from + 1, to - from - 2, StandardCharsets.UTF_8);
    }

    /** Where the value starting at {@code at} ends: a string, an array, a number or a word (the index's values hold no object). */
    static int value(byte[] b, int at) {
        return value(b, at, 0);
    }

    private static int value(byte[] b, int at, int depth) {
        if (at >= b.length) {
            throw new IllegalArgumentException("no value at " + at);
        }
        byte c = b[at];
        if (c == '"') {
            return string(b, at);
        }
        if (c == '[') {
            if (depth >= MAX_DEPTH) {
                throw new IllegalArgumentException("nested too deep at " + at);
            }
            int i = at + 1;
            if (i < b.length && b[i] == ']') {
                return i + 1;
            }
            while (true) {
                i = value(b, i, depth + 1);
                if (i >= b.length) {
                    throw new IllegalArgumentException("not closed at " + at);
                }
                if (b[i] == ']') {
                    return i + 1;
                }
                if (b[i] != ',') {
                    throw new IllegalArgumentException("no comma at " + i);
                }
                i++;
            }
        }
        int i = at;
        while (i < b.length && b[i] != ',' && b[i] != ']' && b[i] != '}') {
            i++;
        }
        if (i == at) {
            throw new IllegalArgumentException("no value at " + at);
        }
        return i;
    }
}

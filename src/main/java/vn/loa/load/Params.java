package vn.loa.load;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page's front matter as templates read it ({@code page.params}), kept as bytes: the same keys,
 * values and order as the plain maps and lists it is made from, read back when asked. A site of
 * 100,000 pages held them as maps of maps, about 90 MB of heap; as bytes, their UTF-8 text and a
 * byte or two per value. {@link #get} reads only the key asked for; the whole map is made again on
 * each walk of its entries, as new {@link LinkedHashMap}s and {@link ArrayList}s.
 *
 * <p>It holds what YAML gives ({@link Yaml}): strings, booleans, whole numbers ({@link Long}),
 * decimals ({@link Double}), nulls, and maps with string keys and lists of those. A map holding
 * anything else is kept as it is ({@link #compact}). Immutable.
 */
public final class Params extends AbstractMap<String, Object> {

    private static final int NULL = 0, STRING = 1, TRUE = 2, FALSE = 3, LONG = 4, DOUBLE = 5, MAP = 6, LIST = 7, SHARED = 8;

    private final byte[] bytes;
    /** The strings the page holds already (its title, tags, events' places…), written as their number here. */
    private final String[] shared;
    private int hash;

    private Params(byte[] bytes, String[] shared) {
        this.bytes = bytes;
        this.shared = shared;
    }

    /** The map as bytes, when it holds only what YAML gives; else the map itself (and null for null). */
    public static Map<String, Object> compact(Map<String, Object> plain) {
        return compact(plain, List.of());
    }

    /**
     * The same, with the strings equal to one of {@code held} (those the page holds in its own
     * fields) kept as a reference to it instead of a copy of their text.
     */
    public static Map<String, Object> compact(Map<String, Object> plain, List<String> held) {
        if (plain == null || plain instanceof Params) {
            return plain;
        }
        Writer w = new Writer(held);
        if (!w.writeMap(plain)) {
            return plain;
        }
        return new Params(w.out.toByteArray(), w.used.toArray(new String[0]));
    }

    /** Writes a map, its strings equal to a held one as the held one's number. */
    private static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        final Map<String, String> held = new java.util.HashMap<>();
        final Map<String, Integer> numbers = new java.util.HashMap<>();
        final List<String> used = new ArrayList<>();

        Writer(List<String> held) {
            held.forEach(h -> {
                if (h != null) {
                    this.held.putIfAbsent(h, h);
                }
            });
        }

        boolean writeMap(Map<?, ?> map) {
            return Params.writeMap(map, this);
        }

        void string(String s) {
            String h = held.get(s);
            if (h == null) {
                out.write(STRING);
                writeString(s, out);
                return;
            }
            Integer n = numbers.get(h);
            if (n == null) {
                n = used.size();
                used.add(h);
                numbers.put(h, n);
            }
            out.write(SHARED);
            writeNumber(n, out);
        }
    }

    private static boolean writeMap(Map<?, ?> map, Writer w) {
        ByteArrayOutputStream out = w.out;
        writeNumber(map.size(), out);
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                return false;
            }
            writeString(key, out);
            if (!write(e.getValue(), w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean write(Object v, Writer w) {
        ByteArrayOutputStream out = w.out;
        if (v == null) {
            out.write(NULL);
        } else if (v instanceof String s) {
            w.string(s);
        } else if (v instanceof Boolean b) {
            out.write(b ? TRUE : FALSE);
        } else if (v instanceof Long l) {
            out.write(LONG);
            writeLong(l, out);
        } else if (v instanceof Double d) {
            out.write(DOUBLE);
            writeLong(Double.doubleToRawLongBits(d), out);
        } else if (v instanceof Map<?, ?> m) {
            out.write(MAP);
            return writeMap(m, w);
        } else if (v instanceof List<?> l) {
            out.write(LIST);
            writeNumber(l.size(), out);
            for (Object item : l) {
                if (!write(item, w)) {
                    return false;
                }
            }
        } else {
            return false;
        }
        return true;
    }

    private static void writeString(String s, ByteArrayOutputStream out) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeNumber(b.length, out);
        out.writeBytes(b);
    }

    /** An unsigned number, seven bits a byte. */
    private static void writeNumber(int n, ByteArrayOutputStream out) {
        while ((n & ~0x7f) != 0) {
            out.write((n & 0x7f) | 0x80);
            n >>>= 7;
        }
        out.write(n);
    }

    private static void writeLong(long v, ByteArrayOutputStream out) {
        for (int i = 0; i < 8; i++) {
            out.write((int) (v >>> (8 * i)));
        }
    }

    /** Reads the bytes from a position on. */
    private final class Reader {
        int at;

        int number() {
            int n = 0;
            for (int shift = 0; ; shift += 7) {
                int b = bytes[at++];
                n |= (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return n;
                }
            }
        }

        long eight() {
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v |= (bytes[at++] & 0xffL) << (8 * i);
            }
            return v;
        }

        String string() {
            int n = number();
            String s = new String(bytes, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }

        /** Whether the key at this position is {@code key}, moving past it. */
        boolean keyIs(String key) {
            int n = number();
            boolean same = false;
            if (n >= key.length() && n <= 3 * key.length()) { // UTF-8 takes one to three bytes a char
                same = new String(bytes, at, n, StandardCharsets.UTF_8).equals(key);
            }
            at += n;
            return same;
        }

        Map<String, Object> map() {
            int n = number();
            Map<String, Object> out = new LinkedHashMap<>(Math.max(4, n * 4 / 3 + 1));
            for (int i = 0; i < n; i++) {
                String key = string();
                out.put(key, value());
            }
            return out;
        }

        Object value() {
            int type = bytes[at++];
            switch (type) {
                case NULL:
                    return null;
                case STRING:
                    return string();
                case SHARED:
                    return shared[number()];
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case LONG:
                    return eight();
                case DOUBLE:
                    return Double.longBitsToDouble(eight());
                case MAP:
                    return map();
                case LIST: {
                    int n = number();
                    List<Object> out = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        out.add(value());
                    }
                    return out;
                }
                default:
                    throw new IllegalStateException("type " + type);
            }
        }

        void skip() {
            int type = bytes[at++];
            switch (type) {
                case STRING -> {
                    int n = number(); // read before it moves: not "at += number()"
                    at += n;
                }
                case LONG, DOUBLE -> at += 8;
                case SHARED -> number();
                case MAP -> {
                    int n = number();
                    for (int i = 0; i < n; i++) {
                        int key = number();
                        at += key;
                        skip();
                    }
                }
                case LIST -> {
                    int n = number();
                    for (int i = 0; i < n; i++) {
                        skip();
                    }
                }
                default -> {
                }
            }
        }
    }

    /** Where the value of a top-level key starts, or -1. */
    private int find(Object key) {
        if (!(key instanceof String k)) {
            return -1;
        }
        Reader r = new Reader();
        int n = r.number();
        for (int i = 0; i < n; i++) {
            if (r.keyIs(k)) {
                return r.at;
            }
            r.skip();
        }
        return -1;
    }

    @Override
    public Object get(Object key) {
        int at = find(key);
        if (at < 0) {
            return null;
        }
        Reader r = new Reader();
        r.at = at;
        return r.value();
    }

    @Override
    public boolean containsKey(Object key) {
        return find(key) >= 0;
    }

    @Override
    public int size() {
        return new Reader().number();
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return Collections.unmodifiableMap(new Reader().map()).entrySet();
    }

    @Override
    public boolean equals(Object o) {
        // The same bytes are the same map; other bytes may still hold the same entries in another order.
        return o instanceof Params p && Arrays.equals(bytes, p.bytes) && Arrays.equals(shared, p.shared) || super.equals(o);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = super.hashCode();
            hash = h;
        }
        return h;
    }
}

package vn.loa;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import net.openhft.hashing.LongHashFunction;

/**
 * A 64-bit key of what something is made from: an output's inputs, a page's front matter or body,
 * a file's bytes. Two keys are equal when their inputs are (a collision between the few hundred
 * thousand keys of a site is about as likely as 1 in 10<sup>9</sup>). Keys are stable across runs of
 * the same Loa, so that a build cache and an output manifest can keep them.
 *
 * <p>Built by adding parts in order: {@code Key.of("list").add(url).add(n).get()}. {@link #digest}
 * gives the key of a whole value: a record component by component, lists in order, maps by sorted
 * key, strings, numbers, enums, dates and paths by their text. Hashing is xxHash3, from
 * zero-allocation-hashing.
 */
public final class Key {

    private static final LongHashFunction HASH = LongHashFunction.xx3();
    private static final ClassValue<Method[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] out = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                out[i] = components[i].getAccessor();
                out[i].setAccessible(true);
            }
            return out;
        }
    };

    private long h;

    private Key(long seed) {
        this.h = seed;
    }

    /** A key started with a name saying what it is the key of, so that two kinds never share keys. */
    public static Key of(String kind) {
        return new Key(0x6c6f61L).add(kind);
    }

    public Key add(long v) {
        h = mix(h * 0x9E3779B97F4A7C15L + v);
        return this;
    }

    public Key add(boolean b) {
        return add(b ? 1 : 2);
    }

    /** A string, or null (which differs from every string). */
    public Key add(String s) {
        return add(s == null ? 0x5ca1ab1eL : HASH.hashChars(s));
    }

    /** Any value, by its {@link #digest}. */
    public Key addValue(Object value) {
        return add(digest(value));
    }

    public long get() {
        return mix(h);
    }

    /** The key of some bytes. */
    public static long bytes(byte[] b) {
        return HASH.hashBytes(b);
    }

    /** The key of a string's characters. */
    public static long chars(String s) {
        return HASH.hashChars(s);
    }

    /**
     * The key of a whole value. Records, lists, maps, strings, boxed numbers and booleans, enums,
     * dates and times, and paths are walked; anything else is an error in Loa (its key would
     * depend on its identity).
     */
    public static long digest(Object value) {
        Key k = new Key(0x646967L);
        k.walk(value, 0);
        return k.get();
    }

    private void walk(Object v, int depth) {
        if (depth > 64) {
            throw new IllegalStateException("value nested too deep to key");
        }
        if (v == null) {
            add(0x5ca1ab1eL);
        } else if (v instanceof String s) {
            add(1).add(HASH.hashChars(s));
        } else if (v instanceof Number || v instanceof Boolean || v instanceof Character || v instanceof Enum<?>
                || v instanceof TemporalAccessor || v instanceof Path || v instanceof java.time.ZoneId) {
            add(2).add(v.getClass().getName()).add(HASH.hashChars(v.toString()));
        } else if (v instanceof Collection<?> c) {
            add(3).add(c.size());
            for (Object o : c) {
                walk(o, depth + 1);
            }
        } else if (v instanceof Map<?, ?> m) {
            add(4).add(m.size());
            Map<String, Object> sorted = new TreeMap<>();
            m.forEach((key, val) -> sorted.put(String.valueOf(key), val));
            sorted.forEach((key, val) -> {
                add(key);
                walk(val, depth + 1);
            });
        } else if (v.getClass().isRecord()) {
            add(5).add(v.getClass().getName());
            for (Method m : COMPONENTS.get(v.getClass())) {
                try {
                    walk(m.invoke(v), depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (v instanceof byte[] b) {
            add(6).add(HASH.hashBytes(b));
        } else if (v instanceof Object[] a) {
            walk(java.util.Arrays.asList(a), depth);
        } else {
            throw new IllegalArgumentException("cannot key a " + v.getClass().getName());
        }
    }

    /** The finaliser of SplitMix64: every bit of the input moves about half the bits of the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A key as 16 hexadecimal digits, for files and messages. */
    public static String hex(long key) {
        return String.format("%016x", key);
    }
}

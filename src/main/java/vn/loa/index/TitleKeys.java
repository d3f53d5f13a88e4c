package vn.loa.index;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.loa.text.Vietnamese;

/**
 * Titles in Vietnamese dictionary order, each title's collation key made once. The index stage
 * sorts the same titles many times (the site, each year, each unit); comparing two keys is a
 * comparison of bytes, while the collator itself spends microseconds on every comparison.
 *
 * <p>A key is the collator's key as bytes ({@code CollationKey.toByteArray}: its characters,
 * two bytes each, so unsigned byte order is the key's order), each character then written in one
 * to three bytes as UTF-8 would ({@link #shorter}), in the same order. Keys are kept by the process for
 * the next index stage ({@code loa serve} indexes the same titles after every edit that changes
 * a summary), and the engine keeps them in its build cache for the next process ({@link #known},
 * {@link #remember}).
 */
public final class TitleKeys {

    private static final Map<String, byte[]> MADE = new ConcurrentHashMap<>();
    private static final int MAX_KEPT = 1_000_000;

    private TitleKeys() {
    }

    /** Keys for the given titles, made in parallel (those made or remembered before are reused). */
    static TitleKeys of(Collection<String> titles) {
        if (MADE.size() > MAX_KEPT) {
            MADE.clear();
        }
        titles.parallelStream().forEach(TitleKeys::key);
        return new TitleKeys();
    }

    private static byte[] key(String title) {
        return MADE.computeIfAbsent(title, t -> shorter(Vietnamese.collationKey(t).toByteArray()));
    }

    /**
     * The collator's key with each of its characters written as UTF-8 writes a character (one
     * byte below 0x80, two below 0x800, else three), which keeps the order of unsigned bytes: the
     * characters of a Vietnamese title's key are nearly all below 0x80, so half the bytes, about
     * 40 MB fewer for the 200,000 titles of a site of 100,000 pages.
     */
    static byte[] shorter(byte[] key) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(key.length / 2 + 8);
        for (int i = 0; i + 1 < key.length; i += 2) {
            int c = (key[i] & 0xff) << 8 | key[i + 1] & 0xff;
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xc0 | c >> 6);
                out.write(0x80 | c & 0x3f);
            } else {
                out.write(0xe0 | c >> 12);
                out.write(0x80 | c >> 6 & 0x3f);
                out.write(0x80 | c & 0x3f);
            }
        }
        return out.toByteArray();
    }

    /** Compares titles as {@link Vietnamese#collation()} does; a title not given is keyed on first use. */
    Comparator<String> order() {
        return (a, b) -> Arrays.compareUnsigned(key(a), key(b));
    }

    /** Every key made or remembered by this process, by title. */
    public static Map<String, byte[]> known() {
        return Map.copyOf(MADE);
    }

    /** Keys made by an earlier process (from the build cache). */
    public static void remember(Map<String, byte[]> keys) {
        if (MADE.size() + keys.size() <= MAX_KEPT) {
            MADE.putAll(keys);
        }
    }
}

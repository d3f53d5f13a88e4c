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
 * two bytes each, so unsigned byte order is the key's order). Keys are kept by the process for
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
        return MADE.computeIfAbsent(title, t -> Vietnamese.collationKey(t).toByteArray());
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

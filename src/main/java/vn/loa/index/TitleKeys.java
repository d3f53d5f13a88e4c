package vn.loa.index;

import java.text.CollationKey;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.loa.text.Vietnamese;

/**
 * Titles in Vietnamese dictionary order, each title's collation key made once. The index stage
 * sorts the same titles many times (the site, each year, each unit); comparing two keys is a
 * string comparison, while the collator itself spends microseconds on every comparison.
 */
final class TitleKeys {

    /**
     * Keys made by earlier index stages of this process ({@code loa serve} indexes the same titles
     * after every edit that changes a summary); forgotten when it holds more than a few times the
     * titles of a large site.
     */
    private static final Map<String, CollationKey> MADE = new ConcurrentHashMap<>();
    private static final int MAX_KEPT = 1_000_000;

    private final Map<String, CollationKey> keys;

    private TitleKeys(Map<String, CollationKey> keys) {
        this.keys = keys;
    }

    /** Keys for the given titles, made in parallel (those made before by this process are reused). */
    static TitleKeys of(Collection<String> titles) {
        if (MADE.size() > MAX_KEPT) {
            MADE.clear();
        }
        titles.parallelStream().forEach(t -> MADE.computeIfAbsent(t, Vietnamese::collationKey));
        return new TitleKeys(MADE);
    }

    /** Compares titles as {@link Vietnamese#collation()} does; a title not given is keyed on first use. */
    Comparator<String> order() {
        return Comparator.comparing(t -> keys.computeIfAbsent(t, Vietnamese::collationKey));
    }
}

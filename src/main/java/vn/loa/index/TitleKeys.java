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

    private final Map<String, CollationKey> keys;

    private TitleKeys(Map<String, CollationKey> keys) {
        this.keys = keys;
    }

    /** Keys for the given titles, made in parallel. */
    static TitleKeys of(Collection<String> titles) {
        Map<String, CollationKey> keys = new ConcurrentHashMap<>();
        titles.parallelStream().forEach(t -> keys.computeIfAbsent(t, Vietnamese::collationKey));
        return new TitleKeys(keys);
    }

    /** Compares titles as {@link Vietnamese#collation()} does; a title not given is keyed on first use. */
    Comparator<String> order() {
        return Comparator.comparing(t -> keys.computeIfAbsent(t, Vietnamese::collationKey));
    }
}

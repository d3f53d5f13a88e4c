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
        return MADE.computeIfAbsent(title, t -> shorter(collationChars(t)));
    }

    /**
     * The collator's key of each piece of the titles met (a piece: a word and the space before it),
     * split in its three parts. The collator's key of a text is the primary orders of its characters,
     * a 0, their secondary orders, a 0, their tertiary orders; as no contraction of its rules spans a
     * space and Vietnamese orders accents from the start (not as French does), the key of a title is
     * its pieces' primary parts, a 0, their secondary parts, a 0, their tertiary parts. Titles share
     * most of their words, and the collator spends tens of microseconds on each title (at 10,000
     * pages, a second of processor time for the 19,000 titles of pages and events).
     */
    private static final Map<String, String[]> PIECES = new ConcurrentHashMap<>();

    /** The collator's key of a title as characters (two bytes each in {@code CollationKey.toByteArray}). */
    static CharSequence collationChars(String title) {
        StringBuilder primary = new StringBuilder(title.length() * 2);
        StringBuilder secondary = new StringBuilder(title.length() * 2);
        StringBuilder tertiary = new StringBuilder(title.length() * 2);
        for (int start = 0; start < title.length(); ) {
            int end = title.indexOf(' ', start + 1);
            end = end < 0 ? title.length() : end;
            if (PIECES.size() > MAX_KEPT) {
                PIECES.clear();
            }
            String[] parts = PIECES.computeIfAbsent(title.substring(start, end), TitleKeys::parts);
            primary.append(parts[0]);
            secondary.append(parts[1]);
            tertiary.append(parts[2]);
            start = end;
        }
        return primary.append('\0').append(secondary).append('\0').append(tertiary);
    }

    private static String[] parts(String piece) {
        String key = keyChars(piece).toString();
        int first = key.indexOf('\0');
        int second = key.indexOf('\0', first + 1);
        if (first < 0 || second < 0) {
            throw new IllegalStateException("a collation key without its three parts: " + piece);
        }
        return new String[] {key.substring(0, first), key.substring(first + 1, second), key.substring(second + 1)};
    }

    private static CharSequence keyChars(String text) {
        return charsOf(Vietnamese.collationKey(text).toByteArray());
    }

    private static CharSequence charsOf(byte[] key) {
        char[] out = new char[key.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (char) ((key[2 * i] & 0xff) << 8 | key[2 * i + 1] & 0xff);
        }
        return java.nio.CharBuffer.wrap(out);
    }

    /**
     * The collator's key with each of its characters written as UTF-8 writes a character (one
     * byte below 0x80, two below 0x800, else three), which keeps the order of unsigned bytes: the
     * characters of a Vietnamese title's key are nearly all below 0x80, so half the bytes, about
     * 40 MB fewer for the 200,000 titles of a site of 100,000 pages.
     */
    static byte[] shorter(CharSequence key) {
        int length = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            length += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (int i = 0; i < key.length(); i++) {
            int c = key.charAt(i);
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xc0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else {
                out[at++] = (byte) (0xe0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | c & 0x3f);
            }
        }
        return out;
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

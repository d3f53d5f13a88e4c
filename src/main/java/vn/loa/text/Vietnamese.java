package vn.loa.text;

import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/**
 * Vietnamese text: NFC normalisation, tone folding, slugs and collation.
 *
 * <p>Folding removes every combining mark after NFD decomposition and maps {@code đ/Đ} to
 * {@code d}, which is what a reader typing without tone marks expects: {@code "Đổi mới"} folds
 * to {@code "doi moi"}.
 */
public final class Vietnamese {

    public static final Locale LOCALE = Locale.forLanguageTag("vi-VN");

    /** The characters {@link #plainlyNfc(String)} looks at, a chunk at a time. */
    private static final ThreadLocal<char[]> CHUNK = ThreadLocal.withInitial(() -> new char[4096]);

    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
        Collator c = Collator.getInstance(LOCALE);
        c.setStrength(Collator.TERTIARY);
        return c;
    });

    private Vietnamese() {
    }

    /** The text in Unicode NFC, the form every string inside Loa is kept in. */
    public static String nfc(String s) {
        if (s == null) {
            return null;
        }
        return plainlyNfc(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * Whether the text is NFC by a look at its characters alone: each is below U+0300 (before the
     * combining marks), a precomposed Vietnamese letter (U+1EA0–U+1EF9) or a dash, quotation mark
     * or ellipsis (U+2010–U+2027). None of them decomposes, and none composes with the one beside
     * it, so a text of them only is its own NFC; for any other the JDK's normaliser decides. Most
     * Vietnamese text is such a text, and this look costs a fraction of the normaliser's.
     */
    static boolean plainlyNfc(String s) {
        char[] chunk = CHUNK.get();
        for (int from = 0, n = s.length(); from < n; from += chunk.length) {
            int length = Math.min(chunk.length, n - from);
            s.getChars(from, from + length, chunk, 0); // then read from an array: several times faster than charAt
            for (int i = 0; i < length; i++) {
                if (!plainlyNfc(chunk[i])) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean plainlyNfc(char c) {
        return c < 0x300 || c >= 0x1EA0 && c <= 0x1EF9 || c >= 0x2010 && c <= 0x2027;
    }

    /**
     * Each character of U+0000–U+024F and U+1E00–U+1EFF (Latin, and every Vietnamese letter) as
     * {@link #foldByNormalizer} folds it alone, when that is one character; {@link #NO_FOLD} when it
     * is none or several (a combining mark, a ligature), or outside those blocks. A character's NFD
     * is its own, whatever stands beside it (only the order of marks depends on their neighbours,
     * and folding drops them), so a text of such characters folds character by character to what
     * the normaliser gives: a table look instead of a decomposition (a fifth of the time).
     */
    private static final char[] FOLDED = new char[0x1F00];

    /** In {@link #FOLDED}: the character does not fold to one character alone. */
    private static final char NO_FOLD = '\uFFFF';

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            String f = c < 0x250 || c >= 0x1E00 ? foldByNormalizer(String.valueOf(c)) : "";
            FOLDED[c] = f.length() == 1 ? f.charAt(0) : NO_FOLD;
        }
    }

    /** Lower case, tone marks and diacritics removed, đ mapped to d. Other characters are kept. */
    public static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            char f = c < FOLDED.length ? FOLDED[c] : NO_FOLD;
            if (f == NO_FOLD) {
                return foldByNormalizer(s);
            }
            out[i] = f;
        }
        return new String(out);
    }

    /** {@link #fold} by the JDK's normaliser, for every text: what the table of {@link #fold} is made from. */
    static String foldByNormalizer(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                out.append('d');
            } else {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /**
     * The longest slug Loa makes from a name: a slug names a folder of the output, and a file system refuses a name
     * longer than 255 bytes (eCryptfs 143), with room left here for {@code -2} suffixes and the like.
     */
    public static final int MAX_SLUG = 100;

    /**
     * A URL slug: folded, lower case, ASCII letters and digits separated by single hyphens.
     * {@code "Kế hoạch Đổi mới"} becomes {@code "ke-hoach-doi-moi"}. Returns an empty string when
     * nothing usable is left. A slug longer than {@link #MAX_SLUG} is cut at a hyphen and ends with
     * eight hexadecimal digits of a hash of the whole slug ({@link #shorten}), so that two long names
     * that begin alike still get two slugs, the same ones in every build.
     */
    public static String slugify(String s) {
        return shorten(fullSlug(s));
    }

    /**
     * A slug no longer than {@link #MAX_SLUG}: itself when it is short enough, else its words up to
     * the 91st character (the first 91 characters when a single word is longer) and a hyphen and
     * eight hexadecimal digits of the SHA-256 of the whole slug.
     */
    public static String shorten(String slug) {
        if (slug.length() <= MAX_SLUG) {
            return slug;
        }
        String hash;
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(slug.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            hash = java.util.HexFormat.of().formatHex(digest, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
        int room = MAX_SLUG - hash.length() - 1;
        int cut = slug.lastIndexOf('-', room);
        String head = slug.substring(0, cut > 0 ? cut : room);
        if (head.endsWith("-")) {
            head = head.substring(0, head.length() - 1);
        }
        return head + "-" + hash;
    }

    private static String fullSlug(String s) {
        String folded = fold(s);
        StringBuilder out = new StringBuilder(folded.length());
        boolean hyphen = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && out.length() > 0) {
                    out.append('-');
                }
                hyphen = false;
                out.append(c);
            } else {
                hyphen = true;
            }
        }
        return out.toString();
    }

    /** A slug cut at a hyphen so that it is at most {@code max} characters long. */
    public static String slugify(String s, int max) {
        String slug = fullSlug(s);
        if (slug.length() <= max) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', max);
        return slug.substring(0, cut > 0 ? cut : max);
    }

    /**
     * The key that sorts a string in Vietnamese dictionary order: keys compare as
     * {@link #collation()} compares their strings, and comparing them is far quicker. Thread-safe.
     */
    public static CollationKey collationKey(String s) {
        return COLLATOR.get().getCollationKey(s);
    }

    /** Compares strings in Vietnamese dictionary order (a ă â b c d đ e ê …). Thread-safe. */
    public static Comparator<String> collation() {
        return (a, b) -> COLLATOR.get().compare(a, b);
    }
}

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
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Lower case, tone marks and diacritics removed, đ mapped to d. Other characters are kept. */
    public static String fold(String s) {
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
     * A URL slug: folded, lower case, ASCII letters and digits separated by single hyphens.
     * {@code "Kế hoạch Đổi mới"} becomes {@code "ke-hoach-doi-moi"}. Returns an empty string when
     * nothing usable is left.
     */
    public static String slugify(String s) {
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
        String slug = slugify(s);
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

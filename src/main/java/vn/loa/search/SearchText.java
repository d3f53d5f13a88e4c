package vn.loa.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.loa.text.Vietnamese;

/**
 * How search reads text, the same way in Java and in {@code tim-kiem.js}: a token is a maximal
 * run of letters, decimal digits and combining marks (in Vietnamese, a syllable; {@code 52/KH-SKHCN}
 * gives {@code 52}, {@code kh}, {@code skhcn}); its exact form is lower case NFC; its key is the
 * exact form folded by {@link Vietnamese#fold} (NFD, combining marks removed, {@code đ} → {@code d}).
 *
 * A run of combining marks alone folds to nothing and is skipped.
 *
 * <p>Two tokens are <em>joined</em>, and make a phrase pair (a bigram), when only spaces, hyphens,
 * en dashes or slashes stand between them; any other character (a comma, a full stop, a bracket)
 * ends the phrase.
 */
public final class SearchText {

    private SearchText() {
    }

    /** A token: its exact form (lower case, NFC), its folded key, and whether it continues a phrase. */
    public record Token(String exact, String key, boolean joined) {
    }

    /** The tokens of a text, in order. */
    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String s = Vietnamese.nfc(text);
        int n = s.length();
        int i = 0;
        int lastEnd = -1;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!isTokenChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                int c = s.codePointAt(i);
                if (!isTokenChar(c)) {
                    break;
                }
                i += Character.charCount(c);
            }
            String exact = exact(s.substring(start, i));
            String key = fold(exact);
            if (key.isEmpty()) {
                continue; // only marks: not a word, and not a joiner either
            }
            out.add(new Token(exact, key, lastEnd >= 0 && joins(s, lastEnd, start)));
            lastEnd = i;
        }
        return out;
    }

    /** The exact form of a token: lower case (Unicode rules, no locale), then NFC. */
    public static String exact(String token) {
        return Vietnamese.nfc(token.toLowerCase(Locale.ROOT));
    }

    /**
     * The key a token is indexed under: without tone marks or diacritics, đ as d. The same as
     * {@link Vietnamese#fold} on Vietnamese text, but by code points, so that it also agrees with
     * the script's {@code /\p{Mn}/gu} on marks outside the Basic Multilingual Plane.
     */
    public static String fold(String token) {
        String d = Normalizer.normalize(token, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (cp == 'đ' || cp == 'Đ') {
                out.append('d');
            } else {
                out.appendCodePoint(cp);
            }
        }
        return Vietnamese.nfc(out.toString().toLowerCase(Locale.ROOT));
    }

    /** Whether a typed token carries marks, so that its exact form can rank matches. */
    public static boolean marked(Token t) {
        return !t.exact().equals(t.key());
    }

    /** Letters (L*), decimal digits (Nd) and combining marks (M*) make tokens; the same class as the script's. */
    static boolean isTokenChar(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            default -> false;
        };
    }

    /** Whether the characters between two tokens keep them in one phrase. */
    static boolean joins(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isJoiner(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isJoiner(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0' || (c >= '\u2000' && c <= '\u200a')
                || c == '\u202f' || c == '\u3000' || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '/';
    }

    /** Folds a whole string as the tokenizer folds a token; for tests and fixtures. */
    static String foldText(String s) {
        return fold(exact(Normalizer.normalize(s, Normalizer.Form.NFC)));
    }
}

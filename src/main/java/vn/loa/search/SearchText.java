package vn.loa.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        Map<String, Form> seen = new HashMap<>();
        scan(text, (s, start, end, hash) -> seen.computeIfAbsent(s.substring(start, end), raw -> form(raw, -1, -1)),
                (f, joined) -> out.add(new Token(f.exact(), f.key(), joined)));
        return out;
    }

    /**
     * A token as written, read once: its exact form and key, and the numbers an index build gives
     * them. {@code key} is empty for a token of marks alone, which is skipped.
     */
    record Form(String exact, String key, int keyId, int exactId) {
    }

    static Form form(String raw, int keyId, int exactId) {
        String exact = exact(raw);
        return new Form(exact, fold(exact), keyId, exactId);
    }

    /** The {@link Form} of a token as written, {@code s} from {@code start} to {@code end}. */
    interface Forms {
        /** The form of {@code s[start, end)}, whose characters hash to {@code hash} as {@link String#hashCode} does. */
        Form of(String s, int start, int end, int hash);
    }

    /** Receives tokens from {@link #scan}. */
    interface Sink {
        void token(Form form, boolean joined);
    }

    /**
     * Reads a text token by token. A site has thousands of distinct syllables, and millions of
     * them: {@code forms} should remember the {@link Form} of each token as written.
     */
    static void scan(String text, Forms forms, Sink sink) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String s = Vietnamese.nfc(text);
        char[] chars = s.toCharArray(); // read from an array: several times faster than charAt under C1
        int n = chars.length;
        int i = 0;
        int lastEnd = -1;
        while (i < n) {
            char ch = chars[i];
            if (ch < 0x80 ? !isAsciiTokenChar(ch) : !isTokenChar(Character.codePointAt(chars, i))) {
                i += ch < 0x80 ? 1 : Character.charCount(Character.codePointAt(chars, i));
                continue;
            }
            int start = i;
            int hash = 0;
            while (i < n) {
                char c = chars[i];
                if (c < 0x80) {
                    if (!isAsciiTokenChar(c)) {
                        break;
                    }
                    hash = 31 * hash + c;
                    i++;
                } else {
                    int cp = Character.codePointAt(chars, i);
                    if (!isTokenChar(cp)) {
                        break;
                    }
                    hash = 31 * hash + c;
                    if (Character.charCount(cp) == 2) {
                        hash = 31 * hash + chars[i + 1];
                    }
                    i += Character.charCount(cp);
                }
            }
            Form f = forms.of(s, start, i, hash);
            if (f.key().isEmpty()) {
                continue; // only marks: not a word, and not a joiner either
            }
            sink.token(f, lastEnd >= 0 && joins(s, lastEnd, start));
            lastEnd = i;
        }
    }

    private static boolean isAsciiTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * The exact form of a token: lower case (Unicode rules, no locale), then NFC. The Greek final
     * sigma is written σ: where a word ends is a context that Java and JavaScript judge differently.
     */
    public static String exact(String token) {
        return Vietnamese.nfc(token.toLowerCase(Locale.ROOT).replace('ς', 'σ'));
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

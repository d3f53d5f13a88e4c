package vn.loa.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word, a run of digits, one punctuation mark, or a line or cell break, with its place in the original text.
 * Markdown emphasis ({@code *}, {@code _}) and white space (non-breaking included) only separate tokens; dashes
 * (en, em, minus) all read as {@code -}. Full-width digits ({@code １８}, as East Asian input methods and some PDF
 * copies write them) are digits like ASCII ones, and the full-width {@code ／－．：，（）} are the ASCII marks; other
 * scripts' digits (Arabic-Indic, Devanagari, Thai, mathematical …) are not digits here: no Vietnamese document
 * writes a date with them, and reading them would turn foreign numbers into dates.
 */
final class Token {
    enum Type { WORD, NUM, SYM, BREAK }

    final Type type;
    final int start;
    final int end;
    /** The text as written. */
    final String raw;
    /** Lower case, tone marks kept. */
    final String lower;
    /**
     * The hash of {@link #lower}: a word is compared with a keyword many times (every reader of a form asks), and
     * unequal hashes answer most of them without comparing the strings.
     */
    final int hash;
    /** True when written without any tone mark or non-ASCII letter. */
    final boolean ascii;
    /** True when white space or emphasis marks stand between this token and the one before. */
    final boolean gapBefore;
    /** For a number: its value (or -1 when too long); for a symbol: the symbol, dashes normalised. */
    final int value;
    final char symbol;

    private Token(Type type, int start, int end, String raw, boolean gapBefore, int value, char symbol) {
        this.type = type;
        this.start = start;
        this.end = end;
        this.raw = raw;
        this.lower = type == Type.WORD ? raw.toLowerCase(Locale.ROOT) : raw;
        this.hash = lower.hashCode();
        this.ascii = type != Type.WORD || Fold.isAscii(raw);
        this.gapBefore = gapBefore;
        this.value = value;
        this.symbol = symbol;
    }

    int digits() {
        return type == Type.NUM ? raw.length() : 0;
    }

    boolean isNum() {
        return type == Type.NUM;
    }

    /** Whether this is the word {@code w} (lower case), compared by hash first. */
    boolean isWord(String w, int wHash) {
        return type == Type.WORD && hash == wHash && lower.equals(w);
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isSym(char c) {
        return type == Type.SYM && symbol == c;
    }

    boolean isCapitalized() {
        return type == Type.WORD && Character.isUpperCase(raw.charAt(0));
    }

    @Override
    public String toString() {
        return type + "(" + raw + ")";
    }

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean gap = true;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029') {
                int s = i;
                while (i < n && (text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == '\t'
                        || text.charAt(i) == '\u2028' || text.charAt(i) == '\u2029')) {
                    i++;
                }
                out.add(new Token(Type.BREAK, s, i, text.substring(s, i), true, 0, '\n'));
                gap = true;
            } else if (Fold.isSpace(c) || c == '*' || c == '_') {
                i++;
                gap = true;
            } else if (digit(c) >= 0) {
                int s = i;
                long v = 0;
                while (i < n && digit(text.charAt(i)) >= 0) {
                    if (i - s < 9) {
                        v = v * 10 + digit(text.charAt(i));
                    }
                    i++;
                }
                String raw = text.substring(s, i);
                out.add(new Token(Type.NUM, s, i, raw, gap, raw.length() <= 9 ? (int) v : -1, '0'));
                gap = false;
            } else if (Character.isLetter(c)) {
                int s = i;
                while (i < n && (Character.isLetter(text.charAt(i)) || isMark(text.charAt(i)))) {
                    i++;
                }
                out.add(new Token(Type.WORD, s, i, text.substring(s, i), gap, 0, '\0'));
                gap = false;
            } else if (Character.isSurrogate(c)) {
                int s = i;
                i += (i + 1 < n && Character.isSurrogatePair(c, text.charAt(i + 1))) ? 2 : 1;
                out.add(new Token(Type.SYM, s, i, text.substring(s, i), gap, 0, '?'));
                gap = false;
            } else {
                out.add(new Token(Type.SYM, i, i + 1, String.valueOf(c), gap, 0, normaliseSymbol(c)));
                i++;
                gap = false;
            }
        }
        return out;
    }

    /** The value of an ASCII or full-width digit; -1 for anything else. */
    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return c - '\uFF10';
        }
        return -1;
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    private static char normaliseSymbol(char c) {
        return switch (c) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D' -> '-';
            case '\uFF0F' -> '/';
            case '\uFF0E' -> '.';
            case '\uFF1A' -> ':';
            case '\uFF0C' -> ',';
            case '\u2019', '\u2032' -> '\'';
            case '\uFF08' -> '(';
            case '\uFF09' -> ')';
            default -> c;
        };
    }
}

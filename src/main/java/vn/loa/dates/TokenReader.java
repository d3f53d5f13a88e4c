package vn.loa.dates;

import java.util.List;

/**
 * The tokens of one text and the questions every reader of a date form asks about them: is token i this keyword
 * (with tone marks, or without them in a toneless text), this symbol, a number, glued to the one before?
 * Out-of-range indexes answer no, so readers look ahead without bounds checks.
 */
abstract class TokenReader {
    /** The text read. */
    final String text;
    final List<Token> t;
    /** The same tokens, for {@link #tok}, which every reader calls for every token it looks at. */
    private final Token[] tokens;
    final int n;
    /** True when the text has no letter with tone marks at all: keywords then match without them too. */
    final boolean loose;
    /** How many times a token was looked at, by all readers of this text: the work done, for tests of its bound. */
    private final long[] probes;

    /** Tokenizes the text. */
    TokenReader(String text) {
        this.text = text;
        this.t = Token.tokenize(text);
        this.tokens = t.toArray(new Token[0]);
        this.n = t.size();
        this.loose = !hasAccentedLetter(text);
        this.probes = new long[1];
    }

    /** Reads the same tokens as {@code other}. */
    TokenReader(TokenReader other) {
        this.text = other.text;
        this.t = other.t;
        this.tokens = other.tokens;
        this.n = other.n;
        this.loose = other.loose;
        this.probes = other.probes;
    }

    /** Tokens looked at so far by every reader of this text. */
    final long probes() {
        return probes[0];
    }

    final Token tok(int i) {
        probes[0]++;
        return i >= 0 && i < n ? tokens[i] : null;
    }

    final boolean is(int i, Word w) {
        Token x = tok(i);
        return x != null && (x.isWord(w.accented, w.accentedHash) || (loose && x.ascii && x.isWord(w.ascii, w.asciiHash)));
    }

    final boolean isAny(int i, Word... ws) {
        for (Word w : ws) {
            if (is(i, w)) {
                return true;
            }
        }
        return false;
    }

    final boolean isAny(int i, String... accented) {
        Token x = tok(i);
        if (x == null || x.type != Token.Type.WORD) {
            return false;
        }
        for (String a : accented) {
            if (x.isWord(a, a.hashCode()) || (loose && x.ascii && x.lower.equals(Fold.fold(a)))) {
                return true;
            }
        }
        return false;
    }

    final boolean sym(int i, char c) {
        Token x = tok(i);
        return x != null && x.isSym(c);
    }

    final boolean num(int i) {
        Token x = tok(i);
        return x != null && x.isNum();
    }

    final boolean num(int i, int maxDigits) {
        Token x = tok(i);
        return x != null && x.isNum() && x.digits() <= maxDigits;
    }

    /** Token i is written right after token i-1, with no space between. */
    final boolean glued(int i) {
        Token x = tok(i);
        return x != null && !x.gapBefore;
    }

    final Integer yearAt(int i) {
        Token y = tok(i);
        if (y == null || !y.isNum()) {
            return null;
        }
        if (y.digits() == 4 && y.value >= 1900 && y.value <= 2199) {
            return y.value;
        }
        return null;
    }

    private static boolean hasAccentedLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }
}

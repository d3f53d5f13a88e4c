package vn.loa.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.loa.text.Vietnamese;

/**
 * Finds text typed in a legacy Vietnamese encoding ({@link LegacyEncoding}: TCVN3 or VNI) inside a plain text, and
 * turns it into Unicode. The test is the language's own: a word of such a text is not a Vietnamese syllable as it
 * stands ("Kõ", "ho¹ch") and becomes one once converted ("Kế", "hoạch"), while a word of Unicode text is one already
 * and would stop being one. An encoding is taken when it mends at least {@value #MIN_MENDED} words, three times more
 * than it would spoil, and a third of the words with other than ASCII letters. A line holding a letter beyond Latin-1
 * (ư, ạ, đ …) is Unicode already and is never touched, so ordinary Vietnamese and English text pass through unchanged.
 *
 * <p>TCVN3 has no codes for capitals with tone marks: typed in a {@code .VnTimeH} font, "MỤC ĐÍCH" is stored as
 * "MôC §ÝCH". A converted word whose ASCII letters are capitals (two or more) is put in capitals, and so is one with
 * fewer ASCII letters (none lower-case) between such capital words ({@link #isCapital}).
 */
final class LegacyText {

    static final int MIN_MENDED = 3;
    /** The encoding is judged on this many characters at most (an HTML page may be long). */
    static final int MAX_SAMPLE = 400_000;

    /** A word: letters, and the Latin-1 characters the legacy encodings use as letters (also ¸ µ « ­ §). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\u00A1-\\u00FF\\u0300-\\u0323]+");

    /** A Vietnamese syllable without its tone mark, in lower case. */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
                    + "(uyê|oa|oă|oe|oo|uâ|uê|uy|uơ|ia|iê|yê|ua|uô|ưa|ươ|[aăâeêioôơuưy])"
                    + "(ch|ng|nh|[cmnpt]|[iyou])?");

    private static final Locale VI = Locale.forLanguageTag("vi");

    private LegacyText() {
    }

    /** A text converted from a legacy encoding. */
    record Converted(String text, LegacyEncoding encoding) {

        /** What the review says about it. */
        String note(String font) {
            return LegacyText.note(encoding, font);
        }
    }

    /** The review's note on a text converted from a legacy encoding; {@code font} may be null. */
    static String note(LegacyEncoding encoding, String font) {
        return "văn bản gõ bằng bảng mã " + encoding.label + (font == null ? "" : " (" + font + ")")
                + ", đã chuyển sang Unicode — kiểm tra dấu";
    }

    /** The text in Unicode when it was typed in TCVN3 or VNI; null when it was not (it is then left as it is). */
    static Converted detect(String text) {
        LegacyEncoding best = null;
        int bestScore = 0;
        String sample = text.length() > MAX_SAMPLE ? text.substring(0, MAX_SAMPLE) : text;
        for (LegacyEncoding enc : LegacyEncoding.values()) {
            int[] s = score(sample, enc);
            int mended = s[0];
            int spoiled = s[1];
            int nonAscii = s[2];
            if (mended >= MIN_MENDED && mended >= 3 * spoiled && mended * 3 >= nonAscii && mended - spoiled > bestScore) {
                bestScore = mended - spoiled;
                best = enc;
            }
        }
        return best == null ? null : new Converted(convert(text, best), best);
    }

    /** Words mended, words spoiled, and words with other than ASCII letters, in the lines that may be legacy text. */
    private static int[] score(String text, LegacyEncoding enc) {
        int mended = 0;
        int spoiled = 0;
        int nonAscii = 0;
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (String line : text.split("\n", -1)) {
            if (isUnicode(line)) {
                continue;
            }
            var m = WORD.matcher(line);
            while (m.find()) {
                String w = m.group();
                if (isAscii(w)) {
                    continue;
                }
                nonAscii++;
                int outcome = seen.computeIfAbsent(w, k -> {
                    boolean before = isSyllable(k);
                    // A word without an ASCII letter («, », § alone) is a sign of Unicode text as much as
                    // a vowel of legacy text: it is not counted as mended.
                    boolean after = isSyllable(enc.toUnicode(k)) && hasAsciiLetter(k);
                    return after && !before ? 1 : before && !after ? -1 : 0;
                });
                if (outcome > 0) {
                    mended++;
                } else if (outcome < 0) {
                    spoiled++;
                }
            }
        }
        return new int[] {mended, spoiled, nonAscii};
    }

    private static boolean hasAsciiLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 128 && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** Converts each line that is not Unicode already, restoring the capitals of TCVN3 text. */
    static String convert(String text, LegacyEncoding enc) {
        StringBuilder out = new StringBuilder(text.length());
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            String line = lines[i];
            out.append(isUnicode(line) ? line : convertLine(line, enc));
        }
        return out.toString();
    }

    private static String convertLine(String line, LegacyEncoding enc) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Integer> segments = new ArrayList<>();
        var m = WORD.matcher(line);
        int segment = 0;
        int scanned = 0;
        while (m.find()) {
            for (; scanned < m.start(); scanned++) {
                char c = line.charAt(scanned);
                if (c == '<' || c == '>') {
                    segment++; // an HTML tag ends the text around it (a paragraph, a cell)
                }
            }
            String w = m.group();
            String u = enc.toUnicode(w);
            if (!u.equals(w)) {
                spans.add(new int[] {m.start(), m.end()});
                words.add(w);
                segments.add(segment);
            }
        }
        StringBuilder b = new StringBuilder(line.length());
        int last = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String u = enc.toUnicode(w);
            if (enc == LegacyEncoding.TCVN3 && isCapital(words, segments, i)) {
                u = u.toUpperCase(VI);
            }
            b.append(line, last, spans.get(i)[0]).append(u);
            last = spans.get(i)[1];
        }
        b.append(line, last, line.length());
        return Vietnamese.nfc(b.toString());
    }

    /**
     * Whether a converted TCVN3 word was typed in capitals: its ASCII letters are capitals, two or more ("HäC"); or,
     * with fewer and none in lower case ("Vµ", "§Ò"), the nearest converted words of two letters or more on either side
     * are such capital words ("KHOA HäC Vµ C¤NG"), in the same line and between the same HTML tags. So "Sè" in
     * "Sè: 45/KH" stays "Số", and "Tù" in "lËp - Tù do" "Tự".
     */
    private static boolean isCapital(List<String> words, List<Integer> segments, int i) {
        String w = words.get(i);
        if (lowerAscii(w) > 0) {
            return false;
        }
        if (upperAscii(w) >= 2) {
            return true;
        }
        Boolean before = null;
        for (int j = i - 1; j >= 0 && before == null && segments.get(j).equals(segments.get(i)); j--) {
            before = decisive(words.get(j));
        }
        Boolean after = null;
        for (int j = i + 1; j < words.size() && after == null && segments.get(j).equals(segments.get(i)); j++) {
            after = decisive(words.get(j));
        }
        return (before != null || after != null) && before != Boolean.FALSE && after != Boolean.FALSE;
    }

    /** True for a word of two ASCII letters or more all capitals, false for one with a lower-case one, else null. */
    private static Boolean decisive(String w) {
        if (lowerAscii(w) > 0) {
            return Boolean.FALSE;
        }
        return upperAscii(w) >= 2 ? Boolean.TRUE : null;
    }

    /** Whether a lower-cased word is a Vietnamese syllable: one tone mark at most, then onset, vowels and coda. */
    static boolean isSyllable(String word) {
        String d = Normalizer.normalize(word.toLowerCase(VI), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder(d.length());
        int tones = 0;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323') {
                tones++;
            } else {
                base.append(c);
            }
        }
        return tones <= 1 && SYLLABLE.matcher(Normalizer.normalize(base, Normalizer.Form.NFC)).matches();
    }

    /**
     * A line with a letter beyond Latin-1 (ư, ạ, đ, a Cyrillic or Chinese letter, a Nôm character beyond the Basic
     * Multilingual Plane …) is Unicode text.
     */
    private static boolean isUnicode(String line) {
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            if (c > 0xFF && Character.isLetter(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static boolean isAscii(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int upperAscii(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                n++;
            }
        }
        return n;
    }

    private static int lowerAscii(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                n++;
            }
        }
        return n;
    }
}

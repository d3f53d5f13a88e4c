package vn.loa.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Vietnamese prose split into sentences. A sentence ends at {@code .}, {@code !}, {@code ?} or {@code …} (closing quotes
 * and brackets after it belong to it) followed by a space and a capital letter, a digit, an opening quote or bracket, or
 * by the end of the text. These never end a sentence:
 * <ul>
 * <li>the dot of an abbreviation of a title or an administrative unit: {@code TP.}, {@code TS.}, {@code ThS.},
 *     {@code PGS.TS.}, {@code GS.}, {@code Q.}, {@code P.}, {@code Th.S} … ({@link #ABBREVIATIONS}); an acronym such as
 *     {@code UBND.} or {@code KH&CN.} is a word, and its dot ends the sentence;</li>
 * <li>a dot inside a number or a date ({@code 1.000}, {@code 18.5.2024}): no space follows it;</li>
 * <li>a dot followed by a lower-case word ({@code v.v. và …});</li>
 * <li>the dot of a numbering at the start ({@code 2. Tổ chức …}, {@code II. NỘI DUNG}).</li>
 * </ul>
 */
final class Sentences {

    /** Abbreviations written with a dot (compared with the dots and the final dot removed, as written). */
    static final Set<String> ABBREVIATIONS = Set.of(
            // places: thành phố, thị xã, thị trấn, quận, phường, huyện, xã
            "TP", "Tp", "tp", "TX", "Tx", "TT", "Q", "P", "H", "X",
            // titles and degrees
            "TS", "ThS", "Ths", "TSKH", "PGS", "GS", "BS", "KS", "KTS", "DS", "LS", "NCS", "CKI", "CKII", "BSCKI", "BSCKII",
            "Th.S", "T.S", "Đ/c", "đ/c", "Đc",
            // others
            "v.v", "Nxb", "NXB", "St", "Tr", "tr");

    /** A sentence: {@code text.substring(start, end)}, without the spaces around it. */
    record Span(int start, int end) {
        String of(String text) {
            return text.substring(start, end);
        }

        boolean holds(int offset) {
            return offset >= start && offset < end;
        }
    }

    private Sentences() {
    }

    /** The sentences of the text, in order, covering every non-space character. */
    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = skipSpaces(text, 0);
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < n && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?' || text.charAt(end) == '…')) {
                    end++;
                }
                while (end < n && closing(text.charAt(end))) {
                    end++;
                }
                if (end >= n || Character.isWhitespace(text.charAt(end))) {
                    int next = skipSpaces(text, end);
                    if ((next >= n || startsSentence(text.charAt(next))) && !(c == '.' && notAnEnd(text, start, i))) {
                        out.add(new Span(start, trimEnd(text, start, end)));
                        start = next;
                        i = next;
                        continue;
                    }
                }
                i = end;
                continue;
            }
            i++;
        }
        if (start < n) {
            int end = trimEnd(text, start, n);
            if (end > start) {
                out.add(new Span(start, end));
            }
        }
        return out;
    }

    /** The last text split by {@link #around} and its sentences: the finder asks about each date of one block in turn. */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    /** The sentence holding the character at {@code offset} (the one starting after it when it is a space). */
    static Span around(String text, int offset) {
        Object[] last = LAST.get();
        List<Span> all;
        if (last != null && last[0] == text) {
            @SuppressWarnings("unchecked")
            List<Span> cached = (List<Span>) last[1];
            all = cached;
        } else {
            all = split(text);
            LAST.set(new Object[] {text, all});
        }
        for (Span s : all) {
            if (offset < s.end()) {
                return s;
            }
        }
        return all.isEmpty() ? new Span(0, 0) : all.get(all.size() - 1);
    }

    /** The first sentence of the text, or the text when it has none. */
    static String first(String text) {
        List<Span> all = split(text);
        return all.isEmpty() ? text.strip() : all.get(0).of(text);
    }

    /** The dot at {@code dot} belongs to an abbreviation or a numbering, not to the end of a sentence. */
    private static boolean notAnEnd(String text, int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(' && text.charAt(w - 1) != ',') {
            w--;
        }
        String word = text.substring(w, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (ABBREVIATIONS.contains(word)) {
            return true;
        }
        // "PGS.TS." and chains of known abbreviations.
        boolean chain = word.contains(".");
        for (String part : word.split("\\.")) {
            chain &= ABBREVIATIONS.contains(part);
        }
        if (chain) {
            return true;
        }
        // A numbering at the start of the text: "2." "2.1." "II." "a."
        if (w == sentenceStart && word.matches("(?:\\d{1,2}(?:\\.\\d{1,2})*|[IVXLC]{1,6}|[a-zđ])")) {
            return true;
        }
        return false;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || Character.isTitleCase(c)
                || "“\"'«(‘[-–—•+*".indexOf(c) >= 0;
    }

    private static boolean closing(char c) {
        return "”\"'»)’]*".indexOf(c) >= 0;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}

package vn.loa.importer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Word's automatic numbering written out as copied text shows it ({@code I. }, {@code 1. }, {@code 2.1. }, {@code a) },
 * {@code - } for a bullet, {@code + } for a bullet below it): one counter per list and level, a level's counter going
 * back to the start when a level above it moves on. Shared by the {@code .docx} and {@code .doc} readers.
 */
final class ListNumbers {

    private final Map<Object, int[]> counters = new HashMap<>();

    /**
     * The number of the next paragraph of a list.
     *
     * @param list    the list's identity in the document
     * @param level   0 to 8
     * @param format  Word's number format: {@code decimal}, {@code upperRoman}, {@code lowerRoman}, {@code upperLetter},
     *                {@code lowerLetter}, {@code bullet}, {@code none} (null: a bullet)
     * @param pattern the level's text with {@code %1}…{@code %9} for the numbers of the levels; null: {@code %n.}
     */
    String next(Object list, int level, String format, String pattern) {
        return next(list, level, format, pattern, 1);
    }

    /** As {@link #next(Object, int, String, String)}, for a level whose numbers start at {@code start}. */
    String next(Object list, int level, String format, String pattern, int start) {
        if (format == null || format.equals("bullet") || format.equals("none")) {
            return level == 0 ? "- " : "+ ";
        }
        int[] c = counters.computeIfAbsent(list, k -> new int[9]);
        level = Math.max(0, Math.min(level, 8));
        c[level] = c[level] == 0 ? Math.max(0, Math.min(start, 10_000)) : c[level] + 1;
        for (int i = level + 1; i < 9; i++) {
            c[i] = 0;
        }
        if (pattern == null) {
            pattern = "%" + (level + 1) + ".";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
                int l = pattern.charAt(i + 1) - '1';
                int n = l >= 0 && l < 9 ? Math.max(1, c[l]) : 1;
                b.append(l == level ? format(n, format) : Integer.toString(n));
                i++;
            } else {
                b.append(ch);
            }
        }
        return b.append(' ').toString();
    }

    private static String format(int n, String fmt) {
        return switch (fmt) {
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
            case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
            default -> Integer.toString(n);
        };
    }

    static String roman(int n) {
        String[] r = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                b.append(r[i]);
                n -= v[i];
            }
        }
        return b.toString();
    }
}

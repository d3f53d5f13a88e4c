package vn.loa.importer;

import java.util.regex.Pattern;

/**
 * The typography the rest of the site uses, for the titles, themes and slogans an import reads: straight double quotes
 * become “…”, a spaced hyphen used as a dash becomes an en dash ({@code A - B} → {@code A – B}), and a range of
 * numbers an en dash without spaces ({@code 2021 - 2025}, {@code 2021-2025} → {@code 2021–2025}). A hyphen without
 * spaces in a word or a date ({@code 18-5}, {@code COVID-19}) is kept; so are «…» quotes.
 */
final class Typography {

    /** Two years (or a year and a spaced number) joined by a hyphen or a dash: a range. */
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<![\\d/.])(\\d{4})\\s*[-–—]\\s*(\\d{4})(?![\\d/])");
    /** Numbers or dates joined by a spaced hyphen or dash: {@code 15/5 - 20/5}. */
    private static final Pattern NUMBER_RANGE = Pattern.compile("(?<=\\d)\\s+(?:-{1,2}|–)\\s+(?=\\d)");
    /** A spaced hyphen (or two) between words. */
    private static final Pattern SPACED_HYPHEN = Pattern.compile("(?<=\\s)-{1,2}(?=\\s)");

    private Typography() {
    }

    /** The text with typographic quotes and dashes; null stays null. */
    static String of(String text) {
        if (text == null) {
            return null;
        }
        String t = YEAR_RANGE.matcher(text).replaceAll("$1–$2");
        t = NUMBER_RANGE.matcher(t).replaceAll("–");
        t = SPACED_HYPHEN.matcher(t).replaceAll("–");
        return quotes(t);
    }

    /** Straight double quotes into “ and ”: an opening one at the start or after a space or an opening bracket. */
    static String quotes(String text) {
        if (text.indexOf('"') < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '"') {
                b.append(c);
                continue;
            }
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            boolean opening = !open && (Character.isWhitespace(before) || "([{–—-/:".indexOf(before) >= 0);
            b.append(opening ? '“' : '”');
            open = opening;
        }
        return b.toString();
    }
}

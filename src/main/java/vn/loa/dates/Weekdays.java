package vn.loa.dates;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Optional;

/** Vietnamese names of the days of the week: {@code Thứ Hai} (Monday) … {@code Thứ Bảy} (Saturday), {@code Chủ nhật}. */
public final class Weekdays {
    /** Written-out ordinals after {@code thứ}, Monday first; accented form, ASCII form. */
    private static final String[][] WORDS = {
        {"hai"}, {"ba"}, {"tư"}, {"năm"}, {"sáu"}, {"bảy", "bẩy"}, {}
    };

    private Weekdays() {
    }

    /** The name as pages show it: {@code Thứ Hai} … {@code Thứ Bảy}, {@code Chủ nhật}. */
    public static String name(DayOfWeek day) {
        return vn.loa.text.VietnameseDates.weekday(day);
    }

    /**
     * Reads a weekday as documents write it: {@code Thứ 2} … {@code Thứ 7}, {@code Thứ hai} … {@code Thứ bảy},
     * {@code T2} … {@code T7}, {@code CN}, {@code Chủ nhật}, the digit ASCII or full-width ({@code Thứ ６});
     * case-insensitive, with or without tone marks, spaces
     * (also non-breaking) as written. Anything else, trailing punctuation included, is empty.
     */
    public static Optional<DayOfWeek> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = Fold.collapseSpaces(text).toLowerCase(Locale.ROOT);
        boolean ascii = Fold.isAscii(s);
        if (s.equals("cn") || s.equals("chủ nhật") || (ascii && s.equals("chu nhat"))) {
            return Optional.of(DayOfWeek.SUNDAY);
        }
        if (s.length() == 2 && s.charAt(0) == 't') {
            return digit(s.charAt(1));
        }
        String rest;
        if (s.startsWith("thứ")) {
            rest = s.substring(3).trim();
        } else if (ascii && s.startsWith("thu")) {
            rest = s.substring(3).trim();
        } else {
            return Optional.empty();
        }
        if (rest.length() == 1) {
            return digit(rest.charAt(0));
        }
        if (rest.length() == s.length() - 3 || rest.isEmpty()) {
            return Optional.empty(); // "thứba": the word must be separated
        }
        return word(rest, ascii);
    }

    /** {@code 2} … {@code 7} (ASCII or full-width): Monday … Saturday. */
    static Optional<DayOfWeek> digit(char c) {
        int d = Token.digit(c);
        if (d >= 2 && d <= 7) {
            return Optional.of(DayOfWeek.of(d - 1));
        }
        return Optional.empty();
    }

    /** The weekday named by the word after {@code thứ}: {@code sáu} → Friday; {@code ascii} allows {@code sau}. */
    static Optional<DayOfWeek> word(String lower, boolean ascii) {
        for (int i = 0; i < WORDS.length; i++) {
            for (String w : WORDS[i]) {
                if (lower.equals(w) || (ascii && lower.equals(Fold.fold(w)))) {
                    return Optional.of(DayOfWeek.of(i + 1));
                }
            }
        }
        return Optional.empty();
    }
}

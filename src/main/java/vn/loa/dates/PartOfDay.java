package vn.loa.dates;

import java.util.Optional;

/** A part of the day stated instead of, or beside, a clock time: {@code Sáng ngày 17/5}, {@code buổi chiều}. */
public enum PartOfDay {
    SANG("sáng"),
    TRUA("trưa"),
    CHIEU("chiều"),
    TOI("tối");

    private final String label;

    PartOfDay(String label) {
        this.label = label;
    }

    /** The Vietnamese word, lower case, with tone marks: {@code sáng}, {@code trưa}, {@code chiều}, {@code tối}. */
    public String label() {
        return label;
    }

    /**
     * Reads a part of the day: {@code "Sáng"}, {@code "buổi chiều"}, {@code "toi"}; case-insensitive, with or without
     * tone marks. A word with the wrong tone marks ({@code "tôi"}, "I") is not a part of the day.
     */
    public static Optional<PartOfDay> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = Fold.collapseSpaces(text).toLowerCase(java.util.Locale.ROOT);
        boolean ascii = Fold.isAscii(s);
        String bare = s.startsWith("buổi ") ? s.substring(5) : ascii && s.startsWith("buoi ") ? s.substring(5) : s;
        for (PartOfDay p : values()) {
            if (bare.equals(p.label) || (ascii && bare.equals(Fold.fold(p.label)))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}

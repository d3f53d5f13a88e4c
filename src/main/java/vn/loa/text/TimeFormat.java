package vn.loa.text;

import java.time.LocalTime;
import java.util.Arrays;

/**
 * How a page writes a clock time, set by {@code time_format} in {@code site.yaml}: {@code 8h00} (the default: the
 * form the department's own plans use, "từ 8h00 đến 11h30"), {@code 8 giờ 00} (the form of formal letters) or
 * {@code 08:00} (the 24-hour clock of timetables). Calendar files keep machine time in
 * their fields whatever the setting; only their description, read by people, follows it.
 */
public enum TimeFormat {
    /** {@code 8h00}, {@code 14h30}; a range {@code 8h00–11h30}. */
    H("8h00"),
    /** {@code 8 giờ 00}, {@code 14 giờ 30}; a range {@code 8 giờ 00 – 11 giờ 30}. */
    WORDS("8 giờ 00"),
    /** {@code 08:00}, {@code 14:30}; a range {@code 08:00–11:30}. */
    CLOCK("08:00");

    private final String example;

    TimeFormat(String example) {
        this.example = example;
    }

    /** The value {@code site.yaml} gives for it, which is also how it writes eight o'clock. */
    public String example() {
        return example;
    }

    /** The format whose {@code site.yaml} value is {@code value}, or null when none is. */
    public static TimeFormat of(String value) {
        String v = value == null ? null : Vietnamese.nfc(value.strip());
        return Arrays.stream(values()).filter(f -> f.example.equals(v)).findFirst().orElse(null);
    }

    /** The values {@code site.yaml} may give, quoted for a message. */
    public static String choices() {
        return String.join(", ", Arrays.stream(values()).map(f -> "\"" + f.example + "\"").toList());
    }

    public String format(LocalTime t) {
        String mm = twoDigits(t.getMinute());
        return switch (this) {
            case H -> t.getHour() + "h" + mm;
            case WORDS -> t.getHour() + " giờ " + mm;
            case CLOCK -> twoDigits(t.getHour()) + ":" + mm;
        };
    }

    /** {@code 05}, {@code 30}: as {@code %02d} writes 0 to 99, without a Formatter (called for every event of a site). */
    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** From {@code start} to {@code end} (which may be null): words take a spaced dash, the short forms a plain one. */
    public String range(LocalTime start, LocalTime end) {
        if (end == null) {
            return format(start);
        }
        return format(start) + (this == WORDS ? " – " : "–") + format(end);
    }
}

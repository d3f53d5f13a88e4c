package vn.loa.check;

import java.util.Objects;

/**
 * One problem found by {@code loa check}, printed as {@code file:line: lỗi|cảnh báo: message — cách sửa: fix}, in the words
 * {@code loa build} prints its errors with.
 *
 * @param file     relative to the site root, with {@code /}: {@code content/ke-hoach/x.md}
 * @param line     1-based; 0 when the problem is with the whole file (the line is then left out of the output)
 * @param severity error or warning
 * @param message  what is wrong, in Vietnamese
 * @param fix      what to do, in Vietnamese; may be null
 */
public record Finding(String file, int line, Severity severity, String message, String fix) {

    public Finding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** {@code content/ke-hoach/x.md:12: cảnh báo: message — cách sửa: fix}. */
    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ").append(severity.word()).append(": ").append(message);
        if (fix != null && !fix.isEmpty()) {
            sb.append(" — cách sửa: ").append(fix);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}

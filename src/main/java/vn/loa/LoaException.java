package vn.loa;

import java.nio.file.Path;

/**
 * A problem the user can fix: it names the file and line, says what is wrong and what to do.
 * Its message is printed as {@code file:line: lỗi: what — cách sửa: how}.
 */
public class LoaException extends RuntimeException {

    private final Path file;
    private final int line;
    private final String problem;
    private final String fix;

    public LoaException(Path file, int line, String problem, String fix) {
        this(file, line, problem, fix, null);
    }

    public LoaException(Path file, int line, String problem, String fix, Throwable cause) {
        super(format(file, line, problem, fix), cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
        this.fix = fix;
    }

    /** The file at fault, relative to the site root where possible; may be null. */
    public Path file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem is with the whole file. */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }

    public String fix() {
        return fix;
    }

    private static String format(Path file, int line, String problem, String fix) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file.toString().replace('\\', '/'));
            if (line > 0) {
                sb.append(':').append(line);
            }
            sb.append(": ");
        }
        sb.append("lỗi: ").append(problem);
        if (fix != null && !fix.isEmpty()) {
            sb.append(" — cách sửa: ").append(fix);
        }
        return sb.toString();
    }
}

package vn.loa.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import vn.loa.LoaException;

/** Collects findings from every check; {@link #sorted()} orders them by file and line and drops repeats. */
final class Findings {

    private final List<Finding> all = new ArrayList<>();

    void error(String file, int line, String message, String fix) {
        all.add(new Finding(file, line, Severity.ERROR, message, fix));
    }

    void warning(String file, int line, String message, String fix) {
        all.add(new Finding(file, line, Severity.WARNING, message, fix));
    }

    void add(Severity severity, String file, int line, String message, String fix) {
        all.add(new Finding(file, line, severity, message, fix));
    }

    /** An error of the loader, the render or the index stage, as the build would report it. */
    void error(LoaException e) {
        error(e, e.line());
    }

    void error(LoaException e, int line) {
        all.add(new Finding(name(e.file()), line, Severity.ERROR, e.problem(), e.fix()));
    }

    /** Adds everything another collector found, in its order (to merge work done in parallel, in a fixed order). */
    void addAll(Findings other) {
        all.addAll(other.all);
    }

    static String name(Path file) {
        return file == null ? "content" : file.toString().replace('\\', '/');
    }

    List<Finding> sorted() {
        List<Finding> out = new ArrayList<>(new LinkedHashSet<>(all));
        out.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line));
        return out;
    }
}

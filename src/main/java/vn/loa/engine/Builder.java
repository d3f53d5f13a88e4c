package vn.loa.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.loa.LoaException;
import vn.loa.load.ContentErrors;

/** One build in a new engine, for {@code loa build} and tests: {@link Engine#build} with messages naming files relative to the site. */
public final class Builder {

    private Builder() {
    }

    public static BuildResult build(BuildOptions options) {
        return new Engine(options).build();
    }

    /** The same error with its file named relative to the site root, as every other message does. */
    static RuntimeException relative(RuntimeException e, Path root) {
        if (e instanceof ContentErrors errors) {
            List<LoaException> relative = new ArrayList<>();
            errors.errors().forEach(x -> relative.add(relative(x, root)));
            return relative.equals(errors.errors()) ? errors : new ContentErrors(relative);
        }
        return e instanceof LoaException l ? relative(l, root) : e;
    }

    static LoaException relative(LoaException e, Path root) {
        Path f = e.file();
        if (f == null || !f.isAbsolute()) {
            return e;
        }
        Path abs = f.normalize();
        if (!abs.startsWith(root) || abs.equals(root)) {
            return e;
        }
        LoaException r = new LoaException(root.relativize(abs), e.line(), e.problem(), e.fix(), e.getCause());
        r.setStackTrace(e.getStackTrace());
        return r;
    }
}

package vn.loa.fuzz;

import vn.loa.LoaException;
import vn.loa.load.ContentErrors;

/**
 * What bad input may give: Loa's own clear error ({@link LoaException}, or several at once in
 * {@link ContentErrors}), which names the file and says what to fix. Anything else a parser lets
 * out (a {@code RuntimeException}, a {@code StackOverflowError}, an {@code OutOfMemoryError}) is a
 * finding: the fuzz tests catch only these two.
 */
final class BadInput {

    private BadInput() {
    }

    /** An expected error must still say what is wrong; an empty one is a finding too. */
    static void check(RuntimeException e) {
        if (e instanceof ContentErrors all) {
            if (all.errors().isEmpty()) {
                throw new AssertionError("ContentErrors without any error", e);
            }
            all.errors().forEach(BadInput::check);
        } else if (e instanceof LoaException one) {
            if (one.problem() == null || one.problem().isBlank()) {
                throw new AssertionError("LoaException without a problem: " + one.getMessage(), e);
            }
        } else {
            throw e;
        }
    }
}

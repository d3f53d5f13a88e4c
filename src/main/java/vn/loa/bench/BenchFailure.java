package vn.loa.bench;

import vn.loa.LoaException;

/**
 * A measure of {@code loa bench} that could not be taken (a build that failed, a {@code loa serve}
 * that did not start or did not show a save in time): what failed and what to do, in the
 * {@code lỗi: … — cách sửa: …} form, then what the process measured printed, so that its own
 * error is seen too.
 */
final class BenchFailure extends LoaException {

    private final String heading;
    private final String output;

    /** {@code heading} introduces {@code output} ("lệnh đã in"); nothing is added when it is blank. */
    BenchFailure(String problem, String fix, String heading, String output) {
        super(null, 0, problem, fix);
        this.heading = heading;
        this.output = output == null ? "" : output.strip();
    }

    @Override
    public String getMessage() {
        return super.getMessage() + (output.isEmpty() ? "" : "\n" + heading + ":\n" + output);
    }
}

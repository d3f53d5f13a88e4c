package vn.loa.publish;

import java.io.PrintStream;

/**
 * Progress of the uploads on the terminal: a line at every tenth of the files (or every file for a short list), and
 * for a large file a line at every quarter of its bytes, so a long upload never looks stuck.
 */
final class Progress {

    private static final long LARGE = 4L * 1024 * 1024;

    private final PrintStream out;
    private final int files;
    private final long bytes;
    private int done;
    private long sent;
    private int lastTenth = 0;

    Progress(PrintStream out, int files, long bytes) {
        this.out = out;
        this.files = files;
        this.bytes = bytes;
    }

    /** A running count of one file's bytes, printing quarters of a large file. */
    java.util.function.LongConsumer file(String path, long size) {
        if (size < LARGE) {
            return n -> { };
        }
        int[] quarter = {0};
        return n -> {
            int q = (int) (n * 4 / size);
            if (q > quarter[0] && q < 4) {
                quarter[0] = q;
                out.println("    " + vn.loa.safety.Terminal.line(path) + ": " + Bytes.of(n) + " / " + Bytes.of(size));
            }
        };
    }

    void step(Plan.Step step) {
        done++;
        if (step.action() != Plan.Action.DELETE) {
            sent += step.file().size();
        }
        int tenth = done * 10 / files;
        if (files <= 20 || tenth > lastTenth || done == files) {
            lastTenth = tenth;
            out.println("  [" + done + "/" + files + "] " + verb(step.action()) + " " + vn.loa.safety.Terminal.line(step.path())
                    + (bytes > 0 ? " · đã gửi " + Bytes.of(sent) + " / " + Bytes.of(bytes) : ""));
        }
    }

    static String verb(Plan.Action action) {
        return switch (action) {
            case ADD -> "thêm";
            case CHANGE -> "sửa";
            case DELETE -> "xóa";
        };
    }
}

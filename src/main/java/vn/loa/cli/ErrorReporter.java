package vn.loa.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import vn.loa.LoaException;
import vn.loa.load.ContentErrors;

/** Prints content errors as {@code file:line: lỗi: …} lines and maps them to exit code 1. */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (ex instanceof ContentErrors errors) {
            errors.errors().forEach(e -> err.println(e.getMessage()));
            err.println(errors.errors().size() + " lỗi; thư mục xuất cũ được giữ nguyên.");
            err.flush();
            return Main.CONTENT_ERROR;
        }
        if (ex instanceof LoaException e) {
            err.println(e.getMessage());
            err.println("Thư mục xuất cũ được giữ nguyên.");
            err.flush();
            return Main.CONTENT_ERROR;
        }
        if (ex instanceof java.io.UncheckedIOException e) {
            err.println("lỗi đọc/ghi tệp: " + e.getCause().getMessage());
            err.flush();
            return Main.CONTENT_ERROR;
        }
        throw new IllegalStateException(ex);
    }
}

package vn.loa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine;
import vn.loa.LoaException;
import vn.loa.load.ContentErrors;

/**
 * Prints content errors as {@code file:line: lỗi: …} lines and maps them to exit code 1. A
 * failure to read or write a file gets the same form; anything else is a fault of Loa itself and
 * is reported as such, with the details a maintainer needs.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean builds = cl.getCommandName().equals("build") || cl.getCommandName().equals("serve");
        if (ex instanceof ContentErrors errors) {
            errors.errors().forEach(e -> err.println(printable(e.getMessage())));
            err.println(errors.errors().size() + " lỗi" + (builds ? "; thư mục xuất cũ được giữ nguyên." : "."));
            err.flush();
            return Main.CONTENT_ERROR;
        }
        if (ex instanceof LoaException e) {
            err.println(printable(e.getMessage()));
            if (builds) {
                err.println("Thư mục xuất cũ được giữ nguyên.");
            }
            err.flush();
            return Main.CONTENT_ERROR;
        }
        IOException io = ex instanceof UncheckedIOException u ? u.getCause() : ex instanceof IOException i ? i : null;
        if (io != null) {
            err.println(printable(describe(io)));
            if (builds) {
                err.println("Thư mục xuất cũ được giữ nguyên.");
            }
            err.flush();
            return Main.CONTENT_ERROR;
        }
        err.println("lỗi: Loa gặp sự cố ngoài dự kiến (" + printable(String.valueOf(ex)) + ")"
                + " — cách sửa: đây là lỗi của Loa, không phải của nội dung; hãy gửi cho người bảo trì Loa lệnh đã chạy và các dòng dưới đây");
        ex.printStackTrace(err);
        err.flush();
        return Main.CONTENT_ERROR;
    }

    /** An I/O failure in the {@code file: lỗi: … — cách sửa: …} form. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return a.getFile() + ": lỗi: không có quyền đọc hoặc ghi — cách sửa: kiểm tra quyền của tệp và thư mục, hoặc chọn thư mục khác";
        }
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + ": lỗi: tệp hoặc thư mục không còn ở đó (có thể vừa bị xóa hay đổi tên khi đang xây dựng)"
                    + " — cách sửa: chạy lại lệnh";
        }
        if (e instanceof NotDirectoryException n) {
            return n.getFile() + ": lỗi: đây là một tệp, không phải thư mục — cách sửa: chỉ ra một thư mục";
        }
        if (e instanceof FileSystemException f) {
            String reason = f.getReason() == null ? "" : f.getReason();
            String problem = reason.contains("No space left") ? "ổ đĩa đã đầy" : "không đọc hoặc ghi được (" + reason + ")";
            return f.getFile() + ": lỗi: " + problem + " — cách sửa: kiểm tra ổ đĩa và quyền ghi, rồi chạy lại lệnh";
        }
        return "lỗi: không đọc hoặc ghi được tệp (" + e.getMessage() + ") — cách sửa: kiểm tra ổ đĩa và quyền ghi, rồi chạy lại lệnh";
    }

    /** Control characters (a NUL from a template parser, say) shown as escapes, not sent to the terminal. */
    static String printable(String s) {
        return vn.loa.safety.Terminal.safe(s);
    }
}

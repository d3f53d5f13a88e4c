package vn.loa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine;
import vn.loa.LoaException;
import vn.loa.load.ContentErrors;

/**
 * Prints content errors as {@code file:line: lỗi: …} lines and maps them to exit code 1. A
 * failure to read or write a file gets the same form. Anything else, an unexpected exception or
 * a Java {@link Error} such as running out of memory, is a fault of Loa itself: one line says
 * what failed, and the details a maintainer needs (the stack trace) go to a report file whose
 * path that line gives, never to the terminal.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path reportFolder;

    /** Reports go to the system's temporary folder. */
    ErrorReporter() {
        this(Path.of(System.getProperty("java.io.tmpdir")));
    }

    ErrorReporter(Path reportFolder) {
        this.reportFolder = reportFolder;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        try {
            return report(ex, err, cl.getCommandName());
        } catch (RuntimeException | Error e) {
            // Never let picocli print a stack trace in our place.
            return fatal(ex, err, cl.getCommandName());
        }
    }

    private int report(Exception ex, PrintWriter err, String command) {
        boolean builds = command.equals("build") || command.equals("serve");
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
        return fatal(ex, err, command);
    }

    /**
     * A fault of Loa (an unexpected exception, or an {@link Error} that picocli lets through):
     * one line on the terminal, the stack trace in a report file. Never throws.
     */
    int fatal(Throwable t, PrintWriter err, String command) {
        String file;
        try {
            file = "tệp " + writeReport(t, command);
        } catch (IOException | RuntimeException | Error e) {
            file = null;
        }
        String what = "'loa" + (command == null || command.equals("loa") ? "" : " " + command) + "'";
        String line;
        if (outOfMemory(t)) {
            line = "lỗi: Loa hết bộ nhớ khi chạy lệnh " + what + " — cách sửa: tăng bộ nhớ cho Java bằng biến môi trường LOA_JAVA_OPTS,"
                    + " ví dụ LOA_JAVA_OPTS=\"-Xmx4g\", rồi chạy lại lệnh"
                    + (file == null ? "" : " (chi tiết cho người bảo trì Loa ở " + file + ")");
        } else {
            line = "lỗi: Loa gặp sự cố ngoài dự kiến khi chạy lệnh " + what + " (" + summary(t) + ")"
                    + " — cách sửa: đây là lỗi của Loa, không phải của nội dung; hãy gửi lệnh đã chạy và "
                    + (file == null ? "dòng này (không ghi được tệp báo cáo chi tiết)" : file) + " cho người bảo trì Loa";
        }
        try {
            err.println(printable(line));
            err.flush();
        } catch (RuntimeException e) {
            // Nothing more can be said.
        }
        return Main.CONTENT_ERROR;
    }

    private static boolean outOfMemory(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** The failure's kind and the first line of its message, short. */
    static String summary(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("").strip();
        if (message.length() > 200) {
            message = message.substring(0, 200) + "…";
        }
        if (message.isEmpty() && t instanceof StackOverflowError) {
            message = "tràn ngăn xếp";
        }
        return t.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    /** Writes {@code loa-su-co-<time>.txt} (a new file, never one already there) and returns its path. */
    Path writeReport(Throwable t, String command) throws IOException {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        String version = Main.class.getPackage().getImplementationVersion();
        String text = "Báo cáo sự cố của Loa " + (version == null ? "dev" : version) + "\n"
                + "Thời điểm: " + LocalDateTime.now() + "\n"
                + "Lệnh: loa " + (command == null ? "" : command) + "\n"
                + "Java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "\n"
                + "Bộ nhớ tối đa: " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB\n\n"
                + trace;
        String base = "loa-su-co-" + LocalDateTime.now().format(STAMP);
        for (int n = 1; ; n++) {
            Path file = reportFolder.resolve(base + (n == 1 ? "" : "-" + n) + ".txt");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                w.write(text);
                return file.toAbsolutePath();
            } catch (FileAlreadyExistsException e) {
                if (n >= 100) {
                    throw e;
                }
            }
        }
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

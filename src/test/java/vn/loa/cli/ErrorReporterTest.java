package vn.loa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.loa.LoaException;
import vn.loa.load.ContentErrors;

/**
 * How failures reach the terminal: the message form, the exit code, no raw control characters,
 * and never a Java error or stack trace: a fault of Loa is one line naming a report file.
 */
class ErrorReporterTest {

    @TempDir
    Path reports;

    private String[] report(Exception e) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new Main()).getSubcommands().get("build");
        cl.setErr(new PrintWriter(out, true));
        int exit = new ErrorReporter(reports).handleExecutionException(e, cl, null);
        return new String[] {String.valueOf(exit), out.toString()};
    }

    /** A command that fails the way Loa itself might. */
    @CommandLine.Command(name = "hong")
    static final class Failing implements Runnable {
        static Throwable failure;

        @Override
        public void run() {
            if (failure instanceof Error e) {
                throw e;
            }
            throw (RuntimeException) failure;
        }
    }

    /** Runs a command that throws {@code t} through {@link Main#execute}: exit code and error output. */
    private String[] execute(Throwable t) {
        Failing.failure = t;
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new Main()).addSubcommand(new Failing());
        cl.setErr(new PrintWriter(out, true));
        cl.setExecutionExceptionHandler(new ErrorReporter(reports));
        int exit = Main.execute(cl, new ErrorReporter(reports), "hong");
        return new String[] {String.valueOf(exit), out.toString()};
    }

    /** The one report file written, checked to hold the stack trace. */
    private Path theReport(String err, String... contains) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(reports)) {
            files = s.toList();
        }
        assertEquals(1, files.size(), files::toString);
        Path file = files.get(0);
        assertTrue(file.getFileName().toString().matches("loa-su-co-\\d{8}-\\d{6}\\.txt"), file::toString);
        assertTrue(err.contains(file.toAbsolutePath().toString()), "the line names the report: " + err);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("\tat "), "the report holds the stack trace");
        for (String c : contains) {
            assertTrue(text.contains(c), () -> c + " in " + text);
        }
        return file;
    }

    private static void oneLineNoStackTrace(String err) {
        assertEquals(1, err.strip().lines().count(), err);
        assertFalse(err.contains("\tat "), err);
        assertTrue(err.startsWith("lỗi: "), err);
        assertTrue(err.contains(" — cách sửa: "), err);
    }

    @Test
    void contentErrorsOneALine() {
        String[] r = report(new ContentErrors(List.of(
                new LoaException(Path.of("content/tin-tuc/a.md"), 3, "ngày sai", "sửa ngày"),
                new LoaException(Path.of("content/tin-tuc/b.md"), 0, "tệp rỗng", "xóa tệp"))));
        assertEquals("1", r[0]);
        assertEquals("content/tin-tuc/a.md:3: lỗi: ngày sai — cách sửa: sửa ngày\n"
                + "content/tin-tuc/b.md: lỗi: tệp rỗng — cách sửa: xóa tệp\n"
                + "2 lỗi; thư mục xuất cũ được giữ nguyên.\n", r[1].replace("\r\n", "\n"));
    }

    @Test
    void controlCharactersAreEscaped() {
        String[] r = report(new LoaException(Path.of("themes/x/templates/a.peb"), 5, "Unexpected character [\0]", "sửa mẫu"));
        assertTrue(r[1].contains("[\\u0000]"), r[1]);
        assertTrue(r[1].chars().noneMatch(c -> c == 0), r[1]);
    }

    @Test
    void accessDenied() {
        String[] r = report(new UncheckedIOException(new AccessDeniedException("/srv/www/site")));
        assertEquals("1", r[0]);
        assertTrue(r[1].startsWith("/srv/www/site: lỗi: không có quyền"), r[1]);
        assertTrue(r[1].contains("cách sửa:"), r[1]);
    }

    @Test
    void diskFull() {
        String[] r = report(new UncheckedIOException(new FileSystemException("/srv/www/site/a.html", null, "No space left on device")));
        assertTrue(r[1].contains("ổ đĩa đã đầy"), r[1]);
    }

    @Test
    void unexpectedFailureIsLoasFaultNotABareStackTrace() throws IOException {
        String[] r = report(new IllegalStateException("hỏng\ndòng thứ hai"));
        assertEquals("1", r[0]);
        assertTrue(r[1].startsWith("lỗi: Loa gặp sự cố ngoài dự kiến khi chạy lệnh 'loa build' (IllegalStateException: hỏng)"), r[1]);
        oneLineNoStackTrace(r[1]);
        theReport(r[1], "IllegalStateException: hỏng", "Lệnh: loa build");
    }

    @Test
    void aStackOverflowIsOneLineAndAReport() throws IOException {
        String[] r = execute(new StackOverflowError());
        assertEquals("1", r[0]);
        assertTrue(r[1].startsWith("lỗi: Loa gặp sự cố ngoài dự kiến khi chạy lệnh 'loa hong' (StackOverflowError: tràn ngăn xếp)"), r[1]);
        oneLineNoStackTrace(r[1]);
        theReport(r[1], "java.lang.StackOverflowError");
    }

    @Test
    void runningOutOfMemorySaysHowToGiveLoaMore() throws IOException {
        String[] r = execute(new OutOfMemoryError("Java heap space"));
        assertEquals("1", r[0]);
        oneLineNoStackTrace(r[1]);
        assertTrue(r[1].startsWith("lỗi: Loa hết bộ nhớ khi chạy lệnh 'loa hong'"), r[1]);
        assertTrue(r[1].contains("LOA_JAVA_OPTS"), r[1]);
        theReport(r[1], "OutOfMemoryError: Java heap space");
    }

    @Test
    void anUnexpectedExceptionThroughTheCommandLineToo() throws IOException {
        String[] r = execute(new NullPointerException());
        assertEquals("1", r[0]);
        oneLineNoStackTrace(r[1]);
        theReport(r[1], "NullPointerException");
    }

    @Test
    void reportsNeverOverwriteAFile() throws IOException {
        ErrorReporter reporter = new ErrorReporter(reports);
        Path a = reporter.writeReport(new IllegalStateException("một"), "build");
        Path b = reporter.writeReport(new IllegalStateException("hai"), "build");
        assertNotEquals(a, b);
        assertTrue(Files.readString(a).contains("một") && Files.readString(b).contains("hai"));
    }

    @Test
    void withoutAPlaceForTheReportTheLineStillSaysWhatFailed() {
        StringWriter out = new StringWriter();
        int exit = new ErrorReporter(reports.resolve("khong-co")).fatal(new StackOverflowError(), new PrintWriter(out, true), "build");
        assertEquals(1, exit);
        oneLineNoStackTrace(out.toString());
        assertTrue(out.toString().contains("không ghi được tệp báo cáo"), out::toString);
    }
}

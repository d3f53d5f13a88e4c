package vn.loa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.loa.LoaException;
import vn.loa.load.ContentErrors;

/** How failures reach the terminal: the message form, the exit code, no raw control characters. */
class ErrorReporterTest {

    private static String[] report(Exception e) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new Main()).getSubcommands().get("build");
        cl.setErr(new PrintWriter(out, true));
        int exit = new ErrorReporter().handleExecutionException(e, cl, null);
        return new String[] {String.valueOf(exit), out.toString()};
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
    void unexpectedFailureIsLoasFaultNotABareStackTrace() {
        String[] r = report(new IllegalStateException("hỏng"));
        assertEquals("1", r[0]);
        assertTrue(r[1].startsWith("lỗi: Loa gặp sự cố ngoài dự kiến"), r[1]);
        assertTrue(r[1].contains("cách sửa:"), r[1]);
    }
}

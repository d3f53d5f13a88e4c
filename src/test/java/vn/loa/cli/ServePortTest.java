package vn.loa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.check.Cli;

/** A port in use is said at once, in the editor's words, before anything is built. */
class ServePortTest {

    @TempDir
    Path dir;

    @Test
    void aPortInUseIsSaidBeforeTheSiteIsBuilt() throws Exception {
        Path post = dir.resolve("content/tin-tuc/tin.md");
        Files.createDirectories(post.getParent());
        Files.writeString(post, "---\ntitle: Tin\ndate: 2025-04-15\n---\n\nMột tin.\n");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Cli r = Cli.run("serve", "--source", dir.toString(), "--port", String.valueOf(port));
            assertEquals(Main.CONTENT_ERROR, r.exit(), r.out() + r.err());
            assertTrue(r.err().contains("lỗi: cổng " + port + " đang được một chương trình khác dùng"), r.err());
            assertTrue(r.err().contains("cách sửa: dừng chương trình đó, hoặc chọn cổng khác: loa serve --port " + (port + 1)), r.err());
            assertFalse(r.err().contains("tệp"), "not a file's problem: " + r.err());
            assertFalse(Files.exists(dir.resolve("site")), "nothing built");
        }
    }
}

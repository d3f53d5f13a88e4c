package vn.loa.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.LoaException;

/** {@code loa publish ftp://…} against a real FTP server in this JVM (Apache FtpServer). */
class FtpPublishTest {

    static final String ROOT = "khcn/";

    @TempDir
    Path dir;

    FtpServerFixture server;
    SampleSite site;
    final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        server = new FtpServerFixture(dir.resolve("server"));
        site = new SampleSite(dir.resolve("site"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Publisher publisher(String password) {
        Destination dest = Destination.parse(server.url("ftp", "/khcn"), null, 0, dir);
        Map<String, String> env = password == null ? Map.of() : Map.of(Credentials.PASSWORD_ENV, password);
        return new Publisher(new Publisher.Options(site.dir, dest, false, null, null, false, env, null),
                new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    Path target() {
        return server.root.resolve(ROOT);
    }

    List<String> sent() {
        return server.sent().stream().map(p -> p.substring(ROOT.length())).toList();
    }

    @Test
    void firstPublishThenOnlyTheChangesAndTheClearTextWarning() throws Exception {
        assertEquals(site.count(), publisher(FtpServerFixture.PASSWORD).publish().added());
        assertEquals(site.published(), SampleSite.content(target()));
        assertEquals(site.count(), sent().size());
        assertTrue(output.toString(StandardCharsets.UTF_8).contains("không mã hóa"));
        assertFalse(output.toString(StandardCharsets.UTF_8).contains(FtpServerFixture.PASSWORD));

        server.forget();
        site.write("feed.xml", "<feed/>");
        site.write("assets/loa.css", "body{}");
        site.write("tin-tuc/moi/index.html", "<p>mới</p>");
        site.delete("tin-tuc/hoi-thao/ke-hoach.pdf");
        Publisher.Summary second = publisher(FtpServerFixture.PASSWORD).publish();
        assertEquals(1, second.added());
        assertEquals(2, second.changed());
        assertEquals(1, second.deleted());
        assertEquals(List.of("assets/loa.css", "tin-tuc/moi/index.html", "feed.xml"), sent());
        // Apache FtpServer will not rename over a file, so a changed file's old copy goes just before its new one
        // takes its place; the file gone from the site goes last.
        List<String> removed = server.removed.stream().filter(p -> !p.contains(".loa-publish")).toList();
        assertEquals(List.of(ROOT + "assets/loa.css", ROOT + "feed.xml", ROOT + "tin-tuc/hoi-thao/ke-hoach.pdf"), removed);
        assertEquals(site.published(), SampleSite.content(target()));
    }

    @Test
    void anInterruptedPublishResumes() throws Exception {
        assertThrows(LoaException.class, () -> publisher(FtpServerFixture.PASSWORD).failAfter(5).publish());
        assertEquals(5, sent().size());
        server.forget();
        assertEquals(site.count() - 5, publisher(FtpServerFixture.PASSWORD).publish().added());
        assertEquals(site.count() - 5, sent().size());
        assertEquals(site.published(), SampleSite.content(target()));
        assertFalse(Files.exists(target().resolve(Manifest.JOURNAL)));
    }

    @Test
    void ftpsRefusesACertificateNoTrustedAuthoritySignedBeforeSendingThePassword() throws Exception {
        server.close();
        server = new FtpServerFixture(dir.resolve("tls"), FtpServerFixture.selfSigned(dir.resolve("ftp.p12")));
        Destination dest = Destination.parse(server.url("ftps", "/khcn"), null, 0, dir);
        Publisher p = new Publisher(new Publisher.Options(site.dir, dest, false, null, null, false,
                Map.of(Credentials.PASSWORD_ENV, FtpServerFixture.PASSWORD), null), new PrintStream(output, true, StandardCharsets.UTF_8));
        LoaException e = assertThrows(LoaException.class, p::publish);
        assertTrue(e.getMessage().contains("chứng chỉ TLS của 127.0.0.1 không được tin"), e.getMessage());
        assertFalse(output.toString(StandardCharsets.UTF_8).contains("không mã hóa"), "ftps:// is not warned about as ftp:// is");
        assertFalse(Files.exists(server.root.resolve("khcn")));
    }

    @Test
    void aWrongOrMissingPasswordIsRefusedClearly() {
        LoaException wrong = assertThrows(LoaException.class, () -> publisher("sai-roi").publish());
        assertTrue(wrong.getMessage().contains("không cho tài khoản 'bientap' đăng nhập"), wrong.getMessage());
        assertFalse(wrong.getMessage().contains("sai-roi"));
        LoaException missing = assertThrows(LoaException.class, () -> publisher(null).publish());
        assertTrue(missing.getMessage().contains(Credentials.PASSWORD_ENV), missing.getMessage());
        assertFalse(Files.exists(target()));
    }
}

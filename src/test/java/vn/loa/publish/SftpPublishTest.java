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

/** {@code loa publish sftp://…} against a real SFTP server in this JVM (Apache MINA SSHD). */
class SftpPublishTest {

    static final String ROOT = "www/khcn/";

    @TempDir
    Path dir;

    SftpServerFixture server;
    SampleSite site;
    Path knownHosts;
    final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        server = new SftpServerFixture(dir.resolve("server"));
        site = new SampleSite(dir.resolve("site"));
        knownHosts = server.knownHosts(dir.resolve("known_hosts"), server.hostKey.getPublic());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    Publisher publisher(String password, Path identity, Path hosts, boolean acceptNew) {
        Destination dest = Destination.parse(server.url("/" + ROOT.substring(0, ROOT.length() - 1)), null, 0, dir);
        Map<String, String> env = password == null ? Map.of() : Map.of(Credentials.PASSWORD_ENV, password);
        return new Publisher(new Publisher.Options(site.dir, dest, false, identity, hosts, acceptNew, env, null),
                new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    Publisher publisher() {
        return publisher(SftpServerFixture.PASSWORD, null, knownHosts, false);
    }

    Path target() {
        return server.root.resolve(ROOT);
    }

    List<String> sent() {
        return server.sent().stream().map(p -> p.substring(ROOT.length())).toList();
    }

    @Test
    void firstPublishSendsEverythingAndIncrementalOnlyTheChanges() throws Exception {
        Publisher.Summary first = publisher().publish();
        assertEquals(site.count(), first.added());
        assertEquals(site.published(), SampleSite.content(target()));
        assertEquals(site.count(), sent().size());
        assertTrue(Files.exists(target().resolve(Manifest.NAME)));
        assertFalse(Files.exists(target().resolve(Manifest.JOURNAL)));

        server.forget();
        site.write("tin-tuc/hoi-thao/index.html", "<p>sửa</p>");
        site.write("tin-tuc/moi/index.html", "<p>mới</p>");
        site.write("assets/moi.css", "p{}");
        site.delete("anh/bia.png");
        Publisher.Summary second = publisher().publish();
        assertEquals(2, second.added());
        assertEquals(1, second.changed());
        assertEquals(1, second.deleted());
        // Only the changes crossed the wire, assets before pages, the removal last.
        assertEquals(List.of("assets/moi.css", "tin-tuc/hoi-thao/index.html", "tin-tuc/moi/index.html"), sent());
        assertTrue(server.removed.contains(ROOT + "anh/bia.png"), server.removed.toString());
        assertEquals(site.published(), SampleSite.content(target()));

        server.forget();
        Publisher.Summary third = publisher().publish();
        assertEquals(0, third.added() + third.changed() + third.deleted());
        assertEquals(List.of(), sent());
    }

    @Test
    void anInterruptedPublishResumesWithWhatIsMissing() throws Exception {
        LoaException e = assertThrows(LoaException.class, () -> publisher().failAfter(4).publish());
        assertTrue(e.getMessage().contains("chạy lại lệnh"), e.getMessage());
        assertEquals(4, sent().size());
        assertTrue(Files.exists(target().resolve(Manifest.JOURNAL)));
        assertFalse(Files.exists(target().resolve(Manifest.NAME)));

        server.forget();
        Publisher.Summary resumed = publisher().publish();
        assertEquals(site.count() - 4, resumed.added());
        assertEquals(site.count() - 4, sent().size());
        assertEquals(site.published(), SampleSite.content(target()));
        assertFalse(Files.exists(target().resolve(Manifest.JOURNAL)));
        assertTrue(output.toString(StandardCharsets.UTF_8).contains("bị ngắt giữa chừng"));
    }

    @Test
    void aKeyFileLogsIn() throws Exception {
        Path key = server.clientKeyFile(dir.resolve("id_ed25519"));
        publisher(null, key, knownHosts, false).publish();
        assertEquals(site.published(), SampleSite.content(target()));
    }

    @Test
    void aWrongPasswordIsRefusedClearly() {
        LoaException e = assertThrows(LoaException.class, () -> publisher("sai", null, knownHosts, false).publish());
        assertTrue(e.getMessage().contains("không cho tài khoản 'bientap' đăng nhập"), e.getMessage());
        assertFalse(e.getMessage().contains("sai"), "the password is never shown: " + e.getMessage());
        assertFalse(Files.exists(target()));
    }

    @Test
    void aChangedHostKeyStopsThePublishEvenWithAcceptNew() throws Exception {
        Path other = server.knownHosts(dir.resolve("known_hosts_old"), SftpServerFixture.ed25519().getPublic());
        String before = Files.readString(other);
        LoaException e = assertThrows(LoaException.class,
                () -> publisher(SftpServerFixture.PASSWORD, null, other, true).publish());
        assertTrue(e.getMessage().contains("KHÁC với khóa đã ghi"), e.getMessage());
        assertEquals(before, Files.readString(other));
        assertFalse(Files.exists(target()));
    }

    @Test
    void anUnknownHostKeyStopsUnlessAcceptedThenItIsRecorded() throws Exception {
        Path hosts = dir.resolve("ssh/known_hosts");
        LoaException e = assertThrows(LoaException.class, () -> publisher(SftpServerFixture.PASSWORD, null, hosts, false).publish());
        assertTrue(e.getMessage().contains("chưa có trong") && e.getMessage().contains("--accept-new-host-key"), e.getMessage());
        assertFalse(Files.exists(target()));

        publisher(SftpServerFixture.PASSWORD, null, hosts, true).publish();
        assertTrue(Files.readString(hosts).contains("[127.0.0.1]:" + server.port()), Files.readString(hosts));
        site.write("index.html", "mới");
        assertEquals(1, publisher(SftpServerFixture.PASSWORD, null, hosts, false).publish().changed());
    }

    @Test
    void aFolderNotMadeByLoaIsNeverTouched() throws Exception {
        Files.createDirectories(target());
        Files.writeString(target().resolve("cu.html"), "trang cũ");
        LoaException e = assertThrows(LoaException.class, () -> publisher().publish());
        assertTrue(e.getMessage().contains("không phải do 'loa publish'"), e.getMessage());
        assertEquals(Map.of("cu.html", "trang cũ"), SampleSite.files(target()).entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, x -> new String(x.getValue().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))));
    }
}

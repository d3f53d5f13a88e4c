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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.LoaException;

/** {@code loa publish FOLDER}: a mounted share or a folder on this machine. */
class LocalPublishTest {

    @TempDir
    Path dir;

    SampleSite site;
    Path target;
    final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeEach
    void site() throws Exception {
        site = new SampleSite(dir.resolve("site"));
        target = dir.resolve("chia-se/khcn");
    }

    Publisher publisher(boolean dryRun) {
        return new Publisher(new Publisher.Options(site.dir, Destination.parse(target.toString(), null, 0, dir), dryRun, null, null,
                false, Map.of(), null), new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    @Test
    void publishesThenMirrorsEditsAndRemovalsAndRemovesEmptiedFolders() throws Exception {
        assertEquals(site.count(), publisher(false).publish().added());
        assertEquals(site.published(), SampleSite.content(target));

        site.delete("tin-tuc/hoi-thao/index.html");
        site.delete("tin-tuc/hoi-thao/ke-hoach.pdf");
        site.write("index.html", "trang chủ mới");
        Publisher.Summary s = publisher(false).publish();
        assertEquals(1, s.changed());
        assertEquals(2, s.deleted());
        assertEquals(site.published(), SampleSite.content(target));
        assertFalse(Files.exists(target.resolve("tin-tuc/hoi-thao")), "a folder left empty goes too");
        assertTrue(s.line("đích").startsWith("Đã xuất bản lên đích: thêm 0 tệp, sửa 1 tệp, xóa 2 tệp, đã gửi "), s.line("đích"));
    }

    @Test
    void aDryRunSaysWhatItWouldDoAndChangesNothing() throws Exception {
        publisher(false).publish();
        site.write("assets/loa.css", "body{}");
        site.delete("feed.xml");
        Map<String, String> before = SampleSite.files(target);
        Publisher.Summary s = publisher(true).publish();
        assertEquals(before, SampleSite.files(target));
        String out = output.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("  sửa assets/loa.css (6 byte)") && out.contains("  xóa feed.xml"), out);
        assertEquals("Chạy thử, chưa thay đổi gì trên đích: sẽ thêm 0 tệp, sửa 1 tệp, xóa 1 tệp, gửi 6 byte.", s.line("đích"));
    }

    @Test
    void anInterruptedPublishResumesAndKeepsItsJournalUntilDone() throws Exception {
        assertThrows(LoaException.class, () -> publisher(false).failAfter(3).publish());
        assertTrue(Files.readString(target.resolve(Manifest.JOURNAL)).lines().count() == 3);
        assertEquals(site.count() - 3, publisher(false).publish().added());
        assertEquals(site.published(), SampleSite.content(target));
        assertFalse(Files.exists(target.resolve(Manifest.JOURNAL)));
    }

    @Test
    void aFolderNotMadeByLoaIsRefusedUnlessEmpty() throws Exception {
        Files.createDirectories(target);
        Files.writeString(target.resolve("tai-lieu.docx"), "của người khác");
        LoaException e = assertThrows(LoaException.class, () -> publisher(false).publish());
        assertTrue(e.getMessage().contains("không phải do 'loa publish'"), e.getMessage());
        assertEquals(Map.of("tai-lieu.docx", "của người khác".transform(t -> new String(t.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1))), SampleSite.files(target));
    }

    @Test
    void onlyFilesOfAPreviousLoaPublishAreEverRemoved() throws Exception {
        publisher(false).publish();
        Files.writeString(target.resolve("xac-minh-google.html"), "của người khác");
        site.delete("404.html");
        publisher(false).publish();
        assertTrue(Files.exists(target.resolve("xac-minh-google.html")));
        assertFalse(Files.exists(target.resolve("404.html")));
    }

    @Test
    void aManifestNamingAPathOutsideTheTargetIsRefused() throws Exception {
        publisher(false).publish();
        Path victim = Files.writeString(dir.resolve("chia-se/quan-trong.txt"), "giữ");
        Files.writeString(target.resolve(Manifest.NAME), Files.readString(target.resolve(Manifest.NAME))
                + "0".repeat(64) + " 3 ../quan-trong.txt\n");
        LoaException e = assertThrows(LoaException.class, () -> publisher(false).publish());
        assertTrue(e.getMessage().contains("ra ngoài thư mục xuất bản"), e.getMessage());
        assertTrue(Files.exists(victim));
    }

    @Test
    void theSiteFolderItselfOrAFolderInsideItIsRefused() {
        for (Path bad : new Path[] {site.dir, site.dir.resolve("ban-sao"), dir}) {
            Publisher p = new Publisher(new Publisher.Options(site.dir, Destination.parse(bad.toString(), null, 0, dir), false, null,
                    null, false, Map.of(), null), new PrintStream(output, true, StandardCharsets.UTF_8));
            assertThrows(LoaException.class, p::publish, bad.toString());
        }
    }
}

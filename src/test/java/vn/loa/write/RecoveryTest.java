package vn.loa.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.LoaException;
import vn.loa.engine.Engine;
import vn.loa.engine.SiteFiles;

/**
 * What a killed build leaves is finished or cleaned by the next run, and nothing else is touched:
 * a staging folder with its journal (the build had made every file) is moved into place, even when
 * the kill came halfway through the move; one without a journal is deleted; an old site folder
 * that an earlier Loa moved aside is put back when the output is missing and deleted otherwise;
 * folders without Loa's mark are left as they are.
 */
class RecoveryTest {

    static final String NEWS = "content/tin-tuc/trao-tang-can-doi-chung-cho-cac-cho.md";
    static final String OTHER = "content/tin-tuc/khai-mac-trien-lam-anh-hanh-trinh-doi-moi.md";

    /** A process killed: nothing catches it and nothing cleans up after it. */
    static final class Killed extends Error {
        Killed() {
            super("killed");
        }
    }

    @TempDir
    Path dir;

    SiteFiles site;

    @BeforeEach
    void goodBuild() {
        site = SiteFiles.sample(dir);
        site.build();
    }

    @AfterEach
    void noKill() {
        Staging.beforeRollForward = () -> { };
    }

    @Test
    void aBuildKilledBeforeMovingItsFilesIsFinishedByTheNextRun() {
        Map<String, String> before = OutputSnapshot.exactly(site.output);
        editSoThatFilesAreWrittenAndRemoved();
        killBeforeRollForward(site::build);

        assertEquals(before, OutputSnapshot.exactly(site.output), "the killed build changed nothing yet");
        Path staging = single(".site.loa-new-");
        assertTrue(Files.exists(staging.resolve(SiteWriter.JOURNAL)), "its journal is written");

        new SiteWriter(site.output).recover();
        assertEquals(List.of(), OutputSnapshot.beside(site.output), "the staging folder is gone");
        assertSameAsCleanBuild("the killed build, finished");
        site.build();
        assertSameAsCleanBuild("the next build");
    }

    @Test
    void aBuildKilledHalfwayThroughTheMoveIsFinished() throws IOException {
        editSoThatFilesAreWrittenAndRemoved();
        killBeforeRollForward(site::build);
        Path staging = single(".site.loa-new-");
        List<Path> staged = stagedFiles(staging);
        assertTrue(staged.size() >= 4, staged::toString);
        for (Path p : staged.subList(0, staged.size() / 2)) { // as the move would have left them
            Path target = site.output.resolve(staging.relativize(p).toString());
            Files.createDirectories(target.getParent());
            Files.move(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        site.build();
        assertEquals(List.of(), OutputSnapshot.beside(site.output));
        assertSameAsCleanBuild("the next build after a kill halfway through the move");
    }

    @Test
    void anEngineKeptAcrossBuildsGoesOnAfterACommitThatFailed() {
        Engine engine = new Engine(site.options());
        engine.build();
        site.write("content/tin-tuc/tin-moi.md", "---\ntitle: Tin mới\ndate: 2022-09-16\ntags: [đào tạo]\n---\n\nNội dung.\n");
        engine.changed(List.of(site.root.resolve("content/tin-tuc/tin-moi.md")));
        killBeforeRollForward(engine::build);
        // The next build finds the journal, finishes that build, then makes its own over it.
        site.delete("content/tin-tuc/tin-moi.md");
        site.replace(NEWS, "title: Trao tặng cân đối chứng cho 24 chợ", "title: Trao tặng cân đối chứng cho 25 chợ");
        engine.changed(List.of(site.root.resolve("content/tin-tuc/tin-moi.md"), site.root.resolve(NEWS)));
        engine.build();
        assertSameAsCleanBuild("one engine, after a commit that failed");
    }

    @Test
    void anEngineKeptAcrossBuildsGoesOnAfterAnotherBuildWroteTheOutput() {
        Engine engine = new Engine(site.options());
        engine.build();
        // loa build, run while loa serve runs, with drafts: the output now holds another site.
        site.write("content/tin-tuc/nhap.md", "---\ntitle: Bản nháp\ndate: 2022-09-16\ndraft: true\n---\n\nNháp.\n");
        vn.loa.engine.Builder.build(site.options().withDrafts(true));
        assertTrue(Files.exists(site.output.resolve("tin-tuc/nhap/index.html")));
        site.replace(NEWS, "title: Trao tặng cân đối chứng cho 24 chợ", "title: Trao tặng cân đối chứng cho 25 chợ");
        engine.changed(List.of(site.root.resolve(NEWS), site.root.resolve("content/tin-tuc/nhap.md")));
        engine.build();
        assertSameAsCleanBuild("one engine, after another build wrote the output");
    }

    @Test
    void aStagingFolderWithoutJournalIsDeleted() {
        Path staging = site.output.resolveSibling(".site.loa-new-0badc0de");
        OutputSnapshot.write(staging.resolve(SiteWriter.MARK), SiteWriter.markText(null));
        OutputSnapshot.write(staging.resolve("tin-tuc/index.html"), "một tệp của lần xây dựng bị dừng");
        site.replace(NEWS, "title: Trao tặng cân đối chứng cho 24 chợ", "title: Trao tặng cân đối chứng cho 25 chợ");
        site.build();
        assertFalse(Files.exists(staging));
        assertEquals(List.of(), OutputSnapshot.beside(site.output));
        assertSameAsCleanBuild("a build after a staging folder without journal");
    }

    @Test
    void anOldSiteIsPutBackWhenTheOutputIsMissing() throws IOException {
        Map<String, String> before = OutputSnapshot.exactly(site.output);
        Path old = site.output.resolveSibling(".site.loa-old-1a2b3c4d");
        Files.move(site.output, old);
        new SiteWriter(site.output).recover();
        assertFalse(Files.exists(old));
        assertEquals(before, OutputSnapshot.exactly(site.output), "the old site is back, as it was");
        site.build();
        assertSameAsCleanBuild("a build after the old site was put back");
    }

    @Test
    void anOldSiteIsDeletedWhenTheOutputExists() {
        Path old = site.output.resolveSibling(".site.loa-old-1a2b3c4d");
        OutputSnapshot.copy(site.output, old);
        OutputSnapshot.write(old.resolve("tin-tuc/index.html"), "trang cũ");
        site.build();
        assertFalse(Files.exists(old));
        assertEquals(List.of(), OutputSnapshot.beside(site.output));
        assertSameAsCleanBuild("a build after an old site was left beside the output");
    }

    @Test
    void foldersWithoutLoasMarkAreNeverTouched() {
        Path notStaging = site.output.resolveSibling(".site.loa-new-12345678");
        Path notOld = site.output.resolveSibling(".site.loa-old-12345678");
        Path withJournal = site.output.resolveSibling(".site.loa-new-87654321");
        OutputSnapshot.write(notStaging.resolve("ghi-chu.txt"), "của người dùng");
        OutputSnapshot.write(notOld.resolve("ghi-chu.txt"), "của người dùng");
        OutputSnapshot.write(withJournal.resolve(SiteWriter.JOURNAL), "remove: index.html\n");
        OutputSnapshot.write(withJournal.resolve("ghi-chu.txt"), "của người dùng");
        Path file = site.output.resolveSibling(".site.loa-new-abcdef01");
        OutputSnapshot.write(file, "một tệp, không phải thư mục");
        Map<String, String> theirs = OutputSnapshot.exactly(site.root);
        theirs.keySet().removeIf(p -> p.equals("site") || p.startsWith("site/") || p.startsWith("content") || p.startsWith("themes"));

        site.replace(NEWS, "title: Trao tặng cân đối chứng cho 24 chợ", "title: Trao tặng cân đối chứng cho 25 chợ");
        site.build();
        new SiteWriter(site.output).recover();
        Map<String, String> after = OutputSnapshot.exactly(site.root);
        after.keySet().removeIf(p -> p.equals("site") || p.startsWith("site/") || p.startsWith("content") || p.startsWith("themes"));
        assertEquals(theirs, after, "folders and files without the mark are left as they are");
        assertSameAsCleanBuild("the build beside them");
    }

    @Test
    void anOutputFolderWithoutTheMarkIsRefusedAndLeftAlone() {
        Path mine = site.root.resolve("cua-toi");
        OutputSnapshot.write(mine.resolve("index.html"), "trang của tôi");
        Map<String, String> before = OutputSnapshot.exactly(mine);
        assertThrows(LoaException.class, () -> vn.loa.engine.Builder.build(site.options().withOutput(mine)));
        assertEquals(before, OutputSnapshot.exactly(mine));
        try (Stream<Path> s = Files.list(site.root)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Edits that make a build write some files and remove others. */
    private void editSoThatFilesAreWrittenAndRemoved() {
        site.replace(NEWS, "title: Trao tặng cân đối chứng cho 24 chợ", "title: Trao tặng cân đối chứng cho 25 chợ");
        site.delete(OTHER);
        site.write("content/tin-tuc/tin-moi.md", "---\ntitle: Tin mới\ndate: 2022-09-16\ntags: [đào tạo]\n---\n\nNội dung.\n");
    }

    private static void killBeforeRollForward(Runnable build) {
        Staging.beforeRollForward = () -> {
            throw new Killed();
        };
        try {
            assertThrows(Killed.class, build::run);
        } finally {
            Staging.beforeRollForward = () -> { };
        }
    }

    private Path single(String prefix) {
        try (Stream<Path> s = Files.list(site.output.getParent())) {
            List<Path> found = s.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
            assertEquals(1, found.size(), found::toString);
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> stagedFiles(Path staging) throws IOException {
        try (Stream<Path> s = Files.walk(staging)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".loa-")).sorted().toList();
        }
    }

    private void assertSameAsCleanBuild(String what) {
        Path clean = dir.resolve("sach-" + System.nanoTime());
        SiteFiles.assertSameTree(site.cleanBuild(clean), SiteFiles.tree(site.output), what);
    }
}

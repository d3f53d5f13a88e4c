package vn.loa.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serve makes the outputs of the pages a save touched first, and leaves the rest (the search
 * index; after a save that changes more than bodies, the other lists) to a task it runs a moment
 * later, and cancels when another save comes first. Whatever the saves, once the last task has
 * run the output is a clean build's.
 */
class DeferredOutputsTest {

    static final String NEWS = "content/tin-tuc/trao-tang-can-doi-chung-cho-cac-cho.md";
    static final String NEW = "content/tin-tuc/tin-moi.md";
    static final String NEW_POST = "---\ntitle: Tin mới về đo lường\ndate: 2025-05-10\n---\n\nMột tin mới.\n";

    @TempDir
    Path dir;

    SiteFiles site;
    Engine engine;
    final List<Runnable> tasks = new ArrayList<>();

    @BeforeEach
    void serve() {
        site = SiteFiles.sample(dir);
        engine = new Engine(site.options());
        engine.build(tasks::add);
    }

    /** A build as serve makes it: told what changed, its task for later kept, an earlier one dropped. */
    private BuildResult save(String... files) {
        return saveOpen(java.util.Set.of(), files);
    }

    /** The same, with these files of the output open in a browser. */
    private BuildResult saveOpen(java.util.Set<String> open, String... files) {
        tasks.clear();
        engine.changed(java.util.Arrays.stream(files).map(f -> site.root.resolve(f)).toList());
        return engine.build(tasks::add, open);
    }

    private void later() {
        tasks.forEach(Runnable::run);
        tasks.clear();
    }

    @Test
    void aNewPageShowsAtOnceAndTheListsThatShiftFollow() {
        site.write(NEW, NEW_POST.replace("date: 2025-05-10\n", "date: 2025-05-10\ntags: [đào tạo]\n"));
        BuildResult r = save(NEW);
        assertTrue(Files.exists(site.output.resolve("tin-tuc/tin-moi/index.html")), "the new page at once");
        assertTrue(r.made().size() < 15, () -> "only its page and the lists that show it first: " + r.made());
        later();
        assertSameAsCleanBuild();
    }

    @Test
    void aNewPageIsMadeFirstWithTheOpenPagesAndItsListsFollow() {
        site.write(NEW, NEW_POST.replace("date: 2025-05-10\n", "date: 2025-05-10\ntags: [đào tạo]\n"));
        BuildResult r = saveOpen(java.util.Set.of("the/dao-tao/index.html"), NEW);
        assertTrue(site.read("site/the/dao-tao/index.html").contains("Tin mới về đo lường"), "the open list at once");
        assertFalse(site.read("site/nam/2025/index.html").contains("Tin mới về đo lường"), "a list of another kind follows");
        assertTrue(r.made().size() < 5, r.made()::toString);
        later();
        assertTrue(site.read("site/nam/2025/index.html").contains("Tin mới về đo lường"));
        assertSameAsCleanBuild();
    }

    @Test
    void aPageAddedRenamedAndDeletedBeforeTheRestIsMadeIsGoneAtOnce() {
        site.write(NEW, NEW_POST);
        save(NEW);
        site.move(NEW, "content/tin-tuc/tin-moi-2.md");
        save(NEW, "content/tin-tuc/tin-moi-2.md"); // the first save's task is dropped
        assertFalse(Files.exists(site.output.resolve("tin-tuc/tin-moi")), "the first address at once");
        assertTrue(Files.exists(site.output.resolve("tin-tuc/tin-moi-2/index.html")));
        site.delete("content/tin-tuc/tin-moi-2.md");
        save("content/tin-tuc/tin-moi-2.md"); // and the second's
        assertFalse(Files.exists(site.output.resolve("tin-tuc/tin-moi-2")), "the second address at once");
        later();
        assertSameAsCleanBuild();
    }

    @Test
    void aPageRemovedBeforeItsChecksRunIsLeftToTheNextSave() {
        site.write(NEW, NEW_POST);
        save(NEW);
        site.delete(NEW); // an editor's temporary file, renamed away at once
        assertTrue(engine.check().stream().noneMatch(f -> f.contains("tin-moi.md")), "nothing said of a file no longer there");
    }

    @Test
    void aPhotoReplacedAfterSavesOfTextAloneIsMadeAgain() throws Exception {
        String photo = "content/tin-tuc/ngay-hoi-khoi-nghiep-hoc-duong-2025/gian-trung-bay.jpg";
        site.replace(NEWS, "\n---\n", "\n---\n\nMột đoạn mới.\n");
        save(NEWS); // text alone: the photos are those of the last build, not looked at again
        later();
        byte[] before = Files.readAllBytes(site.output.resolve("tin-tuc/ngay-hoi-khoi-nghiep-hoc-duong-2025/gian-trung-bay.480w.jpg"));
        Files.write(site.root.resolve(photo), vn.loa.image.TestPhotos.jpeg(vn.loa.image.TestPhotos.picture(900, 600, false), false));
        save(photo);
        later();
        byte[] after = Files.readAllBytes(site.output.resolve("tin-tuc/ngay-hoi-khoi-nghiep-hoc-duong-2025/gian-trung-bay.480w.jpg"));
        assertFalse(java.util.Arrays.equals(before, after), "the new photo's sizes");
        assertSameAsCleanBuild();
    }

    @Test
    void aSaveBeforeTheRestIsMadeStillEndsInTheCleanBuild() {
        site.write(NEW, NEW_POST);
        save(NEW);
        site.replace(NEW, "Một tin mới.", "Một tin mới, đã sửa.");
        save(NEW); // the first save's task is dropped
        later();
        assertSameAsCleanBuild();
    }

    @Test
    void aDeletedOrRenamedPageLeavesNoFileOnceTheRestIsMade() {
        site.move(NEWS, "content/tin-tuc/can-doi-chung.md");
        save(NEWS, "content/tin-tuc/can-doi-chung.md");
        assertTrue(Files.exists(site.output.resolve("tin-tuc/can-doi-chung/index.html")));
        assertFalse(Files.exists(site.output.resolve("tin-tuc/trao-tang-can-doi-chung-cho-cac-cho")), "the old address at once");
        later();
        assertFalse(Files.exists(site.output.resolve("tin-tuc/trao-tang-can-doi-chung-cho-cac-cho")));
        assertSameAsCleanBuild();
    }

    @Test
    void aDeletedPageIsGoneAtOnceFromItsAddressAndFromTheListsThatShowedItWithTheRest() {
        assertTrue(site.read("site/the/dao-tao/index.html").contains("trao-tang-can-doi-chung-cho-cac-cho/"), "listed before");
        site.delete(NEWS);
        BuildResult r = saveOpen(java.util.Set.of("tin-tuc/trao-tang-can-doi-chung-cho-cac-cho/index.html"), NEWS);
        assertFalse(Files.exists(site.output.resolve("tin-tuc/trao-tang-can-doi-chung-cho-cac-cho")), "its page at once, also open");
        assertTrue(r.made().isEmpty(), () -> "nothing but its page's removal first: " + r.made());
        assertTrue(site.read("site/the/dao-tao/index.html").contains("trao-tang-can-doi-chung-cho-cac-cho/"), "its tag's list follows");
        later();
        assertFalse(site.read("site/the/dao-tao/index.html").contains("trao-tang-can-doi-chung-cho-cac-cho/"), "its tag's list with the rest");
        assertSameAsCleanBuild();
    }

    @Test
    void aDeletedPageLeavesAnOpenListAtOnce() {
        site.delete(NEWS);
        saveOpen(java.util.Set.of("the/dao-tao/index.html"), NEWS);
        assertFalse(site.read("site/the/dao-tao/index.html").contains("trao-tang-can-doi-chung-cho-cac-cho/"), "the open list at once");
        later();
        assertSameAsCleanBuild();
    }

    @Test
    void aTemplateEditShowsAtOnceInTheOpenPagesAndTheRestFollows() {
        String footer = ownFooter();
        site.write(footer, "<footer><p>Chân trang mới</p></footer>\n");
        BuildResult r = saveOpen(java.util.Set.of("tin-tuc/trao-tang-can-doi-chung-cho-cac-cho/index.html", "index.html"), footer);
        assertTrue(site.read("site/tin-tuc/trao-tang-can-doi-chung-cho-cac-cho/index.html").contains("Chân trang mới"), "an open page at once");
        assertTrue(site.read("site/index.html").contains("Chân trang mới"), "the other open page at once");
        assertFalse(site.read("site/the/dao-tao/index.html").contains("Chân trang mới"), "a page not open waits");
        assertTrue(r.made().size() < 5, r.made()::toString);
        later();
        assertTrue(site.read("site/the/dao-tao/index.html").contains("Chân trang mới"));
        assertSameAsCleanBuild();

        // The rest of the site stops for a save that comes meanwhile, which goes on from there.
        site.write(footer, "<footer><p>Chân trang thứ ba</p></footer>\n");
        save(footer);
        site.replace(NEWS, "title: Trao tặng cân đối chứng cho 24 chợ", "title: Trao tặng cân đối chứng cho 25 chợ");
        engine.changed(List.of(site.root.resolve(NEWS)));
        List<Runnable> underWay = List.copyOf(tasks);
        underWay.forEach(Runnable::run);
        assertFalse(site.read("site/the/dao-tao/index.html").contains("Chân trang thứ ba"), "stopped for the save");
        engine.build(tasks::add);
        later();
        assertSameAsCleanBuild();
    }

    @Test
    void aPageNotOpenIsMadeAsItIsNowWhenAskedForUntilTheRestIsWritten() {
        String footer = ownFooter();
        assertTrue(engine.fresh("the/dao-tao/index.html").isEmpty(), "the output is the plan's: its files are served");
        site.write(footer, "<footer><p>Chân trang mới</p></footer>\n");
        saveOpen(java.util.Set.of("index.html"), footer);
        assertFalse(site.read("site/the/dao-tao/index.html").contains("Chân trang mới"), "not written yet");
        String asked = new String(engine.fresh("the/dao-tao/index.html").orElseThrow(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(asked.contains("Chân trang mới"), "made as it is now");
        assertTrue(engine.fresh("khong-co/index.html").isEmpty(), "no output there");
        assertTrue(engine.fresh("css/loa.css").isEmpty(), "a file copied, not made");
        later();
        assertTrue(engine.fresh("the/dao-tao/index.html").isEmpty(), "written: its file is served");
        org.junit.jupiter.api.Assertions.assertEquals(asked, site.read("site/the/dao-tao/index.html"), "the bytes the rest wrote");
        assertSameAsCleanBuild();
    }

    @Test
    void aListThatShowedADeletedPageIsMadeWithoutItWhenAskedFor() {
        site.delete(NEWS);
        save(NEWS);
        assertTrue(site.read("site/the/dao-tao/index.html").contains("trao-tang-can-doi-chung-cho-cac-cho/"), "its file follows");
        assertFalse(new String(engine.fresh("the/dao-tao/index.html").orElseThrow(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("trao-tang-can-doi-chung-cho-cac-cho/"), "as it is now when asked for");
        assertTrue(engine.fresh("tin-tuc/trao-tang-can-doi-chung-cho-cac-cho/index.html").isEmpty(), "the page gone is no output");
        later();
        assertSameAsCleanBuild();
    }

    @Test
    void aBodyEditLeavesNothingToMakeWhenAskedFor() {
        site.replace(NEWS, "\n---\n", "\n---\n\nMột đoạn mới ở đầu bài.\n");
        save(NEWS);
        assertTrue(engine.fresh("tin-tuc/trao-tang-can-doi-chung-cho-cac-cho/index.html").isEmpty(), "written at once");
        assertTrue(engine.fresh("the/dao-tao/index.html").isEmpty());
    }

    @Test
    void aTemplateEditAfterBodyEditsTakesTheListsOfTheLastIndexAndTheBodiesOfNow() {
        String footer = ownFooter();
        site.replace(NEWS, "summary: \"Sở Khoa học", "summary: \"Tóm tắt mới. Sở Khoa học");
        save(NEWS);
        later();
        site.replace(NEWS, "\n---\n", "\n---\n\nMột đoạn mới ở đầu bài.\n");
        save(NEWS); // the body alone: the plan is kept
        later();
        site.write(footer, "<footer><p>Chân trang mới</p></footer>\n");
        save(footer); // the theme alone: the index is kept
        later();
        assertTrue(site.read("site/tin-tuc/trao-tang-can-doi-chung-cho-cac-cho/index.html").contains("Một đoạn mới ở đầu bài."));
        assertSameAsCleanBuild();
    }

    @Test
    void aTaskOfAnEarlierSaveThatRunsLateBringsNothingBack() {
        site.move(NEWS, "content/tin-tuc/can-doi-chung.md");
        save(NEWS, "content/tin-tuc/can-doi-chung.md");
        List<Runnable> underWay = List.copyOf(tasks); // already running when the next save came: not cancelled
        site.delete("content/tin-tuc/can-doi-chung.md");
        save("content/tin-tuc/can-doi-chung.md");
        underWay.forEach(Runnable::run);
        later();
        assertFalse(Files.exists(site.output.resolve("tin-tuc/can-doi-chung")), "the deleted page stays deleted");
        assertSameAsCleanBuild();
    }

    @Test
    void aTitleEditShowsInItsPageAndListsAtOnce() {
        site.replace(NEWS, "title: Trao tặng cân đối chứng cho 24 chợ", "title: Trao tặng cân đối chứng cho 25 chợ");
        BuildResult r = save(NEWS);
        assertTrue(r.made().contains("tin-tuc/trao-tang-can-doi-chung-cho-cac-cho/index.html"), r.made()::toString);
        assertTrue(r.made().contains("the/dao-tao/index.html"), r.made()::toString);
        later();
        assertSameAsCleanBuild();
    }

    /** Gives the site a theme of its own that extends the default one with a footer, and serves it; the footer's file. */
    private String ownFooter() {
        String footer = "themes/rieng/templates/partials/footer.peb";
        site.write("themes/rieng/theme.yaml", "extends: default\n");
        site.write(footer, "<footer><p>Chân trang</p></footer>\n");
        site.replace("content/site.yaml", "theme: default", "theme: rieng");
        save("content/site.yaml", "themes/rieng/theme.yaml", footer);
        later();
        return footer;
    }

    private void assertSameAsCleanBuild() {
        SiteFiles.assertSameTree(site.cleanBuild(dir.resolve("sach-" + System.nanoTime())), SiteFiles.tree(site.output),
                "the output is the clean build's");
    }
}

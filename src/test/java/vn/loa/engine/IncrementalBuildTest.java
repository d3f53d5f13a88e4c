package vn.loa.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of the incremental engine, on a copy of the sample portal: what each kind of edit makes
 * again, and that the output is then byte for byte what a clean build makes.
 */
class IncrementalBuildTest {

    static final String NEWS = "content/tin-tuc/trao-tang-can-doi-chung-cho-cac-cho.md";
    static final String NEWS_PAGE = "tin-tuc/trao-tang-can-doi-chung-cho-cac-cho/index.html";

    @TempDir
    Path dir;

    SiteFiles site;

    @BeforeEach
    void firstBuild() {
        site = SiteFiles.sample(dir);
        site.build();
    }

    @Test
    void nothingChangedMakesNothingAndWritesNothing() {
        BuildResult r = site.build();
        assertEquals(List.of(), r.made());
        assertEquals(0, r.written());
        assertEquals(0, r.removed());
        assertEquals(0, r.pagesRead(), "every page comes from the build cache");
    }

    @Test
    void aBodyEditMakesThatPageAndTheSearchIndexAgainAndNothingElse() {
        site.replace(NEWS, "Ngày 15/9/2022, Sở", "Ngày 15/9/2022, sáng sớm, Sở");
        BuildResult r = site.build();
        assertEquals(1, r.pagesRead());
        assertEquals(List.of("tim-kiem/chi-muc/", "tim-kiem/index.html", NEWS_PAGE), r.made());
        assertTrue(r.filesReadBack() > 1, "the search index is patched from its files written: " + r.filesReadBack());
        assertSameAsCleanBuild();
    }

    @Test
    void aBodyEditPatchesTheIndexFromTermsTheCacheKeptOnDisk() {
        // Past the body budget, the terms read from the cache go to a file of the process, not the heap.
        site.replace(NEWS, "Ngày 15/9/2022, Sở", "Ngày 15/9/2022, sáng sớm, Sở");
        BuildResult r = SiteFiles.withBodyBudget(0, site::build);
        assertTrue(r.filesReadBack() > 1, "the search index is patched from its files written: " + r.filesReadBack());
        assertSameAsCleanBuild();
        site.replace(NEWS, "sáng sớm, Sở", "chiều muộn, Sở"); // the terms the last build saved from that file
        assertTrue(site.build().filesReadBack() > 1);
        assertSameAsCleanBuild();
    }

    @Test
    void aBodyEditMakesAFeedOfWholePostsThatCarriesItAgain() throws java.io.IOException {
        // The feeds of this theme print each post's body: they read bodies, which only the rendering shows.
        site.replace("content/site.yaml", "theme: default", "theme: rieng");
        site.write("themes/rieng/theme.yaml", "extends: default\n");
        site.write("themes/rieng/templates/atom.peb", java.nio.file.Files.readString(Path.of(System.getProperty("basedir", "."), "themes/default/templates/atom.peb"))
                .replace("  </entry>", "    <content type=\"html\">{{ item.html }}</content>\n  </entry>"));
        site.build();
        site.replace(NEWS, "Ngày 15/9/2022, Sở", "Ngày 15/9/2022, sáng sớm, Sở");
        List<String> made = site.build().made();
        assertTrue(made.containsAll(List.of(NEWS_PAGE, "tin-tuc/index.xml")), made::toString);
        assertFalse(made.contains("tin-tuc/index.html"), "the list of news shows no body");
        assertSameAsCleanBuild();
    }

    @Test
    void aSummaryEditBuildsTheSearchIndexFromEveryPage() {
        // Another title moves no document here, but the index's key holds every page's summary.
        site.replace(NEWS, "title: Trao tặng cân đối chứng cho 24 chợ", "title: Trao tặng cân đối chứng cho 25 chợ");
        assertEquals(0, site.build().filesReadBack());
        assertSameAsCleanBuild();
    }

    @Test
    void aSearchFileChangedByHandIsNotPatchedFrom() throws java.io.IOException {
        Path shard = site.output.resolve("tim-kiem/chi-muc/t/0.json");
        String json = java.nio.file.Files.readString(shard);
        java.nio.file.Files.writeString(shard, json.replace(":", ": ")); // still JSON, not the bytes written
        site.replace(NEWS, "Ngày 15/9/2022, Sở", "Ngày 15/9/2022, sáng sớm, Sở");
        site.build();
        assertSameAsCleanBuild();
    }

    @Test
    void aTitleEditAlsoMakesTheListsTagsArchivesAndFeedsThatShowIt() {
        site.replace(NEWS, "title: Trao tặng cân đối chứng cho 24 chợ", "title: Trao tặng cân đối chứng cho 25 chợ");
        List<String> made = site.build().made();
        for (String expected : List.of(NEWS_PAGE, "the/tieu-chuan-do-luong-chat-luong/index.html", "the/dao-tao/index.html",
                "nam/2022/index.html", "tin-tuc/index.xml", "tim-kiem/chi-muc/")) {
            assertTrue(made.stream().anyMatch(m -> m.equals(expected)), () -> expected + " is made again: " + made);
        }
        assertFalse(made.contains("tin-tuc/khai-mac-trien-lam-anh-hanh-trinh-doi-moi/index.html"), "another post is not");
        assertFalse(made.contains("ke-hoach/index.html"), "the list of plans is not");
        assertFalse(made.contains("don-vi/index.html"), "the units are not");
        assertSameAsCleanBuild();
    }

    @Test
    void aPartialEditMakesTheOutputsThatUseItAndOnlyThose() {
        site.replace("content/site.yaml", "theme: default", "theme: rieng");
        site.write("themes/rieng/theme.yaml", "extends: default\n");
        site.write("themes/rieng/templates/partials/tags.peb", "{# Thẻ của bài #}\n<p class=\"the\">{% for tag in page.tags %}{{ tag.name }} {% endfor %}</p>\n");
        site.build();
        site.write("themes/rieng/templates/partials/tags.peb", "{# Thẻ của bài, cách nhau bằng dấu phẩy #}\n<p class=\"the\">{% for tag in page.tags %}{{ tag.name }}{% if not loop.last %}, {% endif %}{% endfor %}</p>\n");
        BuildResult r = site.build();
        long pages = site.markdown().stream().filter(f -> f.contains("/tin-tuc/") || f.contains("/ke-hoach/"))
                .filter(f -> !site.read(f).contains("\ndraft: true")).count();
        assertEquals(pages, r.made().size(), () -> "the plans and news, whose templates include tags.peb: " + r.made());
        assertTrue(r.made().stream().allMatch(m -> m.startsWith("tin-tuc/") || m.startsWith("ke-hoach/")), r.made()::toString);
        assertSameAsCleanBuild();
    }

    @Test
    void aNewsPostThatNamesAnEventEditedInItsTitleMakesTheEventPageAgain() {
        String post = "content/tin-tuc/hop-tac-xa-hong-son-tim-hieu-cach-bao-ho-nhan-hieu.md";
        String event = "ke-hoach/ke-hoach-tap-huan-so-huu-tri-tue-2024/su-kien/tap-huan-so-huu-cong-nghiep/index.html";
        site.replace(post, "title: Hợp tác xã Hồng Sơn tìm hiểu", "title: Các hợp tác xã Hồng Sơn tìm hiểu");
        List<String> made = site.build().made();
        assertTrue(made.contains(event), () -> "the event page lists the post's title: " + made);
        assertFalse(made.contains("ke-hoach/ke-hoach-tap-huan-so-huu-tri-tue-2024/index.html"), "the plan does not show the post");
        assertTrue(site.read("site/" + event).contains("Các hợp tác xã Hồng Sơn tìm hiểu"));

        // An event the post reports on, edited: the post's page lists it.
        site.replace("content/ke-hoach/ke-hoach-tap-huan-so-huu-tri-tue-2024.md", "location: Hội trường UBND huyện Hồng Sơn",
                "location: Nhà văn hóa huyện Hồng Sơn");
        List<String> again = site.build().made();
        assertTrue(again.contains("tin-tuc/hop-tac-xa-hong-son-tim-hieu-cach-bao-ho-nhan-hieu/index.html"), again::toString);
        assertSameAsCleanBuild();
    }

    @Test
    void aPlansBodyEditedWhileServingMakesEachOfItsEventPagesQuoteItAgain() {
        // The texts of a plan's events are made from one parse of its body, by whichever thread comes
        // first, and kept for the next events: after a save every event page quotes the body of now.
        String plan = "content/ke-hoach/ke-hoach-tap-huan-so-huu-tri-tue-2024.md";
        String events = "site/ke-hoach/ke-hoach-tap-huan-so-huu-tri-tue-2024/su-kien/";
        String was = "";
        for (long budget : new long[] {Long.MAX_VALUE, 0}) { // bodies kept, then read back from the temporary file
            Engine engine = SiteFiles.withBodyBudget(budget, () -> new Engine(site.options()));
            List<Runnable> later = new java.util.ArrayList<>();
            engine.build(later::add);
            later.forEach(Runnable::run);
            later.clear();
            String mark = budget == 0 ? " (lần hai)" : " (lần một)";
            // Both events quote the body: the training its section, the deadline the paragraph that states it.
            site.replace(plan, "cuối buổi" + was + " dành thời gian", "cuối buổi" + mark + " dành thời gian");
            site.replace(plan, "tổng hợp" + was + " và gửi danh sách", "tổng hợp" + mark + " và gửi danh sách");
            was = mark;
            engine.changed(List.of(site.root.resolve(plan)));
            engine.build(later::add);
            later.forEach(Runnable::run);
            assertTrue(site.read(events + "tap-huan-so-huu-cong-nghiep/index.html").contains("cuối buổi" + mark));
            assertSameAsCleanBuild();
        }
    }

    /** An engine as serve keeps one, after its first build and the work it left for later. */
    private Engine serving() {
        Engine engine = new Engine(site.options());
        List<Runnable> later = new java.util.ArrayList<>();
        engine.build(later::add);
        later.forEach(Runnable::run);
        return engine;
    }

    /** A save of the news post, built as serve builds it; the work it leaves for later, not yet run. */
    private List<Runnable> save(Engine engine, String from, String to) {
        site.replace(NEWS, from, to);
        engine.changed(List.of(site.root.resolve(NEWS)));
        List<Runnable> later = new java.util.ArrayList<>();
        engine.build(later::add);
        return later;
    }

    @Test
    void aSaveWhoseIndexIsDroppedForANewerOneLeavesTheNextToPatchTheIndexWritten() {
        // serve: the search index of a save is made, then not written as another save came meanwhile.
        Engine engine = serving();
        List<Runnable> first = save(engine, "Ngày 15/9/2022, Sở", "Ngày 15/9/2022, sáng sớm, Sở");
        save(engine, "sáng sớm, Sở", "chiều muộn, Sở");
        first.forEach(Runnable::run); // makes the index of the first save, and drops it
        // The second save's index, made here at once (as loa build makes it) to see how it was made.
        BuildResult r = engine.build(null);
        assertTrue(r.filesReadBack() > 1, "patched from the index the output holds: " + r.filesReadBack());
        assertTrue(site.read("site/" + NEWS_PAGE).contains("chiều muộn"));
        assertSameAsCleanBuild();
    }

    @Test
    void theWorkASaveLeftForLaterStopsWhenANewerSaveComes() {
        // serve: the watcher saw a newer save before the task of the one before ran; that task makes
        // nothing (at 100,000 pages its index took seconds, or a minute when the pages changed under
        // it), and the newer save's task makes the index of the pages of then.
        Engine engine = serving();
        String index = "site/" + vn.loa.search.SearchIndex.FOLDER + vn.loa.search.SearchIndex.MANIFEST;
        String before = site.read(index);
        List<Runnable> first = save(engine, "Ngày 15/9/2022, Sở", "Ngày 15/9/2022, sáng sớm, Sở");
        site.replace(NEWS, "sáng sớm, Sở", "chiều muộn, Sở");
        engine.changed(List.of(site.root.resolve(NEWS))); // the watcher saw it; its build has not begun
        first.forEach(Runnable::run);
        assertEquals(before, site.read(index), "the first save's index was not made");
        List<Runnable> later = new java.util.ArrayList<>();
        engine.build(later::add);
        later.forEach(Runnable::run);
        assertFalse(before.equals(site.read(index)), "the newer save's was");
        assertSameAsCleanBuild();
    }

    @Test
    void aConfigEditMakesEverythingAgain() {
        int files = site.build().files();
        site.replace("content/site.yaml", "phone: 0200 3812 345", "phone: 0200 3812 346");
        BuildResult r = site.build();
        assertTrue(r.made().size() > files / 2, () -> r.made().size() + " of " + files);
        assertTrue(r.made().contains(NEWS_PAGE));
        assertSameAsCleanBuild();
    }

    @Test
    void aNewPageIsAddedToItsListsAndADeletedOneLeavesNoFileBehind() {
        site.write("content/tin-tuc/tin-moi.md", "---\ntitle: Tin mới về đo lường\ndate: 2022-09-16\ntags: [đào tạo]\n---\n\nNội dung tin mới.\n");
        site.build();
        assertSameAsCleanBuild();
        site.delete("content/tin-tuc/tin-moi.md");
        BuildResult r = site.build();
        assertTrue(r.removed() >= 1, () -> "removed " + r.removed());
        assertFalse(java.nio.file.Files.exists(site.output.resolve("tin-tuc/tin-moi")), "its folder goes too");
        assertSameAsCleanBuild();
    }

    @Test
    void aRenamedPageMovesToItsNewAddress() {
        site.move(NEWS, "content/tin-tuc/can-doi-chung.md");
        site.build();
        assertFalse(java.nio.file.Files.exists(site.output.resolve(NEWS_PAGE)));
        assertTrue(java.nio.file.Files.exists(site.output.resolve("tin-tuc/can-doi-chung/index.html")));
        assertSameAsCleanBuild();
    }

    @Test
    void aFileChangedOrDeletedInTheOutputByHandIsMadeAgain() throws Exception {
        java.nio.file.Files.delete(site.output.resolve(NEWS_PAGE));
        java.nio.file.Files.writeString(site.output.resolve("tin-tuc/index.html"), "sửa tay");
        java.nio.file.Files.writeString(site.output.resolve("la.txt"), "tệp lạ");
        site.build();
        assertSameAsCleanBuild();
    }

    @Test
    void aStylesheetEditPublishesItUnderANewNameAndMakesThePagesThatLinkIt() throws Exception {
        site.replace("content/site.yaml", "theme: default", "theme: rieng");
        site.write("themes/rieng/theme.yaml", "extends: default\n");
        String css = new String(getClass().getClassLoader().getResourceAsStream("loa/themes/default/static/css/loa.css").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        site.write("themes/rieng/static/css/loa.css", css);
        site.build();
        String before = stylesheet();
        site.write("themes/rieng/static/css/loa.css", css + "\n/* sửa */\n");
        BuildResult r = site.build();
        String after = stylesheet();
        assertFalse(before.equals(after), "a new fingerprint: " + after);
        assertFalse(java.nio.file.Files.exists(site.output.resolve(before)), "the old name is gone");
        assertTrue(r.made().contains(NEWS_PAGE) && r.made().contains("index.html"), "the pages that link it: " + r.made());
        assertTrue(java.nio.file.Files.readString(site.output.resolve(NEWS_PAGE)).contains(after.substring("css/".length())), "links the new name");
        assertFalse(r.made().contains("tin-tuc/index.xml"), "the feed links nguon-tin.css, not loa.css");
        assertSameAsCleanBuild();
    }

    @Test
    void precompressWritesAGzipBesideEachTextFileAndTurningItOffRemovesThem() throws Exception {
        site.build();
        site.replace("content/site.yaml", "allow_html: false", "allow_html: false\nprecompress: true");
        site.build();
        for (String f : List.of("index.html", NEWS_PAGE, "tin-tuc/index.xml", "lich/su-kien-sap-toi.ics", "sitemap.xml", stylesheet())) {
            Path gz = site.output.resolve(f + ".gz");
            assertTrue(java.nio.file.Files.isRegularFile(gz), f + ".gz");
            try (var in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(gz))) {
                assertTrue(java.util.Arrays.equals(java.nio.file.Files.readAllBytes(site.output.resolve(f)), in.readAllBytes()), f);
            }
        }
        assertFalse(java.nio.file.Files.exists(site.output.resolve("img/chia-se.png.gz")), "a picture is compressed already");
        assertSameAsCleanBuild();
        site.replace("content/site.yaml", "precompress: true", "precompress: false");
        BuildResult r = site.build();
        assertTrue(r.removed() > 100, "the .gz files go: " + r.removed());
        try (var s = java.nio.file.Files.walk(site.output)) {
            assertEquals(List.of(), s.filter(p -> p.toString().endsWith(".gz")).toList());
        }
        assertSameAsCleanBuild();
    }

    private String stylesheet() throws java.io.IOException {
        try (var s = java.nio.file.Files.list(site.output.resolve("css"))) {
            return "css/" + s.map(p -> p.getFileName().toString()).filter(f -> f.matches("loa\\.[0-9a-f]{8}\\.css")).findFirst().orElseThrow();
        }
    }

    @Test
    void theDayOfTheBuildRemakesACampaignYearOnlyWhenItsTodayMarkMoves() {
        String y2025 = "chien-dich/ngay-khcn/2025/index.html";
        String y2024 = "chien-dich/ngay-khcn/2024/index.html";
        java.time.LocalDate[] days = {SiteFiles.TODAY.plusDays(1), java.time.LocalDate.of(2025, 6, 1), java.time.LocalDate.of(2025, 6, 2)};
        boolean[] remade = {true, true, false}; // the mark moves to 17/5, then leaves the week, then stays away
        for (int i = 0; i < days.length; i++) {
            List<String> made = Builder.build(site.options().withToday(days[i])).made();
            assertEquals(remade[i], made.contains(y2025), days[i] + ": " + made);
            assertFalse(made.contains(y2024), days[i] + ": a week that does not hold the day is not made again");
            Path clean = dir.resolve("sach-" + i);
            Builder.build(site.options().withToday(days[i]).withOutput(clean).withCache(false));
            SiteFiles.assertSameTree(SiteFiles.tree(clean), SiteFiles.tree(site.output), days[i] + ": the incremental output is the clean build's");
        }
    }

    @Test
    void twoCleanBuildsAreByteIdentical() {
        assertEquals(site.cleanBuild(dir.resolve("mot")), site.cleanBuild(dir.resolve("hai")));
    }

    private void assertSameAsCleanBuild() {
        Map<String, String> clean = site.cleanBuild(dir.resolve("sach-" + System.nanoTime()));
        SiteFiles.assertSameTree(clean, SiteFiles.tree(site.output), "the incremental output is the clean build's");
    }
}

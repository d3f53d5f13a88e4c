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
    void twoCleanBuildsAreByteIdentical() {
        assertEquals(site.cleanBuild(dir.resolve("mot")), site.cleanBuild(dir.resolve("hai")));
    }

    private void assertSameAsCleanBuild() {
        Map<String, String> clean = site.cleanBuild(dir.resolve("sach-" + System.nanoTime()));
        SiteFiles.assertSameTree(clean, SiteFiles.tree(site.output), "the incremental output is the clean build's");
    }
}

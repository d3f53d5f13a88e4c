package vn.loa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.cli.TinySite.assertMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.cli.TinySite;
import vn.loa.cli.TinySite.Message;
import vn.loa.cli.TinySite.Run;

/**
 * Problems only the whole site shows (two pages on one URL, unknown campaigns, event ids used
 * twice), paths that would leave the output, symbolic links, and many errors in one run.
 */
class SiteWideErrorsTest {

    @TempDir
    Path dir;

    private static String news(String title, String extra) {
        return "---\ntitle: " + title + "\ndate: 2024-05-17\n" + extra + "---\nNội dung.\n";
    }

    // 4. Two pages on one URL

    @Test
    void fileAndBundleOnTheSameUrl() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site
                .write("content/tin-tuc/a.md", news("A", ""))
                .write("content/tin-tuc/a/index.md", news("A bundle", "")));
        assertEquals(1, r.messages().size(), r::toString);
        Message m = r.messages().get(0);
        String both = m.file() + " " + m.problem();
        assertTrue(both.contains("content/tin-tuc/a.md") && both.contains("content/tin-tuc/a/index.md"), () -> "both files named: " + r);
        assertTrue(m.problem().contains("/tin-tuc/a/"), r::toString);
    }

    @Test
    void slugCollisionIsReportedAtTheSlugLine() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site
                .write("content/tin-tuc/hoi-thao.md", news("Hội thảo", ""))
                .write("content/tin-tuc/b.md", news("Hội thảo lần hai", "summary: x\nslug: hoi-thao\n")));
        Message m = assertMessage(r, "content/tin-tuc/b.md", 5, "content/tin-tuc/hoi-thao.md", "/tin-tuc/hoi-thao/", "'slug");
        assertTrue(m.fix().contains("slug"), m::toString);
    }

    @Test
    void slugCollisionOfTwoExplicitSlugs() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site
                .write("content/ke-hoach/a.md", news("A", "slug: ke-hoach-2024\n"))
                .write("content/ke-hoach/b.md", news("B", "slug: Kế hoạch 2024\n")));
        assertMessage(r, "content/ke-hoach/b.md", 4, "content/ke-hoach/a.md", "/ke-hoach/ke-hoach-2024/");
    }

    @Test
    void pageOnAUrlLoaKeepsForItself() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site.write("content/trang/the.md", "---\ntitle: Thẻ\n---\nNội dung.\n"));
        assertMessage(r, "content/trang/the.md", 0, "/the/");
    }

    @Test
    void draftsDoNotCollideUnlessBuilt() {
        TinySite site = new TinySite(dir);
        site.write("content/tin-tuc/b.md", news("Nháp", "slug: khai-mac\ndraft: true\n"));
        assertEquals(0, site.build().exit());
        Run r = site.build("--drafts");
        assertEquals(1, r.exit(), r::toString);
        assertMessage(r, "content/tin-tuc/b.md", 4, "content/tin-tuc/khai-mac.md");
    }

    @Test
    void staticFileOnTheNameOfAGeneratedFile() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site.write("content/tin-tuc/index.xml", "<feed/>"));
        assertMessage(r, "content/tin-tuc/index.xml", 0, "tin-tuc/index.xml");
    }

    @Test
    void markdownOutsideTheSections() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site.write("content/tin/x.md", news("X", "")));
        Message m = assertMessage(r, "content/tin/x.md", 0, "'tin'");
        assertTrue(m.fix().contains("content/tin-tuc/"), m::toString);
    }

    @Test
    void pageInsideAnotherPagesBundle() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site
                .write("content/tin-tuc/bai/index.md", news("Bài", ""))
                .write("content/tin-tuc/bai/phu-luc.md", news("Phụ lục", "")));
        assertMessage(r, "content/tin-tuc/bai/phu-luc.md", 0, "index.md");
    }

    // 5. Paths that would leave site/

    @Test
    void slugWithParentFolders() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site.write("content/tin-tuc/x.md", news("X", "slug: ../../etc\n")));
        assertMessage(r, "content/tin-tuc/x.md", 4, "../../etc");
        assertFalse(Files.exists(dir.resolve("etc")));
    }

    @Test
    void absoluteSlug() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site.write("content/tin-tuc/x.md", news("X", "slug: /tmp/x\n")));
        assertMessage(r, "content/tin-tuc/x.md", 4, "/tmp/x");
    }

    @Test
    void imageOutsideThePage() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site.write("content/tin-tuc/x.md", news("X", "tags: [a]\nimage: ../../../x.png\n")));
        assertMessage(r, "content/tin-tuc/x.md", 5, "../../../x.png");
    }

    @Test
    void imageWithAbsolutePath() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site.write("content/tin-tuc/x.md", news("X", "image: /etc/passwd\n")));
        assertMessage(r, "content/tin-tuc/x.md", 4, "/etc/passwd");
    }

    // 6. Symbolic links

    @Test
    void linkOutOfContent() throws IOException {
        TinySite site = new TinySite(dir);
        Path secret = dir.resolve("bi-mat.txt");
        Files.writeString(secret, "không được công bố");
        Run r = site.breakAndRebuild(() -> link(site.source.resolve("content/tin-tuc/tai-lieu.txt"), secret));
        assertMessage(r, "content/tin-tuc/tai-lieu.txt", 0, "content/");
    }

    @Test
    void markdownLinkOutOfContent() throws IOException {
        TinySite site = new TinySite(dir);
        Path outside = dir.resolve("ngoai.md");
        Files.writeString(outside, news("Ngoài", ""));
        Run r = site.breakAndRebuild(() -> link(site.source.resolve("content/tin-tuc/ngoai.md"), outside));
        assertMessage(r, "content/tin-tuc/ngoai.md", 0, "content/");
    }

    @Test
    void linkToAFolderOutOfContent() throws IOException {
        TinySite site = new TinySite(dir);
        Files.createDirectories(dir.resolve("thu-muc-ngoai"));
        Files.writeString(dir.resolve("thu-muc-ngoai/a.md"), news("A", ""));
        Run r = site.breakAndRebuild(() -> link(site.source.resolve("content/tin-tuc/ngoai"), dir.resolve("thu-muc-ngoai")));
        assertMessage(r, "content/tin-tuc/ngoai", 0, "content/");
    }

    @Test
    void brokenLink() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> link(site.source.resolve("content/tin-tuc/mat.md"), dir.resolve("khong-co.md")));
        assertMessage(r, "content/tin-tuc/mat.md", 0, "không tồn tại");
    }

    @Test
    void linkInsideContentIsFine() {
        TinySite site = new TinySite(dir);
        site.write("content/tin-tuc/tai-lieu.txt", "tài liệu");
        link(site.source.resolve("content/tin-tuc/ban-sao.txt"), site.source.resolve("content/tin-tuc/tai-lieu.txt"));
        Run r = site.build();
        assertEquals(0, r.exit(), r::toString);
        assertEquals("tài liệu", site.read("tin-tuc/ban-sao.txt"));
    }

    private static void link(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // 12. Campaigns and events

    @Test
    void unknownCampaignIsReportedAtItsLine() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site.write("content/tin-tuc/x.md", news("X", "tags: [a]\ncampaign: ngay-khoa-hoc\n")));
        Message m = assertMessage(r, "content/tin-tuc/x.md", 5, "ngay-khoa-hoc");
        assertTrue(m.fix().contains("ngay-khcn") && m.fix().contains("ngay-sang-tao"), () -> "lists the known campaigns: " + m);
    }

    @Test
    void campaignDeclaredInSiteYamlIsKnown() {
        TinySite site = new TinySite(dir);
        site.write("content/site.yaml", TinySite.SITE_YAML + """
                campaigns:
                  ngay-so:
                    name: Ngày Chuyển đổi số quốc gia
                    day: 10/10
                    week: {start: 4/10, end: 10/10}
                """);
        site.write("content/tin-tuc/x.md", news("X", "campaign: ngay-so\n"));
        Run r = site.build();
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Files.exists(site.output.resolve("chien-dich/ngay-so/2024/index.html")));
    }

    @Test
    void sameExplicitEventIdTwiceInOneCampaignYear() {
        TinySite site = new TinySite(dir);
        String events = """
                campaign: ngay-khcn
                events:
                  - title: %s
                    id: le-ky-niem
                    start: 2024-05-18
                """;
        Run r = site.breakAndRebuild(() -> site
                .write("content/ke-hoach/a.md", news("Kế hoạch A", events.formatted("Lễ kỷ niệm")))
                .write("content/tin-tuc/b.md", news("Tin B", events.formatted("Lễ kỷ niệm lần hai"))));
        Message m = assertMessage(r, "content/tin-tuc/b.md", 6, "le-ky-niem", "content/ke-hoach/a.md", "dòng 6");
        assertTrue(m.fix().contains("id"), m::toString);
    }

    @Test
    void sameEventIdInDifferentYearsIsFine() {
        TinySite site = new TinySite(dir);
        String events = "campaign: ngay-khcn\nevents:\n  - title: Lễ kỷ niệm\n    id: le-ky-niem\n    start: %s\n";
        site.write("content/ke-hoach/a.md", news("Kế hoạch A", events.formatted("2024-05-18")));
        site.write("content/ke-hoach/b.md", "---\ntitle: Kế hoạch B\ndate: 2023-05-01\n" + events.formatted("2023-05-18") + "---\n");
        Run r = site.build();
        assertEquals(0, r.exit(), r::toString);
    }

    @Test
    void siteYamlCampaignErrors() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site.write("content/site.yaml", """
                title: Cổng
                campaigns:
                  ngay-khcn:
                    years:
                      2022: {start: 2022-05-19, end: 2022-05-14}
                """));
        assertMessage(r, "content/site.yaml", 5, "2022-05-14");
    }

    // 14. Several broken files at once

    @Test
    void everyBrokenFileIsReportedInOneRun() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site
                .write("content/tin-tuc/a.md", "---\ntitle: A\ndate: 2024-02-30\n---\n")
                .write("content/tin-tuc/b.md", "---\ntitle: B\ndate: 2024-05-17\nsummary: Thời gian: 8h00\n---\n")
                .write("content/tin-tuc/c.md", "")
                .write("content/tin-tuc/d.md", news("D", "campaign: ngay-khoa-hoc\n"))
                .write("content/tin-tuc/e.md", news("E", "slug: khai-mac\n"))
                .write("content/ke-hoach/f.md", news("F", "events:\n  - title: G\n    start: 2024-05-17\n    source: \"câu không có\"\n"))
                .writeBytes("content/trang/g.md", "---\ntitle: Hà Nội\n---\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        List<Message> all = r.messages();
        assertEquals(List.of("content/ke-hoach/f.md", "content/tin-tuc/a.md", "content/tin-tuc/b.md", "content/tin-tuc/c.md",
                        "content/tin-tuc/d.md", "content/tin-tuc/e.md", "content/trang/g.md"),
                all.stream().map(Message::file).toList(), r::toString);
        assertEquals(List.of(5, 3, 4, 1, 4, 4, 2), all.stream().map(Message::line).toList(), r::toString);
        assertTrue(r.err().contains("7 lỗi"), r::toString);
    }

    @Test
    void siteYamlAndPageErrorsTogether() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> site
                .write("content/site.yaml", "title: Cổng\npagination: 0\n")
                .write("content/tin-tuc/a.md", "---\ntitle: A\ndate: 2024-02-30\n---\n"));
        assertMessage(r, "content/site.yaml", 2, "pagination");
        assertMessage(r, "content/tin-tuc/a.md", 3, "29 ngày");
    }

    @Test
    void linksAndPagesTogether() {
        TinySite site = new TinySite(dir);
        Run r = site.breakAndRebuild(() -> {
            site.write("content/tin-tuc/a.md", "");
            link(site.source.resolve("content/tin-tuc/mat.txt"), dir.resolve("khong-co.txt"));
        });
        assertEquals(2, r.messages().size(), r::toString);
    }
}

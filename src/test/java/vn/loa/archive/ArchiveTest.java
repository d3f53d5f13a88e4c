package vn.loa.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.Builder;

/**
 * The archive of a small portal written here: units joined across spellings, years by month,
 * pagination, counts, the press kit, the campaign feeds, link previews and the sitemap.
 */
class ArchiveTest {

    @TempDir
    static Path temp;

    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path root = temp.resolve("cong");
        write(root, "content/site.yaml", """
                title: Cổng thử lưu trữ
                base_url: https://thu.example.vn/
                pagination: 3
                organisation: {name: Sở Khoa học và Công nghệ tỉnh Thử, parent: UBND tỉnh Thử}
                press_contact: {name: Nguyễn Thị Báo, unit: Văn phòng Sở, phone: 0200 111 222, email: baochi@thu.example.vn}
                """);
        write(root, "content/ke-hoach/a.md", """
                ---
                title: Hưởng ứng Ngày Khoa học và Công nghệ Việt Nam năm 2024
                date: 2024-04-10
                campaign: ngay-khcn
                issuer: [UBND TỈNH THỬ, SỞ KHOA HỌC VÀ CÔNG NGHỆ]
                number: 5/KH-SKHCN
                themes: ["Khoa học cho mọi người"]
                slogans: ["Chào mừng Ngày Khoa học và Công nghệ Việt Nam!"]
                events:
                  - title: Hội thảo khoa học 2024
                    start: 2024-05-17T14:00
                    lead: [Sở KH&CN]
                    partners: [P. Quản lý Khoa học, TT Thông tin KH&CN]
                  - title: Gửi tham luận
                    end: 2024-05-10
                    lead: [Phòng Quản lý Khoa học]
                ---

                Nội dung.
                """);
        write(root, "content/ke-hoach/b/index.md", """
                ---
                title: Hưởng ứng Ngày Sáng tạo năm 2023
                date: 2023-04-01
                campaign: ngay-sang-tao
                issuer: [Sở Khoa học và Công nghệ]
                themes: ["Sáng tạo mỗi ngày"]
                events:
                  - title: Ngày hội sáng tạo 2023
                    start: 2023-04-20
                    lead: [Sở Khoa học & Công nghệ]
                    partners: [Uỷ ban nhân dân huyện Xuân]
                  - title: Tọa đàm ở huyện
                    start: 2023-04-18
                    lead: [UBND huyện Xuân]
                    partners: [Sở KHCN]
                ---

                Nội dung.
                """);
        write(root, "content/ke-hoach/b/ke-hoach-b.pdf", "%PDF-1.4 thử\n".repeat(200));
        write(root, "content/ke-hoach/c.md", """
                ---
                title: Kiểm tra đo lường năm 2024
                date: 2024-06-01
                issuer: [Sở Khoa học và Công nghệ]
                ---

                Nội dung.
                """);
        write(root, "content/tin-tuc/n1.md", """
                ---
                title: Kỷ niệm Ngày Khoa học và Công nghệ 2024
                date: 2024-05-18T09:00
                campaign: ngay-khcn
                ---

                Tin.
                """);
        write(root, "content/tin-tuc/n2/index.md", """
                ---
                title: Họp giao ban tháng 5
                date: 2024-05-02
                image: anh.png
                image_alt: Toàn cảnh cuộc họp
                events:
                  - title: Họp giao ban
                    start: 2024-05-03
                    lead: [VP Sở]
                ---

                Tin.
                """);
        Files.write(root.resolve("content/tin-tuc/n2/anh.png"), Files.readAllBytes(Path.of("themes/default/static/img/chia-se.png")));
        write(root, "content/tin-tuc/n3.md", """
                ---
                title: Tổng kết năm 2023
                date: 2023-12-31
                ---

                Tin.
                """);
        site = temp.resolve("site");
        Builder.build(BuildOptions.of(root).withOutput(site).withToday(LocalDate.of(2024, 5, 16)).withStrictTemplates(true));
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path p = root.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    static Document page(String url) {
        Path f = site.resolve(url.substring(1) + (url.endsWith("/") ? "index.html" : ""));
        assertTrue(Files.isRegularFile(f), "no page " + url);
        try {
            return Jsoup.parse(f.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> texts(Element d, String css) {
        return d.select(css).stream().map(Element::text).toList();
    }

    // Units

    @Test
    void oneUnitWrittenSixWaysIsOnePageUnderItsMostCommonSpelling() {
        Document p1 = page("/don-vi/so-khoa-hoc-cong-nghe/");
        Document p2 = page("/don-vi/so-khoa-hoc-cong-nghe/trang/2/");
        assertEquals("Sở Khoa học và Công nghệ", p1.selectFirst("h1").text());
        assertTrue(p1.selectFirst(".count").text().startsWith("6 mục: 3 kế hoạch ban hành · 2 hoạt động chủ trì · 1 hoạt động phối hợp"),
                p1.selectFirst(".count").text());
        assertTrue(p1.selectFirst(".unit__spellings").text().contains("Sở KH&CN"), "other spellings are named");
        // Newest first, by month, paginated by three.
        assertEquals(List.of("Kế hoạch Kiểm tra đo lường năm 2024", "Hội thảo khoa học 2024",
                "Kế hoạch Hưởng ứng Ngày Khoa học và Công nghệ Việt Nam năm 2024"), texts(p1, ".page-list__title"));
        assertEquals(List.of("Tháng 6/2024", "Tháng 5/2024", "Tháng 4/2024"), texts(p1, ".archive-month > h2"));
        assertEquals(List.of("Ban hành", "Chủ trì", "Ban hành"), texts(p1, ".role"));
        assertEquals(List.of("Ngày hội sáng tạo 2023", "Tọa đàm ở huyện", "Kế hoạch Hưởng ứng Ngày Sáng tạo năm 2023"),
                texts(p2, ".page-list__title"));
        assertEquals(List.of("Chủ trì", "Phối hợp", "Ban hành"), texts(p2, ".role"));
        assertEquals(List.of("Tháng 4/2023"), texts(p2, ".archive-month > h2"));
        assertNotNull(p1.selectFirst(".pagination a[href=trang/2/]"), "a link to page 2");
    }

    @Test
    void abbreviationsAndOldToneMarksJoinUnits() {
        Document room = page("/don-vi/phong-quan-ly-khoa-hoc/");
        assertEquals("Phòng Quản lý Khoa học", room.selectFirst("h1").text(), "on a tie, the spelled-out name");
        assertEquals(List.of("Phối hợp", "Chủ trì"), texts(room, ".role"), "joins on 17/5, leads a deadline of 10/5");
        Document district = page("/don-vi/uy-ban-nhan-dan-huyen-xuan/");
        assertEquals(List.of("Ngày hội sáng tạo 2023", "Tọa đàm ở huyện"), texts(district, ".page-list__title"));
        assertTrue(Files.isDirectory(site.resolve("don-vi/trung-tam-thong-tin-khoa-hoc-cong-nghe")));
        assertTrue(Files.isDirectory(site.resolve("don-vi/van-phong-so")), "a unit of an event outside any campaign");
        assertFalse(Files.exists(site.resolve("don-vi/ubnd-tinh-thu")), "the body above the issuer is not the issuer");
    }

    @Test
    void theUnitsPageListsEveryUnitWithItsCounts() {
        Document d = page("/don-vi/");
        List<String> names = texts(d, ".archive-index li > a");
        assertEquals(List.of("Phòng Quản lý Khoa học", "Sở Khoa học và Công nghệ", "TT Thông tin KH&CN", "Uỷ ban nhân dân huyện Xuân",
                "VP Sở"), names);
        assertEquals("6 mục: 3 kế hoạch ban hành · 2 hoạt động chủ trì · 1 hoạt động phối hợp".substring(7),
                d.select(".archive-index li").get(1).selectFirst(".count").text());
    }

    @Test
    void eventsLinkTheirUnits() {
        Document plan = page("/ke-hoach/a/");
        assertNotNull(plan.selectFirst(".event__facts a[href=../../don-vi/so-khoa-hoc-cong-nghe/]"), "lead unit linked");
        assertNotNull(plan.selectFirst(".document-info a[href=../../don-vi/so-khoa-hoc-cong-nghe/]"), "issuer linked");
    }

    // Years

    @Test
    void aYearListsEverythingByMonthNewestFirstOnOnePage() {
        Document years = page("/nam/");
        assertEquals(List.of("Năm 2024", "Năm 2023"), texts(years, ".archive-index a"));
        assertEquals("2 kế hoạch · 2 tin · 3 hoạt động", years.selectFirst(".archive-index .count").text());
        // The whole year on one page (pagination: 3 in this site), one line an entry.
        Document d = page("/nam/2024/");
        assertTrue(d.selectFirst(".count").text().startsWith("7 mục"));
        assertEquals(List.of("Kế hoạch Kiểm tra đo lường năm 2024", "Kỷ niệm Ngày Khoa học và Công nghệ 2024", "Hội thảo khoa học 2024",
                "Gửi tham luận", "Họp giao ban", "Họp giao ban tháng 5",
                "Kế hoạch Hưởng ứng Ngày Khoa học và Công nghệ Việt Nam năm 2024"), texts(d, ".year-list a"));
        assertEquals(List.of("Tháng 6/2024", "Tháng 5/2024", "Tháng 4/2024"), texts(d, ".archive-month > h2"));
        assertEquals(List.of("Tháng 6", "Tháng 5", "Tháng 4"), texts(d, ".year-months a"));
        assertTrue(d.select(".pagination").isEmpty());
        assertFalse(Files.exists(site.resolve("nam/2024/trang")));
        // An event outside any campaign links to its own page, under the page that states it.
        assertEquals("../../tin-tuc/n2/su-kien/hop-giao-ban/", d.select(".year-list a").get(4).attr("href"));
    }

    // Campaign year: the press kit

    @Test
    void theCampaignYearHasAPressKit() {
        Document d = page("/chien-dich/ngay-sang-tao/2023/");
        Element kit = d.selectFirst(".press-kit");
        assertNotNull(kit);
        assertEquals(List.of("Sáng tạo mỗi ngày"), texts(kit, "[data-sao-chep]"));
        assertEquals("Sao chép", kit.attr("data-copy-label"));
        Element doc = kit.selectFirst(".press-kit__documents a[download]");
        assertEquals("../../../ke-hoach/b/ke-hoach-b.pdf", doc.attr("href"));
        assertTrue(doc.parent().text().contains("(PDF, 3 KB)"), doc.parent().text());
        assertTrue(kit.text().contains("Nguyễn Thị Báo") && kit.text().contains("baochi@thu.example.vn"), "the press contact");
        assertNotNull(kit.selectFirst("a[href=tel:0200111222]"));
        Element copy = d.selectFirst("script[src~=^\\.\\./\\.\\./\\.\\./js/sao-chep\\.[0-9a-f]{8}\\.js$][defer]");
        assertNotNull(copy, "the copy script, fingerprinted, deferred");
        assertTrue(Files.isRegularFile(site.resolve(copy.attr("src").substring("../../../".length()))));
    }

    // Feeds

    @Test
    void everyCampaignHasAFeedOfItsPlansAndNews() {
        Document feed = xml("/chien-dich/ngay-khcn/index.xml");
        assertEquals(List.of("Kỷ niệm Ngày Khoa học và Công nghệ 2024", "Kế hoạch Hưởng ứng Ngày Khoa học và Công nghệ Việt Nam năm 2024"),
                texts(feed, "entry > title"));
        assertEquals("https://thu.example.vn/chien-dich/ngay-khcn/index.xml", feed.selectFirst("feed > link[rel=self]").attr("href"));
        assertEquals(List.of("Kế hoạch Hưởng ứng Ngày Sáng tạo năm 2023"), texts(xml("/chien-dich/ngay-sang-tao/index.xml"), "entry > title"));
        for (String url : List.of("/chien-dich/ngay-khcn/", "/chien-dich/ngay-khcn/2024/",
                "/chien-dich/ngay-khcn/2024/su-kien/hoi-thao-khoa-hoc-2024/")) {
            List<Path> feeds = page(url).select("link[rel=alternate][type=application/atom+xml]").stream()
                    .map(l -> site.resolve(url.substring(1)).resolve(l.attr("href")).normalize()).toList();
            assertTrue(feeds.contains(site.resolve("chien-dich/ngay-khcn/index.xml")), url + " links its campaign's feed: " + feeds);
        }
    }

    static Document xml(String url) {
        try {
            return Jsoup.parse(Files.readString(site.resolve(url.substring(1))), "", Parser.xmlParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Link previews and the sitemap

    @Test
    void everyPageHasALinkPreview() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document d = Jsoup.parse(f.toFile(), "UTF-8");
                for (String meta : List.of("meta[property=og:title]", "meta[property=og:description]", "meta[property=og:type]",
                        "meta[property=og:url]", "meta[property=og:image]", "meta[property=og:image:alt]", "meta[name=twitter:card]")) {
                    Element m = d.selectFirst(meta);
                    if (m == null || m.attr("content").isBlank()) {
                        problems.add(site.relativize(f) + ": no " + meta);
                    }
                }
                Element image = d.selectFirst("meta[property=og:image]");
                if (image != null && !image.attr("content").startsWith("https://thu.example.vn/")) {
                    problems.add(site.relativize(f) + ": og:image not absolute: " + image.attr("content"));
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals("https://thu.example.vn/img/chia-se.png", page("/nam/").selectFirst("meta[property=og:image]").attr("content"));
        assertEquals("https://thu.example.vn/tin-tuc/n2/anh.chia-se.jpg", page("/tin-tuc/n2/").selectFirst("meta[property=og:image]").attr("content"));
        assertEquals("Toàn cảnh cuộc họp", page("/tin-tuc/n2/").selectFirst("meta[property=og:image:alt]").attr("content"));
        assertEquals("summary_large_image", page("/").selectFirst("meta[name=twitter:card]").attr("content"));
        assertTrue(page("/don-vi/").selectFirst("meta[property=og:title]").attr("content").startsWith("Đơn vị"));
        byte[] png = Files.readAllBytes(site.resolve("img/chia-se.png"));
        assertEquals(0x89, png[0] & 0xff);
        assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
        assertEquals(1200, java.nio.ByteBuffer.wrap(png, 16, 4).getInt(), "width");
        assertEquals(630, java.nio.ByteBuffer.wrap(png, 20, 4).getInt(), "height");
    }

    @Test
    void theSitemapNamesTheArchive() {
        List<String> locs = texts(xml("/sitemap.xml"), "loc");
        for (String u : List.of("nam/", "nam/2024/", "nam/2023/", "don-vi/", "don-vi/so-khoa-hoc-cong-nghe/", "don-vi/phong-quan-ly-khoa-hoc/")) {
            assertTrue(locs.contains("https://thu.example.vn/" + u), "sitemap lacks " + u);
        }
    }

    @Test
    void theFooterLeadsIntoTheArchive() {
        Document home = page("/");
        assertNotNull(home.selectFirst("footer a[href=nam/]"));
        assertNotNull(home.selectFirst("footer a[href=don-vi/]"));
        assertNotNull(page("/chien-dich/").selectFirst(".archive-links a[href=../nam/]"));
    }
}

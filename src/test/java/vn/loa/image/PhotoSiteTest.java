package vn.loa.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.cli.TinySite;

/** Photos through a whole build: the HTML, the files published, the cache, and bad photos. */
class PhotoSiteTest {

    @TempDir
    Path dir;

    private static final String PAGE = """
            ---
            title: Hội thảo có ảnh
            date: 2024-05-17
            image: dai-bieu.jpg
            image_alt: Đại biểu tại hội thảo
            ---

            Sáng 17/5, hội thảo khai mạc.

            ![Lãnh đạo Sở phát biểu](phat-bieu.jpg)
            *Lãnh đạo Sở phát biểu tại hội thảo. Ảnh: PV*

            ![Toàn cảnh hội trường](toan-canh.png "Toàn cảnh hội trường buổi sáng")

            ![](toan-canh.png "trang trí")

            Đoạn cuối.
            """;

    private TinySite site() throws Exception {
        TinySite site = new TinySite(dir);
        site.write("content/site.yaml", TinySite.SITE_YAML + "base_url: https://khcn.thu.example.vn/\n");
        site.write("content/tin-tuc/hoi-thao/index.md", PAGE);
        site.writeBytes("content/tin-tuc/hoi-thao/dai-bieu.jpg",
                TestPhotos.withMetadata(TestPhotos.jpeg(TestPhotos.picture(2000, 1500, false), false), 6));
        site.writeBytes("content/tin-tuc/hoi-thao/phat-bieu.jpg", TestPhotos.jpeg(TestPhotos.picture(1000, 600, false), true));
        site.writeBytes("content/tin-tuc/hoi-thao/toan-canh.png", TestPhotos.png(TestPhotos.picture(500, 300, false)));
        return site;
    }

    @Test
    void aPageShowsResponsivePhotosWithCaptionsAndPreviews() throws Exception {
        TinySite site = site();
        site.buildGood();
        Document doc = Jsoup.parse(site.read("tin-tuc/hoi-thao/index.html"));
        List<Element> imgs = doc.select("main img");
        assertEquals(4, imgs.size(), doc.select("main").html());
        for (Element img : imgs) {
            assertTrue(img.hasAttr("width") && img.hasAttr("height") && img.hasAttr("srcset") && img.hasAttr("sizes"), img.outerHtml());
            assertEquals("async", img.attr("decoding"));
        }
        // The page's own photo, turned upright (orientation 6: 2000 × 1500 stored is 1500 × 2000), comes first and loads at once.
        Element lead = imgs.get(0);
        assertEquals("1500", lead.attr("width"));
        assertEquals("2000", lead.attr("height"));
        assertFalse(lead.hasAttr("loading"), lead.outerHtml());
        assertEquals("lazy", imgs.get(1).attr("loading"));
        assertTrue(imgs.get(1).attr("srcset").contains("phat-bieu.480w.jpg 480w"), imgs.get(1).outerHtml());
        assertEquals("1000", imgs.get(1).attr("width"));
        assertEquals("600", imgs.get(1).attr("height"));

        List<Element> figures = doc.select("main figure");
        assertEquals(2, figures.size());
        assertEquals("Lãnh đạo Sở phát biểu tại hội thảo. Ảnh: PV", figures.get(0).selectFirst("figcaption").text());
        assertEquals("Toàn cảnh hội trường buổi sáng", figures.get(1).selectFirst("figcaption").text());
        // The title that marks a decoration (loa check) is neither a caption nor a tooltip.
        assertFalse(imgs.get(3).hasAttr("title"), imgs.get(3).outerHtml());
        assertEquals("", imgs.get(3).attr("alt"));

        assertEquals("https://khcn.thu.example.vn/tin-tuc/hoi-thao/dai-bieu.chia-se.jpg",
                doc.selectFirst("meta[property=og:image]").attr("content"));
        assertEquals("1200", doc.selectFirst("meta[property=og:image:width]").attr("content"));
        assertEquals("630", doc.selectFirst("meta[property=og:image:height]").attr("content"));
        assertEquals("Đại biểu tại hội thảo", doc.selectFirst("meta[property=og:image:alt]").attr("content"));
        assertTrue(doc.selectFirst("a[href^=https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fkhcn.thu.example.vn]") != null);

        // Every published copy: the size its name says, and no metadata.
        Path folder = site.output.resolve("tin-tuc/hoi-thao");
        byte[] original = Files.readAllBytes(folder.resolve("dai-bieu.jpg"));
        assertFalse(PhotoProcessorTest.hasExifAndGps(original), "the copy at the photo's own address has no EXIF or GPS");
        assertEquals(1500, javax.imageio.ImageIO.read(folder.resolve("dai-bieu.jpg").toFile()).getWidth());
        assertEquals(480, javax.imageio.ImageIO.read(folder.resolve("dai-bieu.480w.jpg").toFile()).getWidth());
        assertEquals(630, javax.imageio.ImageIO.read(folder.resolve("dai-bieu.chia-se.jpg").toFile()).getHeight());
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jpg")).toList()) {
                assertFalse(PhotoProcessorTest.hasExifAndGps(Files.readAllBytes(f)), f.toString());
            }
        }

        // A second build (a new engine, as a new process) after an edit of the text processes no photo again.
        int processed = PhotoCache.processed();
        site.write("content/tin-tuc/hoi-thao/index.md", PAGE.replace("Đoạn cuối.", "Đoạn cuối, đã sửa."));
        site.buildGood();
        assertEquals(processed, PhotoCache.processed(), "unchanged photos are not processed again");
        assertTrue(Arrays.equals(original, Files.readAllBytes(folder.resolve("dai-bieu.jpg"))));
    }

    @Test
    void aTruncatedPhotoIsAnErrorOfThePageThatShowsIt() throws Exception {
        TinySite site = site();
        byte[] whole = TestPhotos.jpeg(TestPhotos.picture(800, 600, false), false);
        TinySite.Run r = site.breakAndRebuild(() -> site.writeBytes("content/tin-tuc/hoi-thao/phat-bieu.jpg",
                Arrays.copyOf(whole, whole.length / 2)));
        assertTrue(r.err().contains("tin-tuc/hoi-thao/index.md") && r.err().contains("phat-bieu.jpg"), r::toString);
        assertTrue(r.err().contains("cắt cụt"), r::toString);
    }

    @Test
    void aJpgThatIsNoImageIsAnErrorOfThePageThatShowsIt() throws Exception {
        TinySite site = site();
        TinySite.Run r = site.breakAndRebuild(() -> site.write("content/tin-tuc/hoi-thao/phat-bieu.jpg", "<html>trang web</html>"));
        assertTrue(r.err().contains("tin-tuc/hoi-thao/index.md") && r.err().contains("phat-bieu.jpg"), r::toString);
        assertTrue(r.err().contains("không phải ảnh"), r::toString);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() throws Exception {
        TinySite site = site();
        byte[] bomb = TestPhotos.png(TestPhotos.picture(10, 10, false));
        java.nio.ByteBuffer.wrap(bomb, 16, 8).putInt(60_000).putInt(60_000);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bomb, 12, 17);
        java.nio.ByteBuffer.wrap(bomb, 29, 4).putInt((int) crc.getValue());
        TinySite.Run r = site.breakAndRebuild(() -> site.writeBytes("content/tin-tuc/hoi-thao/toan-canh.png", bomb));
        assertTrue(r.err().contains("toan-canh.png") && r.err().contains("megapixel"), r::toString);
    }
}

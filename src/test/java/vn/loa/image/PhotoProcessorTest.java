package vn.loa.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Real pixels: sizes, orientation, colours, formats, and that no metadata survives. */
class PhotoProcessorTest {

    private static BufferedImage decode(byte[] bytes) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
        assertTrue(img != null, "decodes");
        return img;
    }

    private static boolean reddish(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 180 && c.getGreen() < 90 && c.getBlue() < 90;
    }

    private static boolean bluish(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 150 && c.getRed() < 90 && c.getGreen() < 90;
    }

    @Test
    void twentyMegapixelPhotoBecomesSmallCopiesAtEachWidthWithoutMetadata() throws Exception {
        byte[] src = TestPhotos.withMetadata(TestPhotos.jpeg(TestPhotos.picture(5472, 3648, false), false), 1);
        assertTrue(hasExifAndGps(src), "the test photo carries EXIF, GPS and XMP");
        PhotoHeader h = PhotoReader.probe(src);
        assertEquals(5472, h.width());
        Map<String, byte[]> files = PhotoProcessor.process(src, h);
        assertEquals(List.of("original", "1600", "1200", "800", "480", "share"), List.copyOf(files.keySet()));
        for (int w : new int[] {480, 800, 1200, 1600}) {
            BufferedImage img = decode(files.get(String.valueOf(w)));
            assertEquals(w, img.getWidth());
            assertEquals(Math.round(3648.0 * w / 5472), img.getHeight());
        }
        assertTrue(files.get("480").length <= 300 * 1024, "phone copy ≤ 300 KB: " + files.get("480").length);
        assertTrue(files.get("800").length <= 300 * 1024, "phone 2× copy ≤ 300 KB: " + files.get("800").length);
        assertEquals(2400, decode(files.get("original")).getWidth());
        BufferedImage share = decode(files.get("share"));
        assertEquals(1200, share.getWidth());
        assertEquals(630, share.getHeight());
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            assertFalse(hasExifAndGps(f.getValue()), f.getKey() + " carries no EXIF, GPS or XMP");
            String text = new String(f.getValue(), StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("LoaCam") || text.contains("Chu So Huu"), f.getKey() + " names no camera or owner");
        }
    }

    @Test
    void exifOrientationIsApplied() throws Exception {
        // Stored 400 × 200 with the red square top-left; orientation 6 says "turn a quarter clockwise to view".
        byte[] src = TestPhotos.withMetadata(TestPhotos.jpeg(TestPhotos.picture(400, 200, false), false), 6);
        PhotoHeader h = PhotoReader.probe(src);
        assertEquals(6, h.orientation());
        assertEquals(200, h.width());
        assertEquals(400, h.height());
        BufferedImage out = decode(PhotoProcessor.process(src, h).get("200"));
        assertEquals(200, out.getWidth());
        assertEquals(400, out.getHeight());
        // Turned clockwise, the stored top-left corner is now top-right, the stored top-right bottom-right.
        assertTrue(reddish(out.getRGB(190, 10)), "red square top-right");
        assertTrue(bluish(out.getRGB(190, 390)), "blue square bottom-right");
        assertFalse(reddish(out.getRGB(10, 10)));
    }

    @Test
    void smallPhotoIsNeverEnlarged() throws Exception {
        byte[] src = TestPhotos.jpeg(TestPhotos.picture(640, 480, false), false);
        PhotoHeader h = PhotoReader.probe(src);
        assertEquals(List.of(480, 640), PhotoSizes.widths(h));
        Map<String, byte[]> files = PhotoProcessor.process(src, h);
        assertEquals(640, decode(files.get("640")).getWidth());
        assertEquals(640, decode(files.get("original")).getWidth());
        assertSame(files.get("640"), files.get("original"), "the same pixels are encoded once");
        BufferedImage share = decode(files.get("share"));
        assertEquals(640, share.getWidth());
        assertEquals(336, share.getHeight());
    }

    @Test
    void progressiveAndCmykJpegsDecode() throws Exception {
        byte[] progressive = TestPhotos.jpeg(TestPhotos.picture(600, 400, false), true);
        BufferedImage p = decode(PhotoProcessor.process(progressive, PhotoReader.probe(progressive)).get("480"));
        assertTrue(reddish(p.getRGB(5, 5)));

        byte[] cmyk = TestPhotos.cmykJpeg(600, 400);
        PhotoHeader h = PhotoReader.probe(cmyk);
        BufferedImage c = decode(PhotoProcessor.process(cmyk, h).get("480"));
        assertEquals(480, c.getWidth());
        assertTrue(reddish(c.getRGB(5, 5)), "CMYK red stays red: " + Integer.toHexString(c.getRGB(5, 5)));
        assertTrue(bluish(c.getRGB(475, 5)), "CMYK blue stays blue: " + Integer.toHexString(c.getRGB(475, 5)));
    }

    @Test
    void webpIsReadAndWrittenAsJpeg() throws Exception {
        byte[] src;
        try (var in = PhotoProcessorTest.class.getResourceAsStream("/photos/kiem-thu.webp")) {
            src = in.readAllBytes();
        }
        PhotoHeader h = PhotoReader.probe(src);
        assertEquals(PhotoHeader.Format.WEBP, h.format());
        assertEquals(64, h.width());
        Map<String, byte[]> files = PhotoProcessor.process(src, h);
        assertFalse(files.containsKey("original"), "Loa writes no WebP");
        byte[] copy = files.get("64");
        assertEquals(PhotoHeader.Format.JPEG, PhotoReader.sniff(copy));
        BufferedImage img = decode(copy);
        assertEquals(48, img.getHeight());
        assertTrue(reddish(img.getRGB(3, 3)));
    }

    @Test
    void transparentPngStaysPng() throws Exception {
        byte[] src = TestPhotos.png(TestPhotos.picture(900, 300, true));
        PhotoHeader h = PhotoReader.probe(src);
        assertTrue(h.alpha());
        Map<String, byte[]> files = PhotoProcessor.process(src, h);
        assertEquals(PhotoHeader.Format.PNG, PhotoReader.sniff(files.get("480")));
        assertTrue(decode(files.get("480")).getColorModel().hasAlpha());
        assertEquals(PhotoHeader.Format.PNG, PhotoReader.sniff(files.get("original")));
        assertEquals(PhotoHeader.Format.JPEG, PhotoReader.sniff(files.get("share")));
    }

    @Test
    void sameBytesEveryTime() throws Exception {
        byte[] src = TestPhotos.jpeg(TestPhotos.picture(1000, 700, false), false);
        Map<String, byte[]> a = PhotoProcessor.process(src, PhotoReader.probe(src));
        Map<String, byte[]> b = PhotoProcessor.process(src, PhotoReader.probe(src));
        a.forEach((k, v) -> assertTrue(Arrays.equals(v, b.get(k)), k));
    }

    @Test
    void badPhotosAreRefusedWithAReason() throws Exception {
        PhotoProblem notImage = assertThrows(PhotoProblem.class, () -> PhotoReader.probe("<html>không phải ảnh</html>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(notImage.getMessage().contains("không phải ảnh"));

        byte[] whole = TestPhotos.jpeg(TestPhotos.picture(800, 600, false), false);
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        PhotoProblem truncated = assertThrows(PhotoProblem.class, () -> PhotoProcessor.process(cut, PhotoReader.probe(cut)));
        assertTrue(truncated.getMessage().contains("cắt cụt"), truncated.getMessage());

        byte[] png = TestPhotos.png(TestPhotos.picture(300, 200, false));
        byte[] cutPng = Arrays.copyOf(png, png.length / 2);
        assertThrows(PhotoProblem.class, () -> PhotoProcessor.process(cutPng, PhotoReader.probe(cutPng)));

        // A PNG whose header declares 100 000 × 100 000 pixels: refused from the header, nothing decoded.
        byte[] bomb = TestPhotos.png(TestPhotos.picture(10, 10, false));
        java.nio.ByteBuffer.wrap(bomb, 16, 8).putInt(100_000).putInt(100_000);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bomb, 12, 17);
        java.nio.ByteBuffer.wrap(bomb, 29, 4).putInt((int) crc.getValue());
        PhotoProblem big = assertThrows(PhotoProblem.class, () -> PhotoReader.probe(bomb));
        assertTrue(big.getMessage().contains("megapixel"), big.getMessage());
    }

    @Test
    void aFileOverTheLimitIsNotRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("lon.jpg");
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {1}), 100L * 1024 * 1024);
        }
        PhotoProblem p = assertThrows(PhotoProblem.class, () -> PhotoReader.read(file));
        assertTrue(p.getMessage().contains("quá lớn"), p.getMessage());
    }

    static boolean hasExifAndGps(byte[] bytes) throws Exception {
        Metadata m = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
        for (Directory d : m.getDirectories()) {
            if (d instanceof ExifIFD0Directory || d instanceof GpsDirectory || d instanceof XmpDirectory) {
                return true;
            }
        }
        return false;
    }
}

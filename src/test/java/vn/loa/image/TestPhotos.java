package vn.loa.image;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Photos made in memory for the tests: a deterministic picture (a gradient, a red square in the
 * top-left corner, so that orientation shows), as JPEG (baseline, progressive, CMYK) or PNG, with an
 * EXIF block (orientation, camera, owner, GPS position) and an XMP packet put in by hand.
 */
public final class TestPhotos {

    private TestPhotos() {
    }

    /** A picture {@code w × h}: red square top-left, blue square top-right, gradient elsewhere. */
    public static BufferedImage picture(int w, int h, boolean alpha) {
        BufferedImage img = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(30, 140, 60, alpha ? 128 : 255), w, h, new Color(240, 220, 90, alpha ? 200 : 255)));
        g.fillRect(0, 0, w, h);
        int s = Math.max(2, Math.min(w, h) / 5);
        g.setColor(Color.RED);
        g.fillRect(0, 0, s, s);
        g.setColor(Color.BLUE);
        g.fillRect(w - s, 0, s, s);
        g.dispose();
        return img;
    }

    public static byte[] jpeg(BufferedImage img, boolean progressive) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.9f);
            p.setProgressiveMode(progressive ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
            writer.write(null, new IIOImage(img, null, null), p);
        }
        writer.dispose();
        return bytes.toByteArray();
    }

    /** A four-channel (CMYK, Adobe-style inverted) JPEG of the picture, as print designers send. */
    public static byte[] cmykJpeg(int w, int h) throws IOException {
        BufferedImage rgb = picture(w, h, false);
        WritableRaster cmyk = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, w, h, 4, null);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = rgb.getRGB(x, y);
                int r = p >> 16 & 0xff;
                int gg = p >> 8 & 0xff;
                int b = p & 0xff;
                int k = 255 - Math.max(r, Math.max(gg, b));
                int c = k == 255 ? 0 : (255 - r - k) * 255 / (255 - k);
                int m = k == 255 ? 0 : (255 - gg - k) * 255 / (255 - k);
                int yy = k == 255 ? 0 : (255 - b - k) * 255 / (255 - k);
                cmyk.setPixel(x, y, new int[] {255 - c, 255 - m, 255 - yy, 255 - k});
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(cmyk, null, null), writer.getDefaultWriteParam());
        }
        writer.dispose();
        // An Adobe APP14 segment (transform 0: CMYK, stored inverted as Photoshop does), as in print designers' files.
        byte[] plain = bytes.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        segment(out, 0xEE, new byte[] {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0});
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    public static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }

    /**
     * The JPEG with an EXIF block (orientation, camera make "LoaCam", artist "Nguyễn Chủ Ảnh", a GPS latitude) and an
     * XMP packet naming an owner, put in right after its start marker.
     */
    public static byte[] withMetadata(byte[] jpeg, int orientation) {
        byte[] exif = exif(orientation);
        byte[] xmp = ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
                + "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator><rdf:Seq><rdf:li>Chu So Huu</rdf:li>"
                + "</rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        segment(out, 0xE1, exif);
        segment(out, 0xE1, xmp);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
        out.write(0xFF);
        out.write(marker);
        int len = data.length + 2;
        out.write(len >> 8);
        out.write(len & 0xff);
        out.write(data, 0, data.length);
    }

    /** "Exif\0\0" and a little-endian TIFF: IFD0 (Orientation, Make, Artist, GPS pointer), a GPS IFD (latitude ref). */
    private static byte[] exif(int orientation) {
        byte[] make = "LoaCam\0".getBytes(StandardCharsets.US_ASCII);
        byte[] artist = "Chu So Huu\0".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        b.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        int base = b.position();
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        int ifd0Entries = 4;
        int ifd0End = 8 + 2 + ifd0Entries * 12 + 4;
        int makeAt = ifd0End;
        int artistAt = makeAt + make.length;
        int gpsAt = artistAt + artist.length;
        b.putShort((short) ifd0Entries);
        entry(b, 0x010F, 2, make.length, makeAt);          // Make
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        entry(b, 0x013B, 2, artist.length, artistAt);      // Artist
        entry(b, 0x8825, 4, 1, gpsAt);                     // GPS IFD
        b.putInt(0);
        b.put(make).put(artist);
        b.putShort((short) 2);
        b.putShort((short) 0x0000).putShort((short) 1).putInt(4).put(new byte[] {2, 3, 0, 0}); // GPSVersionID
        b.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0}); // GPSLatitudeRef
        b.putInt(0);
        byte[] out = new byte[b.position()];
        b.flip();
        b.get(out);
        assert base == 6;
        return out;
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int offset) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }
}

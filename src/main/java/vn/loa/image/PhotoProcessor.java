package vn.loa.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * Makes the files of a photo ({@link PhotoSizes}): decoded once, turned upright by its EXIF
 * orientation, resized by Thumbnailator (progressive bilinear: halving steps, then one bilinear step,
 * as sharp as bicubic and far better than one step), and encoded again by javax.imageio without any
 * metadata, so that no EXIF, GPS position, camera, owner or XMP packet of the original reaches the
 * published copies. Encoding is deterministic: the same photo always makes the same bytes.
 *
 * <p>A 20-megapixel photo takes some 100 MB while it is decoded; at most one per core is decoded
 * at a time, however many threads ask.
 */
public final class PhotoProcessor {

    private static final Semaphore DECODING = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    /** The name of the copy at the photo's own address, and of the share image, among the files made. */
    public static final String ORIGINAL = "original";
    public static final String SHARE = "share";

    private PhotoProcessor() {
    }

    /**
     * Every file of a photo: each width of {@link PhotoSizes#widths} by its number ("480"), the copy
     * at its own address ({@link #ORIGINAL}, not for WebP, which Loa does not write) and the share
     * image ({@link #SHARE}).
     */
    public static Map<String, byte[]> process(byte[] bytes, PhotoHeader h) {
        DECODING.acquireUninterruptibly();
        try {
            BufferedImage upright = upright(PhotoReader.decode(bytes, h), h);
            Map<String, byte[]> out = new LinkedHashMap<>();
            // A photo narrower than the largest width is its own copy at its own address and at its
            // own width: the same pixels, encoded once (a fifth to a third of a photo's time).
            Map<BufferedImage, byte[]> encoded = new IdentityHashMap<>();
            boolean png = PhotoSizes.png(h);
            if (h.format() != PhotoHeader.Format.WEBP) {
                BufferedImage original = resize(upright, PhotoSizes.originalWidth(h), PhotoSizes.height(h, PhotoSizes.originalWidth(h)));
                boolean asPng = h.format() == PhotoHeader.Format.PNG;
                out.put(ORIGINAL, asPng == png ? encoded.computeIfAbsent(original, i -> encode(i, png))
                        : encode(original, asPng));
            }
            List<Integer> widths = PhotoSizes.widths(h);
            BufferedImage from = upright;
            for (int i = widths.size() - 1; i >= 0; i--) {
                int w = widths.get(i);
                BufferedImage copy = resize(from, w, PhotoSizes.height(h, w));
                out.put(String.valueOf(w), encoded.computeIfAbsent(copy, c -> encode(c, png)));
                from = copy;
            }
            int[] crop = PhotoSizes.shareCrop(h);
            int[] size = PhotoSizes.shareSize(h);
            BufferedImage cropped = upright.getSubimage(crop[0], crop[1], crop[2], crop[3]);
            out.put(SHARE, jpeg(resize(cropped, size[0], size[1])));
            return out;
        } catch (OutOfMemoryError e) {
            throw new PhotoProblem("không đủ bộ nhớ để xử lý ảnh", e);
        } finally {
            DECODING.release();
        }
    }

    /** The photo as a reader sees it: its EXIF orientation applied, in 8-bit RGB or ARGB. */
    static BufferedImage upright(BufferedImage decoded, PhotoHeader h) {
        BufferedImage rgb = standard(decoded, h.alpha());
        if (h.orientation() == 1) {
            return rgb;
        }
        return ExifFilterUtils.getFilterForOrientation(Orientation.typeOf(h.orientation())).apply(rgb);
    }

    /**
     * The image in TYPE_3BYTE_BGR (what the JPEG decoder gives and the encoder reads as it is) or,
     * with transparency, TYPE_INT_ARGB, which every later step handles (CMYK, gray, indexed, 16-bit in).
     */
    private static BufferedImage standard(BufferedImage image, boolean alpha) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_3BYTE_BGR;
        return image.getType() == type ? image : redrawn(image, type, !alpha);
    }

    /** The image drawn into a new one of {@code type}, on white when {@code onWhite} (a JPEG has no transparency). */
    private static BufferedImage redrawn(BufferedImage image, int type, boolean onWhite) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = out.createGraphics();
        try {
            if (onWhite) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
            }
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage resize(BufferedImage image, int width, int height) {
        if (image.getWidth() == width && image.getHeight() == height) {
            return image;
        }
        try {
            return Thumbnails.of(image).forceSize(width, height).imageType(image.getType()).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(BufferedImage image, boolean png) {
        return png ? png(image) : jpeg(image);
    }

    /**
     * A baseline JPEG at {@link PhotoSizes#QUALITY}, with no metadata but the JFIF header, on
     * white where the picture is transparent. The pixels are handed to the encoder as 3-byte BGR, which it reads as they are; from int pixels
     * it fetches them one sample at a time (three quarters of a clean build's time at 10,000 pages
     * with a photo per ten news posts).
     */
    static byte[] jpeg(BufferedImage picture) {
        BufferedImage image = picture.getType() == BufferedImage.TYPE_3BYTE_BGR ? picture
                : redrawn(picture, BufferedImage.TYPE_3BYTE_BGR, true);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(PhotoSizes.QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** A PNG with no metadata chunks. */
    static byte[] png(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), writer.getDefaultWriteParam());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}

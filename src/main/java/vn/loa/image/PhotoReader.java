package vn.loa.image;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads photos with javax.imageio and the TwelveMonkeys plug-ins (CMYK and progressive JPEGs, WebP),
 * and their EXIF orientation with metadata-extractor. Nothing is decoded before the header has been
 * read and checked: a file larger than {@link #MAX_BYTES}, or whose header declares more than
 * {@link #MAX_PIXELS} pixels (a "decompression bomb": a few kilobytes that would fill gigabytes), is
 * refused before its pixels are touched. A file cut short is refused too, rather than published
 * with a grey band (the JPEG decoder only warns).
 */
public final class PhotoReader {

    /** The largest photo file read: a camera's JPEG is under 20 MB; a 100 MB file is a mistake. */
    public static final long MAX_BYTES = 40L * 1024 * 1024;
    /** The most pixels a photo may declare: 80 megapixels (a 20 MP photo decodes to 80 MB already). */
    public static final long MAX_PIXELS = 80_000_000L;

    private PhotoReader() {
    }

    /** The bytes of a photo file, refused when it is larger than {@link #MAX_BYTES}. */
    public static byte[] read(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new PhotoProblem("ảnh quá lớn (" + size / (1024 * 1024) + " MB; tối đa " + MAX_BYTES / (1024 * 1024)
                        + " MB)");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PhotoProblem("không đọc được tệp ảnh (" + e.getMessage() + ")", e);
        }
    }

    /** The format by the file's first bytes, whatever its name says; null when it is none Loa reads. */
    public static PhotoHeader.Format sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return PhotoHeader.Format.JPEG;
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return PhotoHeader.Format.PNG;
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return PhotoHeader.Format.WEBP;
        }
        return null;
    }

    /** The header of a photo: format, size, orientation, alpha; its pixels are not decoded. */
    public static PhotoHeader probe(byte[] bytes) {
        PhotoHeader.Format format = sniff(bytes);
        if (format == null) {
            throw new PhotoProblem("tệp không phải ảnh JPEG, PNG hay WebP");
        }
        ImageReader reader = reader(format);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int w = reader.getWidth(0);
            int h = reader.getHeight(0);
            if (w <= 0 || h <= 0) {
                throw new PhotoProblem("đầu tệp ảnh ghi kích thước không hợp lệ (" + w + " × " + h + ")");
            }
            if ((long) w * h > MAX_PIXELS) {
                throw new PhotoProblem("đầu tệp ảnh ghi kích thước " + w + " × " + h + " điểm ảnh, quá " + MAX_PIXELS / 1_000_000
                        + " megapixel: tệp hỏng hoặc cố ý làm tràn bộ nhớ");
            }
            boolean alpha = format != PhotoHeader.Format.JPEG && hasAlpha(reader);
            return new PhotoHeader(format, w, h, orientation(bytes), alpha);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PhotoProblem p) {
                throw p;
            }
            throw new PhotoProblem("tệp ảnh hỏng, không đọc được đầu tệp (" + brief(e) + ")", e);
        } finally {
            reader.dispose();
        }
    }

    /** The pixels of a photo whose header was checked by {@link #probe}, as stored (orientation not applied). */
    public static BufferedImage decode(byte[] bytes, PhotoHeader header) {
        ImageReader reader = reader(header.format());
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, false);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image = reader.read(0);
            for (String w : warnings) {
                if (cutShort(w)) {
                    throw new PhotoProblem("tệp ảnh bị cắt cụt (thiếu phần cuối)");
                }
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof PhotoProblem p) {
                throw p;
            }
            throw new PhotoProblem("tệp ảnh hỏng hoặc bị cắt cụt, không giải mã được (" + brief(e) + ")", e);
        } catch (OutOfMemoryError e) {
            throw new PhotoProblem("không đủ bộ nhớ để giải mã ảnh", e);
        } finally {
            reader.dispose();
        }
    }

    private static boolean cutShort(String warning) {
        String w = warning.toLowerCase(java.util.Locale.ROOT);
        return w.contains("premature end") || w.contains("truncated") || w.contains("corrupt") || w.contains("eof");
    }

    private static boolean hasAlpha(ImageReader reader) throws IOException {
        ImageTypeSpecifier raw = reader.getRawImageType(0);
        if (raw != null) {
            return raw.getColorModel().hasAlpha();
        }
        Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
        return types.hasNext() && types.next().getColorModel().hasAlpha();
    }

    /** The EXIF orientation, 1 to 8; 1 when there is none or it cannot be read (the pixels may still be fine). */
    static int orientation(byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            Metadata m = ImageMetadataReader.readMetadata(in, bytes.length);
            for (ExifIFD0Directory d : m.getDirectoriesOfType(ExifIFD0Directory.class)) {
                if (d.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                    int o = d.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                    return o >= 1 && o <= 8 ? o : 1;
                }
            }
        } catch (Exception e) {
            // unreadable metadata: no orientation
        }
        return 1;
    }

    private static ImageReader reader(PhotoHeader.Format format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        return readers.next();
    }

    private static String brief(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }
}

package vn.loa.image;

import java.nio.file.Path;

/**
 * A photo of the content: the file it is published as ({@code target}, relative to the output, as
 * {@code tin-tuc/hoi-thao/anh.jpg}), its source, the hash of its bytes, and its header, or the
 * problem that keeps Loa from reading it. The names of the files made of it follow from the target:
 * {@code anh.480w.jpg} at each width, {@code anh.chia-se.jpg} for link previews, and the copy at
 * {@code anh.jpg} itself (not for WebP).
 */
public record Photo(String target, Path source, long contentKey, PhotoHeader header, PhotoProblem problem) {

    /** Whether a file name is one Loa treats as a photo: .jpg, .jpeg, .png, .webp. */
    public static boolean isPhoto(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png") || n.endsWith(".webp");
    }

    private String stem() {
        int dot = target.lastIndexOf('.');
        return target.substring(0, dot);
    }

    /** The copy {@code width} wide, relative to the output. */
    public String at(int width) {
        return stem() + "." + width + "w." + (PhotoSizes.png(header) ? "png" : "jpg");
    }

    public String share() {
        return stem() + ".chia-se.jpg";
    }

    /** Whether the photo's own address holds a copy (WebP has none: Loa writes no WebP). */
    public boolean publishesOriginal() {
        return header.format() != PhotoHeader.Format.WEBP;
    }

    /** The copy {@code src} names, for browsers without {@code srcset}: the widest up to 800 px. */
    public int defaultWidth() {
        int best = PhotoSizes.widths(header).get(0);
        for (int w : PhotoSizes.widths(header)) {
            if (w <= 800) {
                best = w;
            }
        }
        return best;
    }

    /** The widest copy: the size written in {@code width} and {@code height}. */
    public int largestWidth() {
        java.util.List<Integer> ws = PhotoSizes.widths(header);
        return ws.get(ws.size() - 1);
    }
}

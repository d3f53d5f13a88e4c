package vn.loa.image;

import java.util.ArrayList;
import java.util.List;

/**
 * The files Loa makes of a photo, known from its header alone, so that pages can be written with
 * their {@code srcset}, {@code width} and {@code height} before (or without) any photo is decoded:
 * a copy at each of {@link #WIDTHS} narrower than the photo, and one at its own width up to the
 * largest (never enlarged); the copy at the photo's own address, up to {@link #ORIGINAL_MAX} wide;
 * and the share image of link previews, cropped to 1200 × 630 (smaller, same shape, for a smaller
 * photo). Photos with transparency stay PNG; every other copy is a JPEG.
 */
public final class PhotoSizes {

    /** The widths of the copies in {@code srcset}: a phone, a phone at 2×, a laptop, a large screen. */
    public static final int[] WIDTHS = {480, 800, 1200, 1600};
    /** The widest copy published at the photo's own address (a reader's "open image"). */
    public static final int ORIGINAL_MAX = 2400;
    public static final int SHARE_WIDTH = 1200;
    public static final int SHARE_HEIGHT = 630;
    /** JPEG quality: a 20-megapixel photo is some 60 KB at 480 px and some 200 KB at 1200 px. */
    public static final float QUALITY = 0.8f;
    /** Everything above, in the key of every file made of a photo: change it and every photo is made again. */
    public static final String SETTINGS = "photo-sizes-4:480,800,1200,1600:2400:1200x630:q0.8";

    private PhotoSizes() {
    }

    /** The widths of the responsive copies, narrowest first. */
    public static List<Integer> widths(PhotoHeader h) {
        List<Integer> out = new ArrayList<>();
        int largest = Math.min(h.width(), WIDTHS[WIDTHS.length - 1]);
        for (int w : WIDTHS) {
            if (w < largest) {
                out.add(w);
            }
        }
        out.add(largest);
        return out;
    }

    /** The height of a copy {@code width} wide, the photo's shape kept. */
    public static int height(PhotoHeader h, int width) {
        return Math.max(1, (int) Math.round((double) h.height() * width / h.width()));
    }

    public static int originalWidth(PhotoHeader h) {
        return Math.min(h.width(), ORIGINAL_MAX);
    }

    /** The part of the photo a share image shows, centred: {x, y, width, height} in the photo as a reader sees it. */
    public static int[] shareCrop(PhotoHeader h) {
        int w = h.width();
        int ht = h.height();
        if ((long) w * SHARE_HEIGHT > (long) ht * SHARE_WIDTH) {
            int cw = Math.max(1, (int) Math.round((double) ht * SHARE_WIDTH / SHARE_HEIGHT));
            return new int[] {(w - cw) / 2, 0, cw, ht};
        }
        int ch = Math.max(1, (int) Math.round((double) w * SHARE_HEIGHT / SHARE_WIDTH));
        return new int[] {0, (ht - ch) / 2, w, ch};
    }

    /** The size of the share image: 1200 × 630, or the crop itself when it is smaller. */
    public static int[] shareSize(PhotoHeader h) {
        int[] crop = shareCrop(h);
        if (crop[2] >= SHARE_WIDTH) {
            return new int[] {SHARE_WIDTH, SHARE_HEIGHT};
        }
        return new int[] {crop[2], crop[3]};
    }

    /** Whether the copies are PNG (the photo has transparency) rather than JPEG. */
    public static boolean png(PhotoHeader h) {
        return h.alpha();
    }
}

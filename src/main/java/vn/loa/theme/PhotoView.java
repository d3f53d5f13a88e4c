package vn.loa.theme;

/**
 * A photo as a template writes it: {@code src} and {@code srcset} relative to the page, {@code sizes},
 * and the {@code width} and {@code height} of its widest copy. For a share image ({@code og:image}),
 * {@code src} is site-absolute (the template makes it absolute with the base URL).
 */
public final class PhotoView {

    private final String src;
    private final String srcset;
    private final int width;
    private final int height;

    PhotoView(String src, String srcset, int width, int height) {
        this.src = src;
        this.srcset = srcset;
        this.width = width;
        this.height = height;
    }

    public String getSrc() {
        return src;
    }

    public String getSrcset() {
        return srcset;
    }

    public String getSizes() {
        return PhotoHtml.SIZES;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }
}

package vn.loa.image;

/**
 * What a photo's header says, read without decoding its pixels: its format, its stored size and its
 * EXIF orientation (1 to 8; 1 when it has none). Orientations 5 to 8 turn it a quarter, so a reader
 * sees it {@link #width} × {@link #height} with the sides swapped.
 */
public record PhotoHeader(Format format, int storedWidth, int storedHeight, int orientation, boolean alpha) {

    /** The formats Loa reads. Only JPEG and PNG are written. */
    public enum Format {
        JPEG("jpeg"), PNG("png"), WEBP("webp");

        final String imageIoName;

        Format(String imageIoName) {
            this.imageIoName = imageIoName;
        }
    }

    /** The width a reader sees: the orientation applied. */
    public int width() {
        return orientation >= 5 ? storedHeight : storedWidth;
    }

    public int height() {
        return orientation >= 5 ? storedWidth : storedHeight;
    }
}

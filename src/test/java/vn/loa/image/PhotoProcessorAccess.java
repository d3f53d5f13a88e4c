package vn.loa.image;

/** The encoder of {@link PhotoProcessor}, for test sources outside the package (the sample photo, the bench corpus). */
public final class PhotoProcessorAccess {

    private PhotoProcessorAccess() {
    }

    public static byte[] jpeg(java.awt.image.BufferedImage image) {
        return PhotoProcessor.jpeg(image);
    }
}

package vn.loa.image;

/**
 * A photo Loa cannot publish: not an image, cut short, too large, or declaring more pixels than a
 * photo has. Its message says what, in Vietnamese; the caller names the page and the file
 * ({@link vn.loa.LoaException}).
 */
public final class PhotoProblem extends RuntimeException {

    public PhotoProblem(String problem) {
        super(problem);
    }

    public PhotoProblem(String problem, Throwable cause) {
        super(problem, cause);
    }
}

package vn.loa.theme;

/**
 * The output as the builds before this one wrote it, for a kind of output that can make its
 * files from the ones written rather than from every page (the search index after a few bodies
 * changed: {@link SearchOutputs}). The engine answers from its manifest of the output.
 */
public interface WrittenOutput {

    /** Whether the output holds the output at {@code path} as made from what {@code key} keys ({@link Output#key}). */
    boolean madeWith(String path, long key);

    /** A file of the output (a path relative to it) with the bytes the build that wrote it made; null when it holds none or others. */
    byte[] read(String path);

    /** An output nobody wrote: every output is made from its pages. */
    WrittenOutput NONE = new WrittenOutput() {
        @Override
        public boolean madeWith(String path, long key) {
            return false;
        }

        @Override
        public byte[] read(String path) {
            return null;
        }
    };
}

package vn.loa.load;

/** A document published beside its page: {@code name} is the file name, relative to the page. */
public record Attachment(String name, String format, long size) {

    /** {@code 1,2 MB}, {@code 35 KB}: the size a reader sees before downloading. */
    public String sizeLabel() {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return Math.max(1, Math.round(size / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0)).replace('.', ',');
    }
}

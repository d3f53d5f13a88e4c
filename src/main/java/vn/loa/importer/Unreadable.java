package vn.loa.importer;

import java.nio.file.Path;
import vn.loa.LoaException;

/** The error for a file a library (POI, PDFBox) could not open: in Vietnamese, with the library's words as a detail. */
final class Unreadable {

    private static final int MAX_DETAIL = 160;

    private Unreadable() {
    }

    /**
     * {@code không mở được tệp PDF: tệp hỏng hoặc không đúng dạng (chi tiết: Error: End-of-File …)}; the detail is the
     * library's message without its exception's class, cut short, and left out when there is none.
     */
    static LoaException file(Path file, String kind, Exception e, String fix) {
        String detail = e.getMessage() == null ? "" : e.getMessage().strip().replaceAll("\\s+", " ");
        if (detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL) + "…";
        }
        return new LoaException(file, 0, "không mở được tệp " + kind + ": tệp hỏng hoặc không đúng dạng"
                + (detail.isEmpty() ? "" : " (chi tiết: " + detail + ")"), fix);
    }
}

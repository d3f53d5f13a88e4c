package vn.loa.importer;

/**
 * What a picture's first bytes say it is: the raster formats a browser shows ({@code jpg}, {@code png}, {@code gif},
 * {@code webp}), Word's vector drawings ({@code emf}, {@code wmf}, which no browser shows), or nothing known. The
 * picture is never decoded (a decompression bomb costs nothing here): its bytes are copied as they are.
 */
enum ImageKind {
    JPEG("jpg"), PNG("png"), GIF("gif"), WEBP("webp"), EMF("emf"), WMF("wmf");

    /** The file extension written for it. */
    final String extension;

    ImageKind(String extension) {
        this.extension = extension;
    }

    /** Whether a browser shows it as it is. */
    boolean web() {
        return this != EMF && this != WMF;
    }

    /** The kind the bytes begin with; null when none of these. */
    static ImageKind of(byte[] b) {
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (starts(b, 0, 'G', 'I', 'F', '8') && b.length > 5 && (b[4] == '7' || b[4] == '9') && b[5] == 'a') {
            return GIF;
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
            return WEBP;
        }
        if (starts(b, 0, 0x01, 0x00, 0x00, 0x00) && starts(b, 40, ' ', 'E', 'M', 'F')) {
            return EMF;
        }
        if (starts(b, 0, 0xD7, 0xCD, 0xC6, 0x9A) || starts(b, 0, 0x01, 0x00, 0x09, 0x00) || starts(b, 0, 0x02, 0x00, 0x09, 0x00)) {
            return WMF;
        }
        return null;
    }

    private static boolean starts(byte[] b, int at, int... expected) {
        if (b.length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[at + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}

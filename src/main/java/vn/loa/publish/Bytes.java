package vn.loa.publish;

import java.util.Locale;

/** Sizes as Vietnamese readers write them: {@code 1,2 MB}, {@code 340 KB}, {@code 12 byte}. */
final class Bytes {

    private Bytes() {
    }

    static String of(long n) {
        if (n >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024.0)).replace('.', ',');
        }
        if (n >= 1024) {
            return String.format(Locale.ROOT, "%.1f KB", n / 1024.0).replace('.', ',');
        }
        return n + " byte";
    }
}

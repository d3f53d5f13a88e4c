package vn.loa.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.loa.LoaException;

/**
 * Where a site may be written. The output is Loa's to change whole, so it must not hold the site's
 * own sources: it may not be the site root or a folder above it, nor lie inside {@code content/}
 * (the next build would publish the last one) or {@code themes/}.
 */
final class OutputPlaces {

    private OutputPlaces() {
    }

    static void check(Path source, Path output) {
        Path src = real(source);
        Path out = real(output);
        String fix = "chọn một thư mục xuất riêng bằng '--output', ví dụ '--output " + src.resolve("site") + "'";
        if (src.startsWith(out)) {
            throw new LoaException(output.toAbsolutePath().normalize(), 0,
                    "thư mục xuất chứa cả thư mục nguồn " + src + "; mỗi lần xây dựng Loa thay thế toàn bộ thư mục xuất", fix);
        }
        for (String inside : List.of("content", "themes")) {
            if (out.startsWith(src.resolve(inside))) {
                throw new LoaException(output.toAbsolutePath().normalize(), 0,
                        "thư mục xuất nằm trong " + inside + "/ của cổng; lần xây dựng sau sẽ coi trang đã xuất là nội dung", fix);
            }
        }
    }

    /** The real path of the nearest existing ancestor, with the rest of the path appended. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}

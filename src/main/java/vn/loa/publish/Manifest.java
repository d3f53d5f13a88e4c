package vn.loa.publish;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.loa.LoaException;

/**
 * What a Loa publish left on the target: {@code .loa-publish} lists every file it sent, one per line as
 * {@code sha256 size path}, under a first line {@code loa-publish 1}. It is written last, by a rename, so it always
 * describes a whole publish. While a publish runs, each file sent (or removed) is appended to
 * {@code .loa-publish.journal} as {@code + sha256 size path} (or {@code - path}); an interrupted publish leaves the
 * journal, and the next one reads the manifest with the journal applied, so it sends only what is still missing.
 * Only the files these two name are ever removed from the target.
 */
final class Manifest {

    static final String NAME = ".loa-publish";
    static final String JOURNAL = ".loa-publish.journal";
    private static final String HEADER = "loa-publish 1";

    private Manifest() {
    }

    /** The files the manifest and the journal (either may be null) say are on the target. */
    static SortedMap<String, FileState> read(String manifest, String journal) {
        SortedMap<String, FileState> files = new TreeMap<>();
        if (manifest != null) {
            String[] lines = manifest.split("\n");
            if (!lines[0].strip().equals(HEADER)) {
                throw broken(NAME, 1);
            }
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isEmpty()) {
                    entry(lines[i], files, NAME, i + 1);
                }
            }
        }
        if (journal != null) {
            String[] lines = journal.split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.startsWith("+ ")) {
                    entry(line.substring(2), files, JOURNAL, i + 1);
                } else if (line.startsWith("- ")) {
                    files.remove(safe(line.substring(2), JOURNAL, i + 1));
                } else if (!line.isEmpty() && i < lines.length - 1) {
                    throw broken(JOURNAL, i + 1);
                }
                // A last line cut short by the interruption is ignored: that file is sent again.
            }
        }
        return Collections.unmodifiableSortedMap(files);
    }

    private static void entry(String line, SortedMap<String, FileState> files, String name, int number) {
        String[] parts = line.split(" ", 3);
        if (parts.length != 3 || parts[0].length() != 64) {
            throw broken(name, number);
        }
        try {
            files.put(safe(parts[2], name, number), new FileState(parts[0], Long.parseLong(parts[1])));
        } catch (NumberFormatException e) {
            throw broken(name, number);
        }
    }

    /**
     * A path read from the target stays inside it: a manifest edited to name {@code ../x} or {@code /etc/x} would
     * otherwise have Loa remove a file outside the folder it publishes into.
     */
    private static String safe(String path, String name, int line) {
        boolean bad = path.isEmpty() || path.startsWith("/");
        for (String segment : path.split("/", -1)) {
            bad |= segment.isEmpty() || segment.equals(".") || segment.equals("..");
        }
        if (bad) {
            throw new LoaException(java.nio.file.Path.of(name), line, "tệp ghi dấu xuất bản trên máy đích nêu đường dẫn '" + path
                    + "' ra ngoài thư mục xuất bản; Loa không làm theo", "kiểm tra xem ai đã sửa tệp này; xóa dòng đó rồi chạy lại");
        }
        return path;
    }

    private static LoaException broken(String name, int line) {
        return new LoaException(java.nio.file.Path.of(name), line, "tệp ghi dấu xuất bản trên máy đích bị hỏng",
                "kiểm tra xem ai đã sửa tệp này; nếu cần xuất bản lại từ đầu, hãy xuất bản vào một thư mục trống");
    }

    static String format(SortedMap<String, FileState> files) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        files.forEach((path, f) -> sb.append(f.hash()).append(' ').append(f.size()).append(' ').append(path).append('\n'));
        return sb.toString();
    }

    static String added(String path, FileState f) {
        return "+ " + f.hash() + " " + f.size() + " " + path + "\n";
    }

    static String removed(String path) {
        return "- " + path + "\n";
    }
}

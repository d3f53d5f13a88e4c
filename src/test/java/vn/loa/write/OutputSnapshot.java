package vn.loa.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Helpers of the write stage's tests: an output folder exactly as it is, and what lies beside it. */
final class OutputSnapshot {

    private OutputSnapshot() {
    }

    /** Every file and folder under {@code dir}, Loa's mark included: a file by its bytes' key and time of change. */
    static Map<String, String> exactly(Path dir) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String rel = dir.relativize(p).toString();
                out.put(rel, Files.isDirectory(p) ? "folder"
                        : Long.toHexString(vn.loa.Key.bytes(Files.readAllBytes(p))) + " " + Files.getLastModifiedTime(p).toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The names in the folder that holds the output, other than the site's own {@code content}, {@code themes} and {@code site}. */
    static List<String> beside(Path output) {
        try (Stream<Path> s = Files.list(output.getParent())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !List.of("content", "themes", "site").contains(n)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder with everything in it. */
    static void copy(Path from, Path to) {
        vn.loa.engine.SiteFiles.copyTree(from, to);
    }
}

package vn.loa.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A small built site, as {@code loa build} leaves it (with its {@code .loa-site} mark), for the publish tests. */
final class SampleSite {

    static final List<String> FILES = List.of("index.html", "404.html", "assets/loa.css", "assets/loa.js", "anh/bia.png",
            "tin-tuc/index.html", "tin-tuc/hoi-thao/index.html", "tin-tuc/hoi-thao/ke-hoach.pdf", "feed.xml",
            "lich/khcn.ics", "tim-kiem/index.json");

    final Path dir;

    SampleSite(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(".loa-site"), "");
        for (String f : FILES) {
            write(f, "<!-- " + f + " -->\n");
        }
        write("anh/lon.bin", "x".repeat(70_000));
    }

    void write(String path, String text) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    void delete(String path) throws IOException {
        Files.delete(dir.resolve(path));
    }

    int count() throws IOException {
        return files(dir).size() - 1;
    }

    /** Every file under a folder with its text, by relative path. */
    static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }

    /** The site's files as a target should hold them: all but Loa's own marks. */
    Map<String, String> published() throws IOException {
        Map<String, String> out = files(dir);
        out.remove(".loa-site");
        return out;
    }

    /** The target's files, without Loa's manifest. */
    static Map<String, String> content(Path target) throws IOException {
        Map<String, String> out = files(target);
        out.remove(Manifest.NAME);
        return out;
    }
}

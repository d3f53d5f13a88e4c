package vn.loa.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The corpus of plans written for the importer's tests, each with its hand-checked {@code *.expected.json}. */
final class Corpus {

    static final Path DIR = Path.of("src/test/resources/importer/corpus");

    private Corpus() {
    }

    /** Every document of the corpus; the Word one is built with POI into {@code tmp}. */
    static List<Path> documents(Path tmp) {
        List<Path> out = new ArrayList<>();
        try (var s = Files.list(DIR)) {
            for (Path f : s.sorted().toList()) {
                String n = f.getFileName().toString();
                if (Files.isRegularFile(f) && (n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".html"))) {
                    out.add(f);
                }
            }
            Path docx = tmp.resolve("05-sang-tao-2025.docx");
            Files.write(docx, DocxFixture.sangTao2025());
            out.add(docx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Path expected(Path document) {
        String n = document.getFileName().toString();
        return DIR.resolve(n.substring(0, n.lastIndexOf('.')) + ".expected.json");
    }

    /** The seed plans beside the repository ({@code ../shared/seeds}), when they are there. */
    static List<Path> seeds() {
        for (Path dir : List.of(Path.of("../shared/seeds"), Path.of("/work/shared/seeds"))) {
            if (Files.isDirectory(dir)) {
                try (var s = Files.list(dir)) {
                    return s.filter(Files::isRegularFile).sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return List.of();
    }
}

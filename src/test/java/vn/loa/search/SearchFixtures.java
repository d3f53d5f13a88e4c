package vn.loa.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.loa.load.Campaign;

/** Small indexes built from documents written in the test, and a way to run the script in node. */
final class SearchFixtures {

    static final Path REPO = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    static final Path SCRIPT = REPO.resolve("themes/default/static/js/tim-kiem.js");
    static final Path RESOURCES = REPO.resolve("src/test/resources/search");
    static final List<Campaign> CAMPAIGNS = List.of(Campaign.defaults().get("ngay-sang-tao"), Campaign.defaults().get("ngay-khcn"));

    private SearchFixtures() {
    }

    /** A news post with a title and a body, dated so that earlier arguments are newer. */
    static SearchDoc news(String title, String body) {
        return doc("news", title, List.of(), body, null, 2024);
    }

    static SearchDoc doc(String type, String title, List<String> meta, String body, String campaign, Integer year) {
        return new SearchDoc(title, "../" + type + "/" + Math.abs(title.hashCode()) + "/", type,
                year == null ? null : LocalDate.of(year, 5, 1), campaign, year, SearchDoc.snippet(body), meta, body);
    }

    static SearchIndex index(List<SearchDoc> docs) {
        return SearchIndex.build(docs, CAMPAIGNS, u -> ".." + u);
    }

    static SearchIndex index(List<SearchDoc> docs, SearchIndex.Options options) {
        return SearchIndex.build(docs, CAMPAIGNS, u -> ".." + u, options);
    }

    static Searcher searcher(SearchIndex index) {
        Map<String, byte[]> files = index.files();
        return new Searcher(files::get);
    }

    /** The ids of the hits of a query, in rank order. */
    static List<Integer> ids(Searcher s, String query) {
        return ids(s, query, Searcher.Filter.NONE);
    }

    static List<Integer> ids(Searcher s, String query, Searcher.Filter filter) {
        return s.search(query, filter).hits().stream().map(Searcher.Hit::id).toList();
    }

    /** Writes an index's files under a folder, as the site has them. */
    static Path write(SearchIndex index, Path dir) {
        try {
            for (var e : index.files().entrySet()) {
                Path f = dir.resolve(e.getKey());
                Files.createDirectories(f.getParent());
                Files.write(f, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** The node command, or null when there is none. */
    static String node() {
        for (String candidate : List.of("node", "nodejs")) {
            try {
                Process p = new ProcessBuilder(candidate, "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException | InterruptedException e) {
                // try the next name
            }
        }
        return null;
    }

    /** Runs a node script with arguments and stdin; returns stdout, failing on a non-zero exit. */
    static String runNode(String node, String stdin, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(node);
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread t = new Thread(() -> copy(p.getErrorStream(), err));
            t.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroy();
                throw new AssertionError("node did not finish: " + cmd);
            }
            t.join();
            if (p.exitValue() != 0) {
                throw new AssertionError("node failed (" + p.exitValue() + "): " + cmd + "\n" + err.toString(StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void copy(InputStream in, OutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents as a build takes them, as often as it asks: counted in {@code passes[0]}; rows only when asked. */
    static SearchIndexBuilder.Docs given(List<SearchDoc> docs, int[] passes) {
        List<DocTerms> terms = docs.stream().map(DocTerms::of).toList();
        return new SearchIndexBuilder.Docs() {
            @Override
            public int size() {
                return docs.size();
            }

            @Override
            public void each(boolean rows, java.util.function.BiConsumer<SearchDoc, DocTerms> to) {
                passes[0]++;
                for (int i = 0; i < docs.size(); i++) {
                    to.accept(rows ? docs.get(i).shown() : null, terms.get(i));
                }
            }
        };
    }
}

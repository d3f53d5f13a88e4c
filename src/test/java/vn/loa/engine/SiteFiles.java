package vn.loa.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A site in a temporary folder for the engine's tests: its files, edits, and the output compared with a clean build. */
public final class SiteFiles {

    public static final LocalDate TODAY = LocalDate.of(2025, 5, 16);

    public final Path root;
    public final Path output;

    public SiteFiles(Path root) {
        this.root = root;
        this.output = root.resolve("site");
    }

    /** A copy of the sample portal of this repository. */
    public static SiteFiles sample(Path dir) {
        SiteFiles s = new SiteFiles(dir.resolve("cong"));
        copyTree(Path.of("content"), s.root.resolve("content"));
        return s;
    }

    public BuildOptions options() {
        return BuildOptions.of(root).withOutput(output).withToday(TODAY).withStrictTemplates(true);
    }

    /** One build in a new engine, as a new process does (the cache on disk is its only memory). */
    public BuildResult build() {
        return Builder.build(options());
    }

    /**
     * Runs {@code work} with the bytes of bodies an engine keeps set to {@code budget} (the system
     * property {@code loa.bodyBudget}, read when an engine is made): 0 as for a site too big for the heap.
     */
    public static <T> T withBodyBudget(long budget, java.util.function.Supplier<T> work) {
        String before = System.getProperty("loa.bodyBudget");
        System.setProperty("loa.bodyBudget", String.valueOf(budget));
        try {
            return work.get();
        } finally {
            if (before == null) {
                System.clearProperty("loa.bodyBudget");
            } else {
                System.setProperty("loa.bodyBudget", before);
            }
        }
    }

    /** A clean build of the same content into a fresh folder, without the cache. */
    public Map<String, String> cleanBuild(Path into) {
        Builder.build(options().withOutput(into).withCache(false));
        return tree(into);
    }

    public String read(String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file of the site, with a time of change that differs from the last one even on a coarse clock. */
    public void write(String file, String text) {
        try {
            Path p = root.resolve(file);
            Files.createDirectories(p.getParent());
            long before = Files.exists(p) ? Files.getLastModifiedTime(p).toMillis() : 0;
            Files.writeString(p, text, StandardCharsets.UTF_8);
            if (Files.getLastModifiedTime(p).toMillis() <= before) {
                Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(before + 1000));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void replace(String file, String from, String to) {
        String text = read(file);
        if (!text.contains(from)) {
            throw new AssertionError(file + " does not contain " + from);
        }
        write(file, text.replace(from, to));
    }

    public void delete(String file) {
        try {
            Files.delete(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void move(String from, String to) {
        try {
            Files.move(root.resolve(from), root.resolve(to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Markdown files of the content, relative to the site root, in order. */
    public List<String> markdown() {
        try (Stream<Path> s = Files.walk(root.resolve("content"))) {
            return s.filter(p -> p.toString().endsWith(".md")).map(p -> root.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of a folder but Loa's mark, by path, as the text of its bytes' digest. */
    public static Map<String, String> tree(Path dir) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                String rel = dir.relativize(p).toString();
                if (!rel.equals(vn.loa.write.SiteWriter.MARK)) {
                    out.put(rel, Long.toHexString(vn.loa.Key.bytes(Files.readAllBytes(p))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Fails with the paths that differ when two trees are not the same. */
    public static void assertSameTree(Map<String, String> expected, Map<String, String> actual, String what) {
        if (expected.equals(actual)) {
            return;
        }
        List<String> diff = new ArrayList<>();
        expected.forEach((p, h) -> {
            if (!h.equals(actual.get(p))) {
                diff.add((actual.containsKey(p) ? "changed " : "missing ") + p);
            }
        });
        actual.keySet().stream().filter(p -> !expected.containsKey(p)).forEach(p -> diff.add("extra " + p));
        assertEquals(List.of(), diff.subList(0, Math.min(20, diff.size())), what);
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

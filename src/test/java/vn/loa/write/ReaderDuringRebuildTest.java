package vn.loa.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.engine.Engine;
import vn.loa.engine.SiteFiles;

/**
 * A reader of the output (a web server, a browser on {@code loa serve}) never finds a file of the
 * site missing or empty while the site is built again after edits: every file is replaced by one
 * rename.
 */
class ReaderDuringRebuildTest {

    static final String NEWS = "content/tin-tuc/trao-tang-can-doi-chung-cho-cac-cho.md";

    @TempDir
    Path dir;

    @Test
    void aReaderNeverFindsAFileMissingOrEmpty() throws Exception {
        SiteFiles site = SiteFiles.sample(dir);
        Engine engine = new Engine(site.options());
        engine.build();
        List<Path> files = files(site.output);
        assertTrue(files.size() > 100, () -> files.size() + " files");

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger rounds = new AtomicInteger();
        Queue<String> problems = new ConcurrentLinkedQueue<>();
        Thread reader = new Thread(() -> {
            while (!stop.get() && problems.size() < 10) {
                for (Path f : files) {
                    try {
                        if (Files.readAllBytes(f).length == 0) {
                            problems.add("empty: " + site.output.relativize(f));
                        }
                    } catch (IOException e) {
                        problems.add(e + ": " + site.output.relativize(f));
                    }
                }
                rounds.incrementAndGet();
            }
        }, "reader");
        reader.start();
        int builds = 0;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
        try {
            while (builds < 3 || System.nanoTime() < end && builds < 40) {
                builds++;
                String file = switch (builds % 3) {
                    case 0 -> edit(site, NEWS, "(?m)^title: .*$", "title: Trao tặng cân đối chứng lần " + builds);
                    case 1 -> edit(site, NEWS, "\\z", "\nĐoạn thêm lần " + builds + ".\n");
                    default -> edit(site, "content/site.yaml", "(?m)^  phone: 0200 3812 \\d+$", "  phone: 0200 3812 " + (500 + builds));
                };
                engine.changed(List.of(site.root.resolve(file)));
                engine.build();
            }
        } finally {
            stop.set(true);
            reader.join();
        }
        assertEquals(List.of(), new ArrayList<>(problems), "what the reader found");
        assertTrue(rounds.get() >= 2, () -> "the reader read the site " + rounds.get() + " times");
        SiteFiles.assertSameTree(site.cleanBuild(dir.resolve("sach")), SiteFiles.tree(site.output), "the last build is the clean build's");
    }

    private static String edit(SiteFiles site, String file, String regex, String with) {
        String text = site.read(file);
        String edited = text.replaceFirst(regex, java.util.regex.Matcher.quoteReplacement(with));
        if (edited.equals(text)) {
            throw new AssertionError(regex + " not found in " + file);
        }
        site.write(file, edited);
        return file;
    }

    private static List<Path> files(Path output) {
        try (Stream<Path> s = Files.walk(output)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(SiteWriter.MARK)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

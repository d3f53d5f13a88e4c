package vn.loa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A tiny portal in a temporary folder, built through the command line ({@link Main#run}).
 *
 * <pre>
 * root/            the folder whose listing must not change, except for the output
 *   portal/        the site root given to --source
 *     content/     site.yaml and one or two Markdown files
 *   site/          the output given to --output
 * </pre>
 */
public final class TinySite {

    /** What one run of the command line did. */
    public record Run(int exit, String out, String err) {

        /** Every {@code file:line: lỗi: problem — cách sửa: fix} line of the error output. */
        public List<Message> messages() {
            List<Message> list = new ArrayList<>();
            Matcher m = MESSAGE.matcher(err);
            while (m.find()) {
                list.add(new Message(m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), m.group(3), m.group(4)));
            }
            return list;
        }

        /** The one message about {@code file}; fails unless there is exactly one. */
        public Message about(String file) {
            List<Message> found = messages().stream().filter(x -> x.file().equals(file)).toList();
            assertEquals(1, found.size(), () -> "expected one message about " + file + " in:\n" + err);
            return found.get(0);
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    /** One printed error: the file, its line (0 when none), the problem and how to fix it. */
    public record Message(String file, int line, String problem, String fix) {
    }

    private static final Pattern MESSAGE = Pattern.compile(
            "(?m)^([^\\s:][^:\\n]*?)(?::(\\d+))?: lỗi: (.+?)(?: — cách sửa: (.+))?$");

    public static final String SITE_YAML = "title: Cổng thử nghiệm\n";

    public static final String GOOD_NEWS = """
            ---
            title: Khai mạc triển lãm sáng tạo
            date: 2024-05-17
            tags: [triển lãm]
            ---

            Sáng nay, triển lãm đã khai mạc.
            """;

    public final Path root;
    public final Path source;
    public final Path output;

    public TinySite(Path root) {
        this.root = root;
        this.source = root.resolve("portal");
        this.output = root.resolve("site");
        write("content/site.yaml", SITE_YAML);
        write("content/tin-tuc/khai-mac.md", GOOD_NEWS);
    }

    /** Writes a UTF-8 file under the site root. */
    public TinySite write(String relative, String text) {
        return writeBytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public TinySite writeBytes(String relative, byte[] bytes) {
        Path p = source.resolve(relative);
        try {
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TinySite delete(String relative) {
        try {
            Files.delete(source.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** {@code loa build --source portal --output site} plus any extra arguments. */
    public Run build(String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--source", source.toString(), "--output", output.toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    /** Runs the command line with standard output and error captured. */
    public static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Main.run(args);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Builds the good site; fails unless the build succeeds. */
    public Run buildGood(String... extra) {
        Run r = build(extra);
        assertEquals(0, r.exit(), () -> "the good site must build: " + r);
        assertTrue(Files.isRegularFile(output.resolve("index.html")), "the good build wrote site/index.html");
        return r;
    }

    /**
     * The whole scenario of a broken build: builds the good site, lets {@code breakIt} damage the
     * content, builds again and checks that the build failed with exit code 1, that the old output
     * is byte for byte what it was, and that nothing else under the root changed.
     */
    public Run breakAndRebuild(Runnable breakIt) {
        buildGood();
        Map<String, String> before = tree(output);
        breakIt.run();
        Map<String, String> outside = treeOutsideOutput();
        Run r = build();
        assertEquals(1, r.exit(), () -> "a broken site must fail with exit code 1: " + r);
        assertSameTree(before, tree(output), "the last good output must be untouched");
        assertSameTree(outside, treeOutsideOutput(), "nothing outside the output may be created or changed");
        assertTrue(r.err().contains("lỗi: "), () -> "the error is printed: " + r);
        for (Message m : r.messages()) {
            assertTrue(m.fix() != null && !m.fix().isBlank(), () -> "every message says how to fix it: " + m);
            assertTrue(!m.file().startsWith("/"), () -> "files are named relative to the site root: " + m);
        }
        return r;
    }

    /** Fails with the paths added, removed and changed, rather than two whole listings. */
    public static void assertSameTree(Map<String, String> expected, Map<String, String> actual, String what) {
        if (expected.equals(actual)) {
            return;
        }
        StringBuilder sb = new StringBuilder(what).append(':');
        Map<String, String> all = new TreeMap<>(expected);
        all.putAll(actual);
        all.keySet().forEach(k -> {
            if (!expected.containsKey(k)) {
                sb.append("\n  + ").append(k);
            } else if (!actual.containsKey(k)) {
                sb.append("\n  - ").append(k);
            } else if (!expected.get(k).equals(actual.get(k))) {
                sb.append("\n  ~ ").append(k);
            }
        });
        fail(sb.toString());
    }

    /** Everything under the root but the output: paths, kinds and contents. */
    public Map<String, String> treeOutsideOutput() {
        Map<String, String> all = tree(root);
        Map<String, String> out = new TreeMap<>();
        String name = root.relativize(output).toString();
        all.forEach((k, v) -> {
            if (!k.equals(name) && !k.startsWith(name + "/")) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** A folder's files by relative path: content hashes, "dir" for folders, "-> target" for links. */
    public static Map<String, String> tree(Path dir) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.forEach(p -> {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                try {
                    if (Files.isSymbolicLink(p)) {
                        out.put(rel, "-> " + Files.readSymbolicLink(p));
                    } else if (Files.isDirectory(p)) {
                        out.put(rel, "dir");
                    } else {
                        out.put(rel, sha256(Files.readAllBytes(p)));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public String read(String relativeToOutput) {
        try {
            return Files.readString(output.resolve(relativeToOutput), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asserts a message about {@code file} at {@code line} whose problem contains each fragment. */
    public static Message assertMessage(Run r, String file, int line, String... fragments) {
        Message m = r.about(file);
        assertEquals(line, m.line(), () -> "line of the message about " + file + ": " + r.err());
        for (String f : fragments) {
            if (!(m.problem() + " — " + m.fix()).contains(f)) {
                fail("the message about " + file + " should contain '" + f + "': " + r.err());
            }
        }
        assertTrue(m.fix() != null && !m.fix().isBlank(), () -> "the message says how to fix it: " + r.err());
        return m;
    }
}

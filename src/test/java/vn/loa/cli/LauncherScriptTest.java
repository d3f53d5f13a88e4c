package vn.loa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code loa}, run with bash from a copy of the checkout in a temporary folder:
 * the run that compiles Loa says so in one line on stderr and prints nothing else of Maven's (no
 * escape codes); later runs print only the build's summary; a copy of a checkout that already has
 * its class archive runs without the JVM's warning about an archive made for another path, and
 * records one it can use. (No space in these paths: JDK 17 does not compare the jar's path with
 * the one an archive was made for when that one holds a space.)
 *
 * <p>Needs bash and Maven (one {@code mvn package}: with the compiled classes of this checkout
 * reused, Maven only makes the jar, about 10 s of processor).
 */
@EnabledIf(value = "bashAndMavenOnPath",
        disabledReason = "needs bash and mvn on PATH: the launcher is a bash script that compiles Loa with Maven")
class LauncherScriptTest {

    private static final String COMPILING = "Đang biên dịch Loa…\n";

    @TempDir
    static Path temp;

    /** The copy of the checkout, compiled by its first run. */
    private static Path checkout;
    private static Run first;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void firstRunInACopy() throws Exception {
        Path root = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        assertTrue(Files.isRegularFile(root.resolve("loa")), "no launcher in " + root);
        checkout = temp.resolve("checkout");
        for (String part : List.of("loa", "pom.xml", "src/main", "content", "themes")) {
            copy(root.resolve(part), checkout.resolve(part));
        }
        reuseCompiledClasses(root, checkout);
        first = run(checkout, "build");
    }

    /** Regression: the first run on a fresh clone printed Maven's escape codes ("[0m") after its line. */
    @Test
    void theRunThatCompilesSaysSoInOneLineAndNothingElse() {
        assertEquals(0, first.exit(), first.err());
        assertEquals(COMPILING, first.err());
        assertOnlySummary(first.out());
        assertTrue(Files.isRegularFile(checkout.resolve("target/loa.jar")));
        assertEquals(jarOf(checkout) + "\n", read(checkout.resolve("target/loa.jsa.jar")), "archive recorded for this jar");
    }

    @Test
    void laterRunsPrintOnlyTheSummary() throws Exception {
        Run second = run(checkout, "build");
        assertEquals(0, second.exit(), second.err());
        assertEquals("", second.err());
        assertOnlySummary(second.out());
    }

    /** Regression: in a copied checkout every command printed "[warning][cds,dynamic] Unable to use shared archive". */
    @Test
    void aCopiedCheckoutRunsWithoutWarningsAndRecordsItsOwnArchive() throws Exception {
        assertTrue(Files.isRegularFile(checkout.resolve("target/loa.jsa")), "the first run recorded an archive");
        Path moved = temp.resolve("elsewhere/loa");
        copy(checkout, moved);
        for (int i = 0; i < 2; i++) {
            Run run = run(moved, "build");
            assertEquals(0, run.exit(), run.err());
            assertEquals("", run.err(), "run " + (i + 1));
            assertOnlySummary(run.out());
        }
        assertEquals(jarOf(moved) + "\n", read(moved.resolve("target/loa.jsa.jar")));
        // -Xshare:on refuses to start when it cannot map the archive: the copy's archive is usable.
        Run mapped = exec(moved, List.of("java", "-Xshare:on", "-XX:SharedArchiveFile=" + moved.resolve("target/loa.jsa"),
                "-jar", jarOf(moved), "--version"));
        assertEquals(0, mapped.exit(), mapped.out() + mapped.err());
    }

    /** serve, which runs for hours, starts with a quarter of the heap a build starts with; bench measures it so. */
    @Test
    void serveStartsWithASmallerHeapThanABuild() throws Exception {
        String path = fakeJava();
        assertTrue(javaArguments(path, "build").contains(" -Xms1g "));
        String serve = javaArguments(path, "serve");
        assertTrue(serve.contains(" -Xms256m ") && !serve.contains("-Xms1g"), serve);
        String bench = javaArguments(path, "bench");
        assertTrue(bench.contains(" -Xms1g ") && bench.contains(" -Dloa.serveHeapStart=256m "), bench);
    }

    /**
     * build and check run C1 alone (a build of up to tens of thousands of pages is too short to pay
     * for C2's compiling) but let C2 compile for a site of more than 50,000 pages, counted as the
     * .md files of content/'s sections; bench is told the limit, to build its corpus the same way.
     */
    @Test
    void aSiteOfMoreThanFiftyThousandPagesBuildsWithTheC2CompilerToo() throws Exception {
        String path = fakeJava();
        Path site = temp.resolve("big-site");
        Path posts = Files.createDirectories(site.resolve("content/tin-tuc"));
        // Hard links to one file: 50,000 names but one inode, so that the file system has no
        // 50,000 inodes to free at the end (on ext4 without a journal, files made just after many
        // were deleted are slow to make, and the tests after this one make many; docs/performance.md).
        Path post = Files.createFile(posts.resolve("tin-1.md"));
        for (int i = 2; i <= 50_000; i++) {
            Files.createLink(posts.resolve("tin-" + i + ".md"), post);
        }
        Files.createDirectories(site.resolve("content/ke-hoach/ke-hoach-1")); // a page bundle: not counted (a stat each)
        Files.createFile(Files.createDirectories(site.resolve("content/anh")).resolve("a.jpg")); // a photo: no page
        String quick = "-XX:TieredStopAtLevel=1";
        assertTrue(javaArguments(path, "build", "--source", site.toString()).contains(quick), "50,000 pages");
        assertTrue(javaArguments(path, "check", "--source=" + site).contains(quick), "50,000 pages");
        Files.createFile(site.resolve("content/ke-hoach/ke-hoach-2.md"));
        String build = javaArguments(path, "build", "--source", site.toString());
        assertFalse(build.contains(quick), build);
        assertFalse(javaArguments(path, "check", "--source=" + site).contains(quick));
        assertTrue(javaArguments(path, "build").contains(quick), "the checkout's own sample portal");
        assertTrue(javaArguments(path, "serve", "--source", site.toString()).contains(quick), "serve keeps C1");
        assertTrue(javaArguments(path, "bench").contains(" -Dloa.fullJitPages=50000 "));
    }

    /** A folder holding a script named java that prints its arguments, before the rest of PATH. */
    private static String fakeJava() throws IOException {
        Path bin = temp.resolve("fake-java");
        Path java = bin.resolve("java");
        if (!Files.exists(java)) {
            Files.createDirectories(bin);
            Files.writeString(java, "#!/usr/bin/env bash\necho \"$*\"\n");
            java.toFile().setExecutable(true);
        }
        return bin + File.pathSeparator + System.getenv("PATH");
    }

    /** The arguments the launcher gives java for a command, java being a script on {@code path} that prints them. */
    private static String javaArguments(String path, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("bash", checkout.resolve("loa").toString()));
        line.addAll(List.of(command));
        Run r = exec(checkout, line, java.util.Map.of("PATH", path));
        assertEquals(0, r.exit(), r.err());
        return " " + r.out().lines().reduce((a, b) -> b).orElse("") + " ";
    }

    /** The summary, and the line naming the sample's draft; nothing else. */
    private static void assertOnlySummary(String out) {
        assertFalse(out.contains("\u001b"), out);
        String[] lines = out.split("\n", -1);
        assertEquals(3, lines.length, out);
        assertTrue(lines[0].startsWith("Đã xây dựng "), out);
        assertTrue(lines[1].startsWith("Bỏ qua 1 bài nháp"), out);
        assertEquals("", lines[2], out);
    }

    /**
     * The classes this checkout compiled, so that Maven in the copy only makes the jar. The
     * compiler plugin recompiles the module when the list of source files it compiled last time
     * changes, and that list holds absolute paths: they are moved to the copy. (Were the classes
     * missing or the list's form to change, Maven would compile everything: slower, same result.)
     */
    private static void reuseCompiledClasses(Path root, Path copy) throws IOException, InterruptedException {
        Path classes = root.resolve("target/classes");
        Path status = root.resolve("target/maven-status");
        if (!Files.isDirectory(classes) || !Files.isDirectory(status)) {
            return;
        }
        copy(classes, copy.resolve("target/classes"));
        copy(status, copy.resolve("target/maven-status"));
        Path inputs = copy.resolve("target/maven-status/maven-compiler-plugin/compile/default-compile/inputFiles.lst");
        if (Files.isRegularFile(inputs)) {
            String from = root + File.separator;
            String to = copy + File.separator;
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(inputs, StandardCharsets.UTF_8)) {
                lines.add(line.startsWith(from) ? to + line.substring(from.length()) : line);
            }
            Files.write(inputs, lines, StandardCharsets.UTF_8);
        }
    }

    /**
     * {@code cp -a}: the launcher compares modification times, which must survive the copy. Its
     * failure names the room left on the disk: on a full disk cp's own message is lost too (its
     * stderr is a file on that disk), as in a CI run of 2026-12-07.
     */
    private static void copy(Path from, Path to) throws IOException, InterruptedException {
        Files.createDirectories(to.getParent());
        Run cp = exec(temp, List.of("cp", "-a", from.toString(), to.toString()));
        assertEquals(0, cp.exit(), () -> cp.err() + " (cp " + from + " " + to + "; room left on the disk: "
                + roomLeft() + ")");
    }

    private static String roomLeft() {
        try {
            return Files.getFileStore(temp).getUsableSpace() / (1024 * 1024) + " MB";
        } catch (IOException e) {
            return "unknown, " + e.getMessage();
        }
    }

    /** {@code bash CHECKOUT/loa ARGS} in the checkout, with the launcher's defaults and a build cache of the test's own. */
    private static Run run(Path checkout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", checkout.resolve("loa").toString()));
        command.addAll(List.of(args));
        return exec(checkout, command);
    }

    private static Run exec(Path dir, List<String> command) throws IOException, InterruptedException {
        return exec(dir, command, java.util.Map.of());
    }

    private static Run exec(Path dir, List<String> command, java.util.Map<String, String> env) throws IOException, InterruptedException {
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("LOA_JAVA_OPTS");
        pb.environment().put("LOA_CACHE_DIR", temp.resolve("cache").toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " did not end within 5 minutes");
        }
        return new Run(p.exitValue(), read(out), read(err));
    }

    private static String jarOf(Path checkout) {
        return checkout.resolve("target/loa.jar").toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static boolean bashAndMavenOnPath() {
        return onPath("bash") && onPath("mvn");
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}

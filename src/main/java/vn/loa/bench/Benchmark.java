package vn.loa.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What {@code loa bench} measures, each build in a process of its own with the JVM settings of the
 * launcher, on a corpus written by {@link CorpusGenerator}: a clean build (no output, no cache), a
 * rebuild with nothing changed, a rebuild after a one-file body edit, {@code loa serve}'s delays
 * from a file saved to the changed page served (a body edit, a page added, renamed, deleted, a
 * partial edited: median and worst over several saves, {@link ServeLatency}), and the peak
 * resident memory of each process. With Debian's {@code hugo} on the path, Hugo builds the same
 * corpus in turn with Loa's clean builds (bench/hugo-reference has its minimal theme).
 */
public final class Benchmark {

    /**
     * One process: its wall time, its peak resident memory, its processor time (null where
     * unknown), and what it printed.
     */
    public record Run(double seconds, long peakKb, Cpu cpu, String out) {
    }

    /**
     * The processor time of a process and of the processes it waited for, in seconds: in user
     * mode (the program's own work) and in the kernel on its behalf (making files and folders,
     * faulting memory in), which on these machines grows for a while after many files were
     * deleted (see {@link #all}).
     */
    public record Cpu(double user, double system) {
    }

    private final Path corpus;
    private final Path cache;
    private final PrintStream report;
    private final List<String> command;
    /** The command of the builds: {@link #command}, or without its quick-compiler flag for a big corpus ({@link #bigSite}). */
    private final List<String> buildCommand;

    public Benchmark(Path corpus, PrintStream report) {
        this.corpus = corpus;
        this.cache = corpus.resolve(".cache");
        this.report = report;
        this.command = javaCommand();
        this.buildCommand = new ArrayList<>(command);
        if (bigSite(corpus, Integer.getInteger("loa.fullJitPages", Integer.MAX_VALUE)) && buildCommand.remove(QUICK_JIT)) {
            report.println("JVM của các lần xây dựng: cả trình biên dịch C2 (kho nội dung lớn, như ./loa chạy nó)");
        }
    }

    private static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";

    /**
     * Whether the launcher would build this corpus with the C2 compiler too: more than
     * {@code limit} pages, counted as the launcher counts them ({@code loa}, which gives the limit
     * as {@code loa.fullJitPages}): the {@code .md} files in the sections of {@code content/},
     * hidden ones left out (bash's glob leaves them out; page bundles are not counted).
     */
    static boolean bigSite(Path corpus, int limit) {
        long entries = 0;
        try (var sections = Files.newDirectoryStream(corpus.resolve("content"), Files::isDirectory)) {
            for (Path section : sections) {
                try (var inside = Files.list(section)) {
                    entries += inside.filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> p.getFileName().toString().endsWith(".md")).count();
                }
            }
        } catch (IOException e) {
            return false;
        }
        return entries > limit;
    }

    /** The command that starts Loa as this process was started: the same java, flags and jar. */
    private static List<String> javaCommand() {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!arg.startsWith("-XX:ArchiveClassesAtExit") && !arg.startsWith("-agentlib") && !arg.startsWith("-javaagent")) {
                cmd.add(arg);
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("vn.loa.cli.Main");
        return cmd;
    }

    /** Runs {@code loa ARGS} in a new process with the bench's own build cache. */
    public Run loa(String... args) throws IOException, InterruptedException {
        return loa(cache, args);
    }

    private Run loa(Path cacheFolder, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(buildCommand);
        cmd.add(1, "-Dloa.cache=" + cacheFolder);
        Collections.addAll(cmd, args);
        return run(cmd);
    }

    static Run run(List<String> cmd) throws IOException, InterruptedException {
        Path log = Files.createTempFile("loa-bench-", ".log");
        try {
            long[] before = childrenTicks();
            long start = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long peak = 0;
            while (!p.waitFor(5, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, residentPeak(p.pid()));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new BenchFailure("một lệnh đo dừng với mã thoát " + p.exitValue() + ": " + String.join(" ", cmd),
                        "kho nội dung do bench tự tạo, nên đây là lỗi của Loa (hoặc máy thiếu bộ nhớ): gửi toàn bộ thông báo này"
                                + " cho người bảo trì Loa; thêm --keep để giữ lại kho nội dung", "lệnh đã in", out);
            }
            return new Run(seconds, peak, cpu(before, childrenTicks()), out);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Linux counts processor time in ticks of a hundredth of a second for every program (USER_HZ). */
    private static final double TICK = 0.01;

    /**
     * The user and system time of the ended children this process waited for, in ticks (fields
     * 16 and 17 of {@code /proc/self/stat}, {@code cutime} and {@code cstime}; Java waits for every
     * child it starts); null where they cannot be read.
     */
    static long[] childrenTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
            // The fields after the program's name, which is in parentheses and may hold spaces: the 3rd on.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return new long[] {Long.parseLong(f[13]), Long.parseLong(f[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The processor time between two readings of {@link #childrenTicks}; null when either is missing. */
    static Cpu cpu(long[] before, long[] after) {
        return before == null || after == null ? null : new Cpu((after[0] - before[0]) * TICK, (after[1] - before[1]) * TICK);
    }

    /** {@code , CPU người dùng U s, hệ thống S s} when the processor time is known, else nothing. */
    static String cpu(Cpu c) {
        return c == null ? "" : ", CPU người dùng " + decimal(c.user()) + " s, hệ thống " + decimal(c.system()) + " s";
    }

    /** VmHWM of a running process, in kB; 0 when it cannot be read (it has ended, or not Linux). */
    static long residentPeak(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // ended between two looks
        }
        return 0;
    }

    /** Every measure, in order, printed as it is taken. */
    public void all(int runs, int edits) throws IOException, InterruptedException {
        // Each clean build, Loa's and Hugo's, writes into a folder of its own, and all are deleted
        // after the last: on a disk whose ext4 has no journal (the CI machines'), the kernel skips
        // the inodes deleted shortly before when it makes a file, so a build just after the last
        // one's output was deleted pays for that deletion (several seconds at 10,000 pages).
        // The last of Loa's writes the corpus's own site and cache, which the rebuilds start from.
        Path clean = corpus.resolve(".bench-clean");
        List<Path> done = new ArrayList<>(List.of(clean));
        try {
            for (int i = 1; i <= runs; i++) {
                Path site = i == runs ? corpus.resolve("site") : clean.resolve(i + "/site");
                Path cacheFolder = i == runs ? cache : clean.resolve(i + "/cache");
                deleteTree(site);
                deleteTree(cacheFolder);
                line("xây dựng mới, lần " + i, loa(cacheFolder, "build", "--source", corpus.toString(), "--output", site.toString(),
                        "--no-cache", "--timings"));
                hugo(i, done);
            }
        } finally {
            for (Path p : done) {
                deleteTree(p);
            }
        }
        for (int i = 1; i <= runs; i++) {
            line("xây dựng lại khi không đổi gì, lần " + i, loa("build", "--source", corpus.toString(), "--timings"));
        }
        Path post = CorpusGenerator.newsFile(corpus, 1);
        for (int i = 1; i <= runs; i++) {
            Files.writeString(post, "\nMột câu thêm vào lần " + i + ".\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            line("xây dựng lại sau khi sửa một tệp, lần " + i, loa("build", "--source", corpus.toString(), "--timings"));
        }
        serve(edits);
    }

    /** Hugo's clean build {@code i}, into a new folder added to {@code done} for deleting later. */
    private void hugo(int i, List<Path> done) throws IOException, InterruptedException {
        Path script = Path.of("bench", "hugo-reference", "run.sh");
        if (!Files.isRegularFile(script) || !onPath("hugo")) {
            if (i == 1) {
                report.println("hugo: không chạy (cần lệnh hugo của Debian trong PATH và thư mục bench/hugo-reference/ ở thư mục làm việc)");
            }
            return;
        }
        Path out = Files.createTempDirectory("loa-bench-hugo-").resolve("site");
        done.add(out.getParent());
        Run r = run(List.of("bash", script.toString(), corpus.toString(), out.toString()));
        // The script's /usr/bin/time line gives Hugo's own peak memory ("hugo: S s, RSS đỉnh K KB").
        long kb = r.out().lines().filter(l -> l.contains("RSS đỉnh")).map(l -> l.replaceAll(".*RSS đỉnh (\\d+) KB.*", "$1"))
                .mapToLong(Long::parseLong).findFirst().orElse(0);
        report.printf(Locale.ROOT, "hugo xây dựng, lần %d: cả tiến trình %s s%s, RSS đỉnh %d MB (%s)%n", i, decimal(r.seconds()), cpu(r.cpu()), kb / 1024,
                r.out().lines().filter(l -> l.contains(" tệp trong ")).findFirst().orElse("").strip());
    }

    /**
     * {@code loa serve}'s delays after {@code edits} saves of each kind ({@link ServeLatency}), in a
     * process of its own; nothing with no edits.
     */
    void serve(int edits) throws IOException, InterruptedException {
        if (edits <= 0) {
            report.println("serve: không đo (--edits 0)");
            return;
        }
        List<String> cmd = new ArrayList<>(command);
        cmd.add(1, "-Dloa.cache=" + cache);
        // serve's heap starts smaller than a build's when the launcher starts it (./loa): measured so.
        String start = System.getProperty("loa.serveHeapStart");
        if (start != null) {
            cmd.replaceAll(arg -> arg.startsWith("-Xms") ? "-Xms" + start : arg);
        }
        ServeLatency.measure(cmd, corpus, report, edits);
    }

    /**
     * A build's two lines: what it measures, its wall time, its processor time, its peak resident
     * memory and the build's own summary ("Đã xây dựng …"), then the stages its {@code --timings}
     * printed.
     */
    void line(String what, Run r) {
        String summary = r.out().lines().filter(l -> l.startsWith("Đã xây dựng")).findFirst().orElse("");
        String stages = r.out().lines().filter(l -> l.startsWith("  ")).findFirst().orElse("").strip();
        report.printf(Locale.ROOT, "%s: cả tiến trình %s s%s, RSS đỉnh %d MB — %s%n    %s%n", what, decimal(r.seconds()), cpu(r.cpu()),
                r.peakKb() / 1024, summary, stages);
    }

    /** Seconds with two decimals, as Vietnamese readers write them: {@code 12,34}. */
    static String decimal(double seconds) {
        return String.format(Locale.ROOT, "%.2f", seconds).replace('.', ',');
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var s = Files.walk(p)) {
            for (Path x : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(x);
            }
        }
    }
}

package vn.loa.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * {@code loa serve}'s delays on the bench's corpus, in one serve process: from a file saved to the
 * page served, as an open page sees it. The bench follows the reload events as the browser's reload
 * script does: it waits for an event, then asks for the page (again at the next event when the
 * page does not show the change yet); nothing asks in between, so the measure takes no processor
 * time from the rebuild it measures. Measured in turn: saves of a news post's body, news posts
 * added, renamed and deleted, and edits of a partial of the theme. Before each save the server is
 * let settle (the search index and the outputs left for later are made a second after a save).
 * Every save but the body edits' is undone by a later one: the corpus ends as it began, but for
 * the sentences added to one post and the copy of the theme it may have been given.
 */
final class ServeLatency implements AutoCloseable {

    /** The partial edited, in the corpus's theme; every page shows it (base.peb includes it). */
    static final String PARTIAL = "themes/default/templates/partials/footer.peb";
    /** What every marker the partial edits add begins with. */
    private static final String MARKER = "<!-- loa bench: ";
    private static final long MAX_WAIT = TimeUnit.MINUTES.toNanos(5);
    /** The fix of a save not shown in time. */
    private static final String AGAIN = "máy có thể đang quá tải: chạy lại lệnh, có thể với --pages nhỏ hơn; nếu vẫn thế, đó là lỗi của Loa:"
            + " gửi toàn bộ thông báo này cho người bảo trì Loa";

    private final Path corpus;
    private final PrintStream report;
    private final Process process;
    private final Path log;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    /** When the last save was made ({@link System#nanoTime()}). */
    private long lastSave = System.nanoTime();
    /** When each reload event came. */
    private final BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();

    /**
     * Measures, with the serve command {@code serve} (the java command, without its arguments),
     * {@code edits} saves of each kind but partial edits, of which at most three (each makes every
     * page again). A corpus without a theme folder gets a copy of the theme inside Loa first.
     */
    static void measure(List<String> serve, Path corpus, PrintStream report, int edits) throws IOException, InterruptedException {
        Path partial = partialOf(corpus);
        try (ServeLatency s = new ServeLatency(serve, corpus, report)) {
            s.bodyEdits(edits);
            s.addRenameDelete(edits);
            if (partial != null) {
                s.partialEdits(partial, Math.min(edits, 3));
            } else {
                report.println("serve sửa mẫu: không đo (giao diện của kho nội dung không có " + PARTIAL + ")");
            }
        }
    }

    /**
     * The partial to edit in the corpus's theme, or null when it has none; a corpus without a
     * theme folder is given a copy of the theme inside Loa first (the pages are the same).
     */
    static Path partialOf(Path corpus) throws IOException {
        if (!Files.exists(corpus.resolve("themes"))) {
            vn.loa.theme.Theme.copyBundled(corpus.resolve("themes").resolve("default"));
        }
        Path partial = corpus.resolve(PARTIAL);
        return Files.isRegularFile(partial) ? partial : null;
    }

    private ServeLatency(List<String> serve, Path corpus, PrintStream report) throws IOException, InterruptedException {
        this.corpus = corpus;
        this.report = report;
        int port = 20000 + (int) (ProcessHandle.current().pid() % 20000);
        this.base = "http://127.0.0.1:" + port;
        List<String> cmd = new ArrayList<>(serve);
        cmd.addAll(List.of("serve", "--source", corpus.toString(), "--port", String.valueOf(port)));
        this.log = Files.createTempFile("loa-bench-serve-", ".log");
        this.process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            open();
        } catch (IOException | InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Waits for the server's first page, then follows its reload events. */
    private void open() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + MAX_WAIT;
        while (get(newsPath(1)).status() != 200) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw failure("'loa serve' không chạy lên được: " + (process.isAlive() ? "sau 5 phút vẫn chưa có trang " : "tiến trình dừng trước khi có trang ")
                        + newsPath(1), "xem serve đã in gì bên dưới; nếu cổng " + base.substring(base.lastIndexOf(':') + 1) + " đang bận, chạy lại lệnh");
            }
            Thread.sleep(50);
        }
        CountDownLatch connected = new CountDownLatch(1);
        // As the reload script of news post 1's page opens it: serve makes the open pages first.
        http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/__loa/reload?page="
                        + java.net.URLEncoder.encode(newsPath(1), java.nio.charset.StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
                    @Override
                    public void onSubscribe(Flow.Subscription s) {
                        s.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(String line) {
                        if (line.startsWith("data:")) {
                            reloads.add(System.nanoTime());
                        } else if (line.startsWith(":")) {
                            connected.countDown(); // the server's first line: the stream is open
                        }
                    }

                    @Override
                    public void onError(Throwable t) {
                    }

                    @Override
                    public void onComplete() {
                    }
                }));
        if (!connected.await(1, TimeUnit.MINUTES)) {
            throw failure("luồng sự kiện tải lại của 'loa serve' (/__loa/reload) không mở trong 1 phút", AGAIN);
        }
    }

    /** A sentence added to news post 1, {@code edits} times: until its page has the sentence. */
    private void bodyEdits(int edits) throws IOException, InterruptedException {
        Path post = CorpusGenerator.newsFile(corpus, 1);
        List<Double> delays = new ArrayList<>();
        for (int i = 1; i <= edits; i++) {
            String marker = "Câu đo độ trễ số " + i + " " + System.nanoTime() + ".";
            String text = Files.readString(post, StandardCharsets.UTF_8);
            long start = save(() -> Files.writeString(post, text + "\n" + marker + "\n", StandardCharsets.UTF_8));
            delays.add(until(start, "bản sửa của " + post, () -> get(newsPath(1)).body().contains(marker)));
        }
        report.printf(Locale.ROOT, "serve sửa bài: %s lần sửa (%s ms), RSS đỉnh %d MB%n", spread(delays), list(delays), peakMb());
    }

    /**
     * A copy of news post 1 under a new name, {@code times} times: added (until its page is
     * served), renamed (until the page is served at its new address, and until its old address
     * answers 404), deleted (until its address answers 404).
     */
    private void addRenameDelete(int times) throws IOException, InterruptedException {
        String text = Files.readString(CorpusGenerator.newsFile(corpus, 1), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^title: ", "title: Bài đo độ trễ – ");
        List<Double> added = new ArrayList<>();
        List<Double> renamed = new ArrayList<>();
        List<Double> renamedGone = new ArrayList<>();
        List<Double> deleted = new ArrayList<>();
        Path news = CorpusGenerator.newsFile(corpus, 1).getParent();
        for (int i = 1; i <= times; i++) {
            String name = "bai-do-do-tre-" + i;
            Path file = news.resolve(name + ".md");
            Path moved = news.resolve(name + "-doi-ten.md");
            String page = "/tin-tuc/" + name + "/";
            String movedPage = "/tin-tuc/" + name + "-doi-ten/";

            long start = save(() -> Files.writeString(file, text, StandardCharsets.UTF_8));
            added.add(until(start, "bài mới " + file, () -> get(page).status() == 200));

            start = save(() -> Files.move(file, moved, StandardCopyOption.ATOMIC_MOVE));
            double served = until(start, "trang ở địa chỉ mới sau khi đổi tên thành " + moved, () -> get(movedPage).status() == 200);
            renamed.add(served);
            renamedGone.add(get(page).status() == 404 ? served : until(start, "404 ở địa chỉ cũ sau khi đổi tên " + file, () -> get(page).status() == 404));

            start = save(() -> Files.delete(moved));
            deleted.add(until(start, "404 sau khi xóa " + moved, () -> get(movedPage).status() == 404));
        }
        report.printf(Locale.ROOT, "serve thêm bài: %s lần thêm bài tin (%s ms)%n", spread(added), list(added));
        report.printf(Locale.ROOT, "serve đổi tên bài: địa chỉ mới có trang sau %s lần đổi tên (%s ms); địa chỉ cũ trả 404 sau %s lần đổi tên (%s ms)%n",
                spread(renamed), list(renamed), spread(renamedGone), list(renamedGone));
        report.printf(Locale.ROOT, "serve xóa bài: %s lần xóa (%s ms)%n", spread(deleted), list(deleted));
    }

    /** How many other pages the partial's edits ask for, as an editor going through the site would. */
    static final int OTHER_PAGES = 50;

    /**
     * A comment added to the footer partial, {@code times} times: until news post 1's page
     * served shows it; then, asked one after another at once, until {@link #OTHER_PAGES} other pages
     * (spread over every kind of page, a page is asked again after the next reload event when it
     * did not show it yet) are served with it; then until every HTML page of the output (all extend
     * base.peb, which includes the partial) holds it in its file. For the last the output folder is looked at
     * after each reload event and every half second besides, and a page is read only when its time
     * of change moved since the last look. Then the partial is put back as it was, and its pages
     * waited for (not measured).
     */
    private void partialEdits(Path partial, int times) throws IOException, InterruptedException {
        String original = Files.readString(partial, StandardCharsets.UTF_8);
        settle(); // the pages of the last save are in place
        List<Path> pages;
        try (var s = Files.walk(corpus.resolve("site"))) {
            pages = s.filter(p -> p.toString().endsWith(".html")).toList();
        }
        List<String> others = addresses(pages, OTHER_PAGES);
        List<Double> first = new ArrayList<>();
        List<Double> served = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        Map<Path, FileTime> edited;
        long restored;
        try {
            for (int i = 1; i <= times; i++) {
                String marker = MARKER + i + " " + System.nanoTime() + " -->";
                Map<Path, FileTime> before = changeTimes(pages);
                long start = save(() -> Files.writeString(partial, original + marker + "\n", StandardCharsets.UTF_8));
                first.add(until(start, "bản sửa của " + partial, () -> get(newsPath(1)).body().contains(marker)));
                served.add(served(start, others, marker));
                all.add(written(start, before, page -> holds(page, marker)));
            }
        } finally {
            edited = changeTimes(pages);
            restored = save(() -> Files.writeString(partial, original, StandardCharsets.UTF_8));
        }
        written(restored, edited, page -> !holds(page, MARKER));
        report.printf(Locale.ROOT, "serve sửa mẫu (%s): trang tin có bản mới sau %s lần sửa (%s ms); %d trang khác, hỏi lần lượt ngay sau đó,"
                        + " đều có bản mới sau %s lần sửa (%s ms); cả %d trang HTML đã ghi lại sau %s lần sửa (%s ms), RSS đỉnh %d MB%n",
                PARTIAL, spread(first), list(first), others.size(), spread(served), list(served), pages.size(), spread(all), list(all), peakMb());
    }

    /** The addresses of {@code n} of these pages of the output, spread over them in the order of their paths. */
    private List<String> addresses(List<Path> pages, int n) {
        Path site = corpus.resolve("site");
        List<String> all = pages.stream().map(p -> site.relativize(p).toString().replace('\\', '/'))
                .filter(p -> p.chars().allMatch(c -> c < 128)).sorted().toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n && i < all.size(); i++) {
            String p = all.get((int) ((long) i * all.size() / Math.min(n, all.size())));
            out.add("/" + (p.endsWith("index.html") ? p.substring(0, p.length() - "index.html".length()) : p));
        }
        return out;
    }

    /**
     * Asks for each page in turn until every one is served holding {@code marker}, a page that does
     * not asked again after the next reload event; the milliseconds since {@code start}.
     */
    private double served(long start, List<String> addresses, String marker) throws IOException, InterruptedException {
        List<String> left = new ArrayList<>(addresses);
        while (true) {
            left.removeIf(a -> get(a).body().contains(marker));
            if (left.isEmpty()) {
                return (System.nanoTime() - start) / 1e6;
            }
            if (System.nanoTime() - start > MAX_WAIT) {
                throw failure("'loa serve' chưa phục vụ bản mới của " + left.size() + " trang sau 5 phút, trong đó có " + left.get(0), AGAIN);
            }
            reloads.poll(500, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Waits, from one reload event to the next as an open page does, until {@code seen}; the
     * milliseconds since {@code start}.
     */
    private double until(long start, String what, BooleanSupplier seen) throws IOException, InterruptedException {
        do {
            long left = start + MAX_WAIT - System.nanoTime();
            if (left <= 0 || reloads.poll(left, TimeUnit.NANOSECONDS) == null) {
                throw failure("'loa serve' không hiện " + what + " trong 5 phút", AGAIN);
            }
        } while (!seen.getAsBoolean());
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * Waits until every page of {@code pending} (with its time of change before the save) has
     * been written again and is {@code done}; the milliseconds since {@code start}. The pages are
     * looked at at once, then after each reload event and every half second.
     */
    private double written(long start, Map<Path, FileTime> pending, Check done) throws IOException, InterruptedException {
        Map<Path, FileTime> left = new HashMap<>(pending);
        while (true) {
            for (var it = left.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                FileTime now = changeTime(e.getKey());
                if (now != null && !now.equals(e.getValue())) {
                    e.setValue(now);
                    if (done.test(e.getKey())) {
                        it.remove();
                    }
                }
            }
            if (left.isEmpty()) {
                return (System.nanoTime() - start) / 1e6;
            }
            if (System.nanoTime() - start > MAX_WAIT) {
                throw failure("'loa serve' chưa ghi lại " + left.size() + " trang sau 5 phút, trong đó có "
                        + left.keySet().iterator().next(), AGAIN);
            }
            reloads.poll(500, TimeUnit.MILLISECONDS);
        }
    }

    /** What a page's file must be. */
    private interface Check {
        boolean test(Path page) throws IOException;
    }

    /**
     * Whether a page's file holds {@code marker} (ASCII): its last 16 KB are read first, as the
     * footer ends a page, the whole file only when they do not hold it.
     */
    private static boolean holds(Path page, String marker) throws IOException {
        try (SeekableByteChannel c = Files.newByteChannel(page)) {
            ByteBuffer tail = ByteBuffer.allocate((int) Math.min(c.size(), 16 * 1024));
            c.position(c.size() - tail.capacity());
            while (tail.hasRemaining() && c.read(tail) > 0) {
                // until the end
            }
            if (new String(tail.array(), 0, tail.position(), StandardCharsets.ISO_8859_1).contains(marker)) {
                return true;
            }
        }
        return Files.readString(page, StandardCharsets.UTF_8).contains(marker);
    }

    private static Map<Path, FileTime> changeTimes(List<Path> pages) throws IOException {
        Map<Path, FileTime> times = new HashMap<>();
        for (Path p : pages) {
            times.put(p, changeTime(p));
        }
        return times;
    }

    /** A file's time of change; null while it is missing. */
    private static FileTime changeTime(Path p) throws IOException {
        try {
            return Files.getLastModifiedTime(p);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** A change to the corpus. */
    private interface Save {
        void run() throws IOException;
    }

    /** Makes {@code save} once the server has settled; when it was made. */
    private long save(Save save) throws IOException, InterruptedException {
        settle();
        lastSave = System.nanoTime();
        save.run();
        return lastSave;
    }

    /**
     * Waits for the server to be idle: until a second and a half after the last save (the search
     * index and the outputs left for later are begun a second after it), then until it uses less
     * than a twentieth of a processor for half a second (after a minute the bench goes on); then
     * forgets the reload events so far.
     */
    private void settle() throws InterruptedException {
        long pause = lastSave + TimeUnit.MILLISECONDS.toNanos(1500) - System.nanoTime();
        if (pause > 0) {
            TimeUnit.NANOSECONDS.sleep(pause);
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        Duration before = cpu();
        while (System.nanoTime() < deadline) {
            Thread.sleep(500);
            Duration now = cpu();
            if (now.minus(before).toMillis() < 25) {
                break;
            }
            before = now;
        }
        reloads.clear();
    }

    private Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** A page as the server gives it; status 0 when the server does not answer. */
    private record Page(int status, String body) {
    }

    private Page get(String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Page(0, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Page(0, "");
        }
    }

    private static String newsPath(int i) {
        return "/tin-tuc/tin-" + i + "/";
    }

    /** "trung vị M ms, chậm nhất W ms của N" (what is counted follows); "0" when nothing was measured. */
    static String spread(List<Double> ms) {
        List<Double> sorted = ms.stream().sorted().toList();
        return sorted.isEmpty() ? "0" : String.format(Locale.ROOT, "trung vị %.0f ms, chậm nhất %.0f ms của %d",
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.size());
    }

    private static String list(List<Double> ms) {
        return String.join(", ", ms.stream().map(d -> String.format(Locale.ROOT, "%.0f", d)).toList());
    }

    private long peakMb() {
        return Benchmark.residentPeak(process.pid()) / 1024;
    }

    /** A measure that failed, with what serve printed so far. */
    private BenchFailure failure(String problem, String fix) throws IOException {
        return new BenchFailure(problem, fix, "serve đã in", Files.readString(log, StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
        Files.deleteIfExists(log);
    }
}

package vn.loa.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loa serve}: the preview server on 127.0.0.1, live reload, and the change watcher. */
class DevServerTest {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(DevServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void site() throws Exception {
        Files.createDirectories(dir.resolve("tin-tuc/bai"));
        Files.writeString(dir.resolve("index.html"), "<!DOCTYPE html><html lang=\"vi\"><body><p>Trang chủ</p></body></html>");
        Files.writeString(dir.resolve("tin-tuc/bai/index.html"), "<!DOCTYPE html><html><body>Bài</body></html>");
        Files.writeString(dir.resolve("404.html"), "<!DOCTYPE html><html><body>Không tìm thấy</body></html>");
        Files.writeString(dir.resolve("lich.ics"), "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void servesTheSiteWithTheReloadScriptAddedToHtmlOnly() throws Exception {
        site();
        try (DevServer server = new DevServer(dir, 0)) {
            HttpResponse<String> home = get(server, "/");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("Trang chủ"));
            assertTrue(home.body().contains(DevServer.SCRIPT + "</body>"), "the reload script before </body>");
            assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
            HttpResponse<String> ics = get(server, "/lich.ics");
            assertEquals("text/calendar; charset=utf-8", ics.headers().firstValue("Content-Type").orElseThrow());
            assertFalse(ics.body().contains("EventSource"));
            assertFalse(Files.readString(dir.resolve("index.html")).contains("EventSource"), "never written to disk");
        }
    }

    @Test
    void aPageMadeNowIsServedInsteadOfItsFileWithTheReloadScript() throws Exception {
        site();
        java.util.List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (DevServer server = new DevServer(dir, 0).withFresh(path -> {
            asked.add(path);
            return path.equals("tin-tuc/bai/index.html") || path.equals("the/moi/index.html")
                    ? java.util.Optional.of("<!DOCTYPE html><html><body>Bài, bản mới</body></html>".getBytes(StandardCharsets.UTF_8))
                    : java.util.Optional.empty();
        })) {
            HttpResponse<String> page = get(server, "/tin-tuc/bai/");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Bài, bản mới" + DevServer.SCRIPT + "</body>"), page.body());
            assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(200, get(server, "/the/moi/").statusCode(), "a list not yet on disk");
            assertTrue(get(server, "/").body().contains("Trang chủ"), "a file the plan does not make now: the one on disk");
            assertEquals(java.util.List.of("tin-tuc/bai/index.html", "the/moi/index.html", "index.html"), asked);
            assertFalse(Files.readString(dir.resolve("tin-tuc/bai/index.html")).contains("bản mới"), "never written by the server");
        }
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedAndAMissingPageGetsThe404Page() throws Exception {
        site();
        try (DevServer server = new DevServer(dir, 0)) {
            HttpResponse<String> folder = get(server, "/tin-tuc/bai");
            assertEquals(301, folder.statusCode());
            assertEquals("/tin-tuc/bai/", folder.headers().firstValue("Location").orElseThrow());
            HttpResponse<String> missing = get(server, "/khong-co/");
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains("Không tìm thấy"));
        }
    }

    @Test
    void nothingOutsideTheSiteIsServed() throws Exception {
        site();
        Files.writeString(dir.getParent().resolve("bi-mat.txt"), "bí mật");
        try (DevServer server = new DevServer(dir, 0);
             Socket socket = new Socket("127.0.0.1", server.port())) {
            // A raw request: HTTP clients normalise "..", a hostile one does not.
            socket.getOutputStream().write("GET /../bi-mat.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(response.contains("bí mật"), response);
        } finally {
            Files.delete(dir.getParent().resolve("bi-mat.txt"));
        }
    }

    @Test
    void listensOnTheLoopbackAddressOnly() throws Exception {
        site();
        try (DevServer server = new DevServer(dir, 0)) {
            assertTrue(server.address().getAddress().isLoopbackAddress());
        }
    }

    @Test
    void anOpenPageIsToldToReload() throws Exception {
        site();
        try (DevServer server = new DevServer(dir, 0)) {
            HttpURLConnection events = (HttpURLConnection) URI.create("http://127.0.0.1:" + server.port() + DevServer.EVENTS)
                    .toURL().openConnection();
            events.setReadTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(events.getInputStream(), StandardCharsets.UTF_8));
            assertEquals(": connected", in.readLine());
            CompletableFuture<String> message = CompletableFuture.supplyAsync(() -> {
                try {
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (line.startsWith("data:")) {
                            return line;
                        }
                    }
                    return null;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            server.reload();
            assertEquals("data: reload", message.get(10, TimeUnit.SECONDS));
            events.disconnect();
        }
    }

    @Test
    void theOpenPagesAreTheOnesTheirStreamsName() throws Exception {
        site();
        try (DevServer server = new DevServer(dir, 0)) {
            List<HttpURLConnection> streams = new java.util.ArrayList<>();
            for (String page : List.of("%2Ftin-tuc%2Fbai%2F", "%2F", "%2Fgioi-thieu.html")) {
                HttpURLConnection events = (HttpURLConnection) URI.create("http://127.0.0.1:" + server.port() + DevServer.EVENTS
                        + "?page=" + page).toURL().openConnection();
                events.setReadTimeout(10_000);
                assertEquals(": connected", new BufferedReader(new InputStreamReader(events.getInputStream(), StandardCharsets.UTF_8)).readLine());
                streams.add(events);
            }
            assertEquals(java.util.Set.of("tin-tuc/bai/index.html", "index.html", "gioi-thieu.html"), server.openPages());
            streams.forEach(HttpURLConnection::disconnect);
        }
        assertEquals("", DevServer.pageOf(URI.create("/__loa/reload")), "a stream that names no page");
        assertEquals("", DevServer.pageOf(URI.create("/__loa/reload?page=tin-tuc")), "not a path");
    }

    @Test
    void theWatcherSeesChangesInNewSubfoldersToo() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        CountDownLatch changed = new CountDownLatch(2);
        try (ChangeWatcher watcher = new ChangeWatcher(List.of(content), paths -> changed.countDown())) {
            Files.createDirectories(content.resolve("tin-tuc"));
            waitUntil(() -> changed.getCount() < 2);
            Files.writeString(content.resolve("tin-tuc/moi.md"), "---\ntitle: Mới\n---\n");
            assertTrue(changed.await(20, TimeUnit.SECONDS), "a file in a folder made after the watch began");
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
    }

    private static String raw(DevServer server, String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anotherHostNameIsRefusedAsDnsRebindingWould() throws Exception {
        site();
        try (DevServer server = new DevServer(dir, 0)) {
            String refused = raw(server, "GET / HTTP/1.1\r\nHost: tan-cong.example:" + server.port() + "\r\nConnection: close\r\n\r\n");
            assertTrue(refused.startsWith("HTTP/1.1 403"), refused);
            assertFalse(refused.contains("Trang chủ"));
            String local = raw(server, "GET / HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n");
            assertTrue(local.startsWith("HTTP/1.1 200"), local);
            String events = raw(server, "GET " + DevServer.EVENTS + " HTTP/1.1\r\nHost: tan-cong.example\r\nConnection: close\r\n\r\n");
            assertTrue(events.startsWith("HTTP/1.1 403"), events);
        }
    }

    @Test
    void aPlusInAFileNameIsThatFileAndANulIsABadRequest() throws Exception {
        site();
        Files.writeString(dir.resolve("a+b.txt"), "cộng");
        try (DevServer server = new DevServer(dir, 0)) {
            HttpResponse<String> plus = get(server, "/a+b.txt");
            assertEquals(200, plus.statusCode());
            assertEquals("cộng", plus.body());
            assertEquals(400, get(server, "/a%00b.txt").statusCode());
            String bad = raw(server, "GET /a%zzb.txt HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n");
            assertTrue(bad.startsWith("HTTP/1.1 400"), bad);
        }
    }

    @Test
    void headAnswersWithTheHeadersAloneAndNoWarning() throws Exception {
        site();
        java.util.List<java.util.logging.LogRecord> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("com.sun.net.httpserver");
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                if (r.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                    warnings.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try (DevServer server = new DevServer(dir, 0)) {
            HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, head.statusCode());
            assertEquals("", head.body());
            assertEquals("text/html; charset=utf-8", head.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(List.of(), warnings.stream().map(java.util.logging.LogRecord::getMessage).toList());
        } finally {
            logger.removeHandler(handler);
        }
    }

    @Test
    void theProblemsOfTheLastBuildAreShownEscapedOverEveryPage() throws Exception {
        site();
        List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>(List.of(
                "content/tin-tuc/x.md:3: lỗi: 'date' không phải là ngày hợp lệ: '<script>alert(1)</script>' — cách sửa: viết ngày"));
        try (DevServer server = new DevServer(dir, 0, () -> List.copyOf(problems), () -> true)) {
            String page = get(server, "/tin-tuc/bai/").body();
            assertTrue(page.contains("id=\"loa-loi\""), page);
            assertTrue(page.contains("content/tin-tuc/x.md:3: lỗi: &#39;date&#39;"), page);
            assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
            assertFalse(page.contains("<script>alert(1)"), page);
            problems.clear();
            assertFalse(get(server, "/tin-tuc/bai/").body().contains("loa-loi"), "gone once the build succeeds");
        }
    }
}

package vn.loa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.load.SiteConfig;
import vn.loa.serve.DevServer;
import vn.loa.serve.EditorRoutes;

/** A Word or text plan uploaded in the editor becomes a draft bundle, with loa import's review and a link to the entry. */
class EditorImportTest {

    static final Path PLAN = Path.of("src/test/resources/importer/eval/k01-ke-hoach-ngay-khcn-bang.txt");

    @TempDir
    Path root;
    DevServer server;
    String page;
    String upload;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(root.resolve("content/ke-hoach"));
        Files.writeString(root.resolve("content/site.yaml"), "title: Cổng thử\n");
        server = new DevServer(root.resolve("site"), 0);
        EditorRoutes.on(server, root, SiteConfig::defaults, new EditorImport(root));
        String base = "http://127.0.0.1:" + server.port();
        page = http.send(HttpRequest.newBuilder(URI.create(base + "/admin/nhap-van-ban/")).build(), HttpResponse.BodyHandlers.ofString()).body();
        upload = base + page.replaceAll("(?s).*data-upload=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    HttpResponse<String> post(String name, byte[] body, String type) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(upload + "&section=ke-hoach&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("Origin", "http://127.0.0.1:" + server.port()).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUploadedPlanBecomesADraftBundleWithItsReview() throws Exception {
        HttpResponse<String> r = post("Kế hoạch ngày KH&CN.txt", Files.readAllBytes(PLAN), "application/octet-stream");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject a = JsonParser.parseString(r.body()).getAsJsonObject();
        Path index = root.resolve(a.get("path").getAsString());
        assertTrue(a.get("path").getAsString().startsWith("content/ke-hoach/"), r.body());
        String md = Files.readString(index, StandardCharsets.UTF_8);
        assertTrue(md.contains("draft: true"), md);
        assertTrue(md.contains("events:"), md);
        assertEquals("ke-hoach", a.get("collection").getAsString());
        assertEquals(index.getParent().getFileName() + "/index", a.get("entry").getAsString());
        assertFalse(a.getAsJsonArray("review").isEmpty(), "what to check");
        assertTrue(a.getAsJsonArray("review").toString().contains("Tiêu đề"), r.body());
        // The same document again: the bundle exists, nothing is overwritten.
        HttpResponse<String> again = post("Kế hoạch ngày KH&CN.txt", Files.readAllBytes(PLAN), "application/octet-stream");
        assertEquals(422, again.statusCode());
        assertTrue(again.body().contains("không ghi đè"), again.body());
    }

    @Test
    void onlyDocumentsFromTheEditorsOwnPageAreTaken() throws Exception {
        assertEquals(415, post("virus.exe", new byte[] {1}, "application/octet-stream").statusCode());
        assertEquals(403, post("x.txt", new byte[] {1}, "text/plain").statusCode(), "a form of another site");
        HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(URI.create(upload.replaceAll("t=[0-9a-f]+", "t=") + "&name=x.txt"))
                .header("Origin", "http://127.0.0.1:" + server.port()).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1})).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, noToken.statusCode());
        try (var s = Files.list(root.resolve("content/ke-hoach"))) {
            assertEquals(0, s.count());
        }
    }
}

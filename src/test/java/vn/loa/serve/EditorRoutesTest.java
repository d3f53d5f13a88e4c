package vn.loa.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
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

/** The editor on loa serve: its page and configuration, and an API that answers its own page only. */
class EditorRoutesTest {

    static final String ENTRY = "{\"action\":\"getEntry\",\"params\":{\"path\":\"content/tin-tuc/tin.md\"}}";

    @TempDir
    Path root;
    DevServer server;
    EditorRoutes editor;
    HttpClient http = HttpClient.newHttpClient();
    String origin;

    @BeforeEach
    void start() throws IOException {
        Files.createDirectories(root.resolve("content/tin-tuc"));
        Files.writeString(root.resolve("content/tin-tuc/tin.md"), "---\ntitle: Tin\ndate: 2025-05-01\n---\nBài.\n");
        Files.createDirectories(root.resolve("site/css"));
        Files.writeString(root.resolve("site/index.html"), "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"css/loa.1a2b3c4d.css\"></head></html>");
        server = new DevServer(root.resolve("site"), 0);
        editor = EditorRoutes.on(server, root, SiteConfig::defaults, (file, section) -> { throw new vn.loa.LoaException(file, 0, "không đọc được", "thử lại"); });
        origin = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    HttpResponse<String> post(String query, String origin, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(this.origin + EditorRoutes.API + query))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            b.header("Origin", origin);
        }
        if (type != null) {
            b.header("Content-Type", type);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theEditorsOwnPageReadsAndWrites() throws Exception {
        HttpResponse<String> r = post("?t=" + editor.token(), origin, "application/json; charset=utf-8", ENTRY);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("title: Tin"));
    }

    @Test
    void anotherSiteOrAPageWithoutTheTokenIsRefused() throws Exception {
        String token = "?t=" + editor.token();
        assertEquals(403, post("", origin, "application/json", ENTRY).statusCode(), "no token");
        assertEquals(403, post("?t=0000", origin, "application/json", ENTRY).statusCode(), "a wrong token");
        assertEquals(403, post(token, "https://evil.example", "application/json", ENTRY).statusCode(), "another origin");
        assertEquals(403, post(token, null, "application/json", ENTRY).statusCode(), "no origin");
        assertEquals(403, post(token, origin, "text/plain", ENTRY).statusCode(), "a form's content type");
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(origin + EditorRoutes.API + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, get.statusCode());
    }

    @Test
    void aRequestNamingAnotherHostIsRefused() throws Exception {
        // DNS rebinding: a page of evil.example whose name now points here.
        String body = ENTRY;
        String request = "POST " + EditorRoutes.API + "?t=" + editor.token() + " HTTP/1.1\r\nHost: evil.example:" + server.port()
                + "\r\nOrigin: http://evil.example:" + server.port() + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body;
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
        }
    }

    @Test
    void thePageLoadsDecapAndTheThemesStylesheetAndTheConfigHoldsTheToken() throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(origin + "/admin/")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(page.contains("<script src=\"loa-editor.js\"></script>"), page);
        String script = http.send(HttpRequest.newBuilder(URI.create(origin + "/admin/loa-editor.js")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(script.contains("decap/decap-cms.js") && script.contains("registerPreviewStyle") && script.contains("CMS.init()"), script);
        assertFalse(page.contains(editor.token()), "the token is in the configuration only");
        HttpResponse<String> config = http.send(HttpRequest.newBuilder(URI.create(origin + "/admin/config.yml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(config.body().contains("proxy_url: /api/v1?t=" + editor.token()), config.body());
        HttpResponse<byte[]> decap = http.send(HttpRequest.newBuilder(URI.create(origin + "/admin/decap/decap-cms.js")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, decap.statusCode());
        assertTrue(decap.body().length > 1_000_000);
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(origin + "/admin/decap/..%2F..%2Fsecret")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }
}

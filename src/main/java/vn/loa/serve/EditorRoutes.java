package vn.loa.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import vn.loa.editor.DocumentImport;
import vn.loa.editor.DocumentUpload;
import vn.loa.editor.EditorConfig;
import vn.loa.editor.ImportPage;
import vn.loa.editor.EditorPage;
import vn.loa.editor.LocalBackend;
import vn.loa.load.SiteConfig;

/**
 * The editor on {@code loa serve}: its page at {@code /admin/}, its configuration at
 * {@code /admin/config.yml} (generated at each request from the content model and
 * {@code site.yaml}), Decap CMS's code from Loa's own copy, and the local API at {@code /api/v1}.
 *
 * <p>The API writes files, so it answers only its own page: the request must name this server
 * as its host (not another name that resolves here), come from this server's origin, be JSON (a
 * form of another site cannot send it without the browser asking first, and this server never
 * says yes), and carry this run's token, which only the editor's configuration holds and which
 * no other site can read. The server itself listens on 127.0.0.1 only.
 */
public final class EditorRoutes {

    public static final String ADMIN = "/admin/";
    static final String API = "/api/v1";
    static final String IMPORT = "/api/import";
    static final String IMPORT_PAGE = "nhap-van-ban/";
    private static final long MAX_REQUEST = 70L * 1024 * 1024; // 50 MB of file as base64, and the rest

    private final DevServer server;
    private final Supplier<SiteConfig> site;
    private final LocalBackend backend;
    private final String token;
    private final DocumentImport importer;

    EditorRoutes(DevServer server, Path siteRoot, Supplier<SiteConfig> site, DocumentImport importer) {
        this.server = server;
        this.site = site;
        this.importer = importer;
        this.backend = new LocalBackend(siteRoot, files -> {
            // The watcher sees the files written and the preview rebuilds them.
        });
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.token = HexFormat.of().formatHex(random);
    }

    /** Serves the editor on the server. */
    public static EditorRoutes on(DevServer server, Path siteRoot, Supplier<SiteConfig> site, DocumentImport importer) {
        EditorRoutes r = new EditorRoutes(server, siteRoot, site, importer);
        server.route(ADMIN, r::admin);
        server.route(API, r::api);
        server.route(IMPORT, r::upload);
        return r;
    }

    String token() {
        return token;
    }

    private void admin(HttpExchange ex) throws IOException {
        try (ex) {
            if (!server.fromThisServer(ex)) {
                DevServer.send(ex, 403, "text/plain; charset=utf-8", "403: chỉ phục vụ http://127.0.0.1 của máy này".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                DevServer.send(ex, 405, "text/plain; charset=utf-8", "405".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = ex.getRequestURI().getPath().substring(ADMIN.length());
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            switch (path) {
                case "", "index.html" -> DevServer.send(ex, 200, "text/html; charset=utf-8",
                        EditorPage.html(site.get(), IMPORT_PAGE).getBytes(StandardCharsets.UTF_8));
                case EditorPage.SCRIPT -> DevServer.send(ex, 200, "text/javascript; charset=utf-8", EditorPage.script());
                case IMPORT_PAGE, IMPORT_PAGE + "index.html" -> DevServer.send(ex, 200, "text/html; charset=utf-8",
                        ImportPage.html(site.get(), IMPORT + "?t=" + token).getBytes(StandardCharsets.UTF_8));
                case "config.yml" -> DevServer.send(ex, 200, "text/yaml; charset=utf-8",
                        EditorConfig.local(site.get(), API + "?t=" + token, "http://127.0.0.1:" + server.port() + "/").getBytes(StandardCharsets.UTF_8));
                default -> bundled(ex, path);
            }
        }
    }

    private static void bundled(HttpExchange ex, String path) throws IOException {
        if (!path.startsWith(EditorPage.BUNDLE) || !path.substring(EditorPage.BUNDLE.length()).matches("[\\w.-]+\\.(js|wasm|txt)")) {
            DevServer.send(ex, 404, "text/plain; charset=utf-8", "404".getBytes(StandardCharsets.UTF_8));
            return;
        }
        try (InputStream in = EditorPage.bundleFile(path.substring(EditorPage.BUNDLE.length()))) {
            if (in == null) {
                DevServer.send(ex, 404, "text/plain; charset=utf-8", "404".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String type = path.endsWith(".js") ? "text/javascript; charset=utf-8" : path.endsWith(".wasm") ? "application/wasm" : "text/plain; charset=utf-8";
            DevServer.send(ex, 200, type, in.readAllBytes());
        }
    }

    /** A document uploaded from the import page: imported into a new bundle, and what to check about it. */
    private void upload(HttpExchange ex) throws IOException {
        try (ex) {
            String refusal = refusal(ex, "application/octet-stream");
            if (refusal != null) {
                DevServer.send(ex, 403, "application/json", json(Map.of("error", refusal)));
                return;
            }
            Map<String, String> query = query(ex.getRequestURI().getRawQuery());
            String name = DocumentUpload.fileName(query.getOrDefault("name", ""));
            if (name == null) {
                DevServer.send(ex, 415, "application/json", json(Map.of("error",
                        "chỉ nhận tệp " + String.join(", ", DocumentImport.TYPES) + "; lưu văn bản theo một trong các dạng này rồi tải lên lại")));
                return;
            }
            byte[] body = ex.getRequestBody().readNBytes((int) MAX_REQUEST + 1);
            if (body.length > MAX_REQUEST) {
                DevServer.send(ex, 413, "application/json", json(Map.of("error", "tệp lớn quá")));
                return;
            }
            DocumentUpload.Answer a = DocumentUpload.run(importer, name, body, query.getOrDefault("section", ""));
            DevServer.send(ex, a.status(), "application/json; charset=utf-8", json(a.body()));
        }
    }

    private static final com.google.gson.Gson GSON = new com.google.gson.GsonBuilder().disableHtmlEscaping().create();

    private static byte[] json(Object value) {
        return GSON.toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new java.util.HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private void api(HttpExchange ex) throws IOException {
        try (ex) {
            String refusal = refusal(ex, "application/json");
            if (refusal != null) {
                DevServer.send(ex, 403, "application/json", ("{\"error\":\"" + refusal + "\"}").getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] body = ex.getRequestBody().readNBytes((int) MAX_REQUEST + 1);
            if (body.length > MAX_REQUEST) {
                DevServer.send(ex, 413, "application/json", "{\"error\":\"yêu cầu lớn quá\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            LocalBackend.Answer a = backend.handle(new String(body, StandardCharsets.UTF_8));
            DevServer.send(ex, a.status(), "application/json; charset=utf-8", a.json().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Why a request to the API is refused, or null when it comes from the editor's own page. */
    private String refusal(HttpExchange ex, String contentType) {
        if (!ex.getRequestMethod().equals("POST")) {
            return "chỉ nhận POST";
        }
        if (!server.fromThisServer(ex)) {
            return "chỉ nhận yêu cầu gửi tới 127.0.0.1 của máy này";
        }
        String origin = ex.getRequestHeaders().getFirst("Origin");
        List<String> own = List.of("http://127.0.0.1:" + server.port(), "http://localhost:" + server.port());
        if (origin == null || !own.contains(origin)) {
            return "chỉ nhận yêu cầu từ trang soạn thảo của chính máy chủ này";
        }
        String site = ex.getRequestHeaders().getFirst("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin")) {
            return "chỉ nhận yêu cầu từ trang soạn thảo của chính máy chủ này";
        }
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith(contentType)) {
            return "yêu cầu phải có dạng " + contentType;
        }
        String given = query(ex.getRequestURI().getRawQuery()).getOrDefault("t", "");
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return "thiếu hoặc sai mã của lần chạy này; mở lại trang /admin/";
        }
        return null;
    }
}

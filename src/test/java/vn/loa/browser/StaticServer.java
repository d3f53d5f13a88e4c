package vn.loa.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A plain static file server on 127.0.0.1 for the browser tests, as a web server hosting
 * {@code site/} would be set up: a folder serves its {@code index.html}, a missing file the site's
 * {@code 404.html} with status 404. Unlike {@code loa serve} it adds no live-reload script, whose
 * open event stream would keep connections of the browser busy between pages.
 */
final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "xml", "application/xml; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "ics", "text/calendar; charset=utf-8", "pdf", "application/pdf",
            "xsl", "application/xml; charset=utf-8");

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "browser-test-server");
        t.setDaemon(true);
        return t;
    });

    StaticServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code http://127.0.0.1:PORT/} */
    String url() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/";
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String raw = ex.getRequestURI().getRawPath();
            Path target = root.resolve(URLDecoder.decode(raw, StandardCharsets.UTF_8).substring(1)).normalize();
            if (target.startsWith(root) && Files.isDirectory(target)) {
                if (!raw.endsWith("/")) {
                    ex.getResponseHeaders().set("Location", raw + "/");
                    ex.sendResponseHeaders(301, -1);
                    return;
                }
                target = target.resolve("index.html");
            }
            int status = 200;
            if (!target.startsWith(root) || !Files.isRegularFile(target)) {
                status = 404;
                target = root.resolve("404.html");
            }
            String name = target.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] body = Files.readAllBytes(target);
            ex.getResponseHeaders().set("Content-Type", type);
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

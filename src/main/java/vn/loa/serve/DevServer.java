package vn.loa.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A preview server for {@code loa serve}: serves the output folder on 127.0.0.1 only, and tells
 * open pages to reload after a rebuild through a server-sent event stream. The reload script
 * is added to HTML as it is served; it is never written into the site.
 */
public final class DevServer implements AutoCloseable {

    static final String EVENTS = "/__loa/reload";
    /**
     * The reload script: one event stream per open page, closed when the page is left (a browser
     * keeps only six connections to a host, so streams left open would stall the next pages),
     * and opened again when the page comes back from the back-forward cache.
     */
    static final String SCRIPT = "<script>(function(){var s;function open(){s=new EventSource('" + EVENTS + "');"
            + "s.onmessage=function(){location.reload()}}open();"
            + "addEventListener('pagehide',function(){s.close()});"
            + "addEventListener('pageshow',function(e){if(e.persisted){open()}})})();</script>";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("ics", "text/calendar; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"), Map.entry("gif", "image/gif"), Map.entry("pdf", "application/pdf"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

    private final Path root;
    private final HttpServer server;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    public DevServer(Path root, int port) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loa-serve");
            t.setDaemon(true);
            return t;
        }));
        server.createContext(EVENTS, this::events);
        server.createContext("/", this::file);
        server.start();
    }

    /** Where the server listens: always a loopback address. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Tells every open page to reload. */
    public void reload() {
        for (OutputStream out : listeners) {
            try {
                out.write("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                listeners.remove(out);
            }
        }
    }

    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
    }

    private void file(HttpExchange ex) throws IOException {
        try (ex) {
            String raw = ex.getRequestURI().getRawPath();
            String path = URLDecoder.decode(raw, StandardCharsets.UTF_8);
            Path target = root.resolve(path.substring(1)).normalize();
            if (!target.startsWith(root)) {
                send(ex, 403, "text/plain; charset=utf-8", "403".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(target)) {
                if (!raw.endsWith("/")) {
                    ex.getResponseHeaders().set("Location", raw + "/");
                    ex.sendResponseHeaders(301, -1);
                    return;
                }
                target = target.resolve("index.html");
            }
            int status = 200;
            if (!Files.isRegularFile(target)) {
                status = 404;
                target = root.resolve("404.html");
                if (!Files.isRegularFile(target)) {
                    send(ex, 404, "text/plain; charset=utf-8", "404".getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            String name = target.getFileName().toString();
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
            byte[] body = Files.readAllBytes(target);
            if (ext.equals("html")) {
                String html = new String(body, StandardCharsets.UTF_8);
                int end = html.lastIndexOf("</body>");
                html = end < 0 ? html + SCRIPT : html.substring(0, end) + SCRIPT + html.substring(end);
                body = html.getBytes(StandardCharsets.UTF_8);
            }
            send(ex, status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

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
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * A preview server for {@code loa serve}: serves the output folder on 127.0.0.1 only, and tells
 * open pages to reload after a rebuild through a server-sent event stream. The reload script
 * is added to HTML as it is served; it is never written into the site.
 */
public final class DevServer implements AutoCloseable {

    static final String EVENTS = "/__loa/reload";
    /**
     * The reload script: one event stream per open page, which names the page (a save makes the open
     * pages first, {@link #openPages}), closed when the page is left (a browser
     * keeps only six connections to a host, so streams left open would stall the next pages),
     * and opened again when the page comes back from the back-forward cache.
     */
    static final String SCRIPT = "<script>(function(){var s;function open(){s=new EventSource('" + EVENTS
            + "?page='+encodeURIComponent(location.pathname));"
            + "s.onmessage=function(){location.reload()}}open();"
            + "addEventListener('pagehide',function(){s.close()});"
            + "addEventListener('pageshow',function(e){if(e.persisted){open()}})})();</script>";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("xsl", "application/xml; charset=utf-8"),
            Map.entry("ics", "text/calendar; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"), Map.entry("gif", "image/gif"), Map.entry("pdf", "application/pdf"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

    /** The files that pages, lists, feeds and calendars are made into: those a save can leave for later. */
    private static final java.util.Set<String> MADE = java.util.Set.of("html", "xml", "ics", "json");

    static {
        // Each answer is written as its headers, then its body: with Nagle's algorithm on, the body
        // waited for the browser's delayed acknowledgement of the headers, 40 ms on every request of a
        // connection kept open (50 pages asked in turn took 2.3 s; 0.17 s without).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final Path root;
    private final HttpServer server;
    /** The event stream of each open page, and the file of the output it shows. */
    private final Map<OutputStream, String> listeners = new java.util.concurrent.ConcurrentHashMap<>();
    /** More open pages than any editor has: the rest still reload, they are only not made first. */
    private static final int OPEN_PAGES_NAMED = 50;
    private final Supplier<List<String>> problems;
    private final java.util.function.BooleanSupplier failed;
    private volatile java.util.function.Function<String, java.util.Optional<byte[]>> fresh = path -> java.util.Optional.empty();

    public DevServer(Path root, int port) throws IOException {
        this(root, port, List::of, () -> true);
    }

    /**
     * @param problems what the last build had to say, shown over every page while there is any
     * @param failed   whether the last build failed (the pages are the last good ones), or only
     *                 found something to warn about in the pages a save changed
     */
    public DevServer(Path root, int port, Supplier<List<String>> problems, java.util.function.BooleanSupplier failed) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.problems = problems;
        this.failed = failed;
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

    /**
     * Serves, for a file of the output, the bytes {@code made} gives when it gives any (serve: the
     * pages of now while the rest of the site is written, {@link vn.loa.engine.Engine#fresh}),
     * instead of the file on disk.
     */
    public DevServer withFresh(java.util.function.Function<String, java.util.Optional<byte[]>> made) {
        fresh = made;
        return this;
    }

    /** Serves the paths under {@code prefix} with a handler of their own (the editor). */
    public void route(String prefix, com.sun.net.httpserver.HttpHandler handler) {
        server.createContext(prefix, handler);
    }

    /**
     * The files of the output the open pages show ({@code tin-tuc/bai/index.html}), as their
     * reload scripts named them: what a save makes first.
     */
    public java.util.Set<String> openPages() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String page : listeners.values()) {
            if (!page.isEmpty() && out.size() < OPEN_PAGES_NAMED) {
                out.add(page);
            }
        }
        return out;
    }

    /** The file of the output a page's address shows, from the query of its event stream; empty when it names none. */
    static String pageOf(java.net.URI request) {
        String query = request.getRawQuery();
        if (query == null || !query.startsWith("page=")) {
            return "";
        }
        String path;
        try {
            path = java.net.URLDecoder.decode(query.substring("page=".length()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
        if (!path.startsWith("/") || path.length() > 2000) {
            return "";
        }
        path = path.substring(1);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /** Tells every open page to reload. */
    public void reload() {
        for (OutputStream out : listeners.keySet()) {
            try {
                out.write("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                listeners.remove(out);
            }
        }
    }

    private void events(HttpExchange ex) throws IOException {
        if (!fromThisServer(ex)) {
            refuse(ex);
            return;
        }
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        listeners.put(out, pageOf(ex.getRequestURI())); // before the first line: an open page is known once it is told it is connected
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * Whether a request names this server as its host: 127.0.0.1 or localhost and our port. A page
     * of another site that makes a browser send requests here through a name of its own (DNS
     * rebinding) names that name, and is refused.
     */
    boolean fromThisServer(HttpExchange ex) {
        String host = ex.getRequestHeaders().getFirst("Host");
        return host != null && (host.equals("127.0.0.1:" + port()) || host.equals("localhost:" + port()));
    }

    private static void refuse(HttpExchange ex) throws IOException {
        try (ex) {
            send(ex, 403, "text/plain; charset=utf-8", "403: chỉ phục vụ http://127.0.0.1 của máy này".getBytes(StandardCharsets.UTF_8));
        }
    }

    private void file(HttpExchange ex) throws IOException {
        try (ex) {
            if (!fromThisServer(ex)) {
                send(ex, 403, "text/plain; charset=utf-8", "403: chỉ phục vụ http://127.0.0.1 của máy này".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, 405, "text/plain; charset=utf-8", "405".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String raw = ex.getRequestURI().getRawPath();
            String path;
            try {
                // A '+' in a path is itself, not a space (that is only so in a query string).
                path = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                path = null;
            }
            if (path == null || !path.startsWith("/") || path.indexOf('\0') >= 0) {
                send(ex, 400, "text/plain; charset=utf-8", "400".getBytes(StandardCharsets.UTF_8));
                return;
            }
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
            } else if (raw.endsWith("/")) {
                target = target.resolve("index.html"); // a list the rest of the site has not written yet
            }
            int status = 200;
            String output = root.relativize(target).toString().replace('\\', '/');
            java.util.Optional<byte[]> now = MADE.contains(extension(output)) ? fresh.apply(output) : java.util.Optional.empty();
            if (now.isPresent()) {
                send(ex, 200, TYPES.getOrDefault(extension(output), "application/octet-stream"), withOverlay(output, now.get()));
                return;
            }
            if (!Files.isRegularFile(target)) {
                status = 404;
                target = root.resolve("404.html");
                if (!Files.isRegularFile(target)) {
                    // No site yet (the first build failed): a page that says so, with the problems over it.
                    String page = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>404</title></head><body>"
                            + "<p>Không có trang này" + (Files.isDirectory(root) ? "" : " (chưa có trang nào: lần xây dựng đầu tiên chưa thành công)")
                            + ".</p>" + Overlay.html(problems.get(), failed.getAsBoolean()) + SCRIPT + "</body></html>";
                    send(ex, 404, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            String name = target.getFileName().toString();
            send(ex, status, TYPES.getOrDefault(extension(name), "application/octet-stream"), withOverlay(name, Files.readAllBytes(target)));
        }
    }

    private static String extension(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        return file.contains(".") ? file.substring(file.lastIndexOf('.') + 1) : "";
    }

    /** An HTML page with the problems over it and the reload script; any other file as it is. */
    private byte[] withOverlay(String name, byte[] body) {
        if (!extension(name).equals("html")) {
            return body;
        }
        String html = new String(body, StandardCharsets.UTF_8);
        String added = Overlay.html(problems.get(), failed.getAsBoolean()) + SCRIPT;
        int end = html.lastIndexOf("</body>");
        html = end < 0 ? html + added : html.substring(0, end) + added + html.substring(end);
        return html.getBytes(StandardCharsets.UTF_8);
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            ex.sendResponseHeaders(status, -1); // the headers alone; a length here makes the JDK's server warn
            return;
        }
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

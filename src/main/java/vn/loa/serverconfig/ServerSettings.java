package vn.loa.serverconfig;

/**
 * Where a built site is served: {@code root} the folder holding it (an absolute path), {@code port},
 * {@code listen} the address to listen on (null: every address) and {@code basePath} the address
 * path it is published under, {@code /} or {@code /khcn/}.
 */
public record ServerSettings(String root, int port, String listen, String basePath) {

    public ServerSettings {
        root = root.endsWith("/") && root.length() > 1 ? root.substring(0, root.length() - 1) : root;
        basePath = normalBasePath(basePath);
    }

    /** {@code khcn}, {@code /khcn}, {@code /khcn/} all give {@code /khcn/}; empty gives {@code /}. */
    public static String normalBasePath(String path) {
        String p = path == null ? "" : path.strip();
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        if (!p.endsWith("/")) {
            p = p + "/";
        }
        return p;
    }

    /** True when a base path names only folders of plain letters, digits, '-', '_' and '.': nothing a config would need quoted. */
    public static boolean isPlainBasePath(String path) {
        return normalBasePath(path).matches("/([A-Za-z0-9_-][A-Za-z0-9._-]*/)*") && !normalBasePath(path).contains("/../");
    }

    boolean atRoot() {
        return basePath.equals("/");
    }

    /** The address the server listens on: {@code 8080} or {@code 127.0.0.1:8080}. */
    String address() {
        return listen == null ? String.valueOf(port) : listen + ":" + port;
    }
}

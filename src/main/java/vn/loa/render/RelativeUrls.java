package vn.loa.render;

/**
 * Turns site-absolute paths ({@code /tin-tuc/}) into links relative to the page that holds them,
 * so one output works at a domain root, under a sub-path and opened from disk. In offline mode
 * a link to a folder names its {@code index.html}, which a browser reading files needs.
 */
public final class RelativeUrls {

    private final boolean offline;

    public RelativeUrls(boolean offline) {
        this.offline = offline;
    }

    public boolean offline() {
        return offline;
    }

    /**
     * @param from the site-absolute URL of the page holding the link ({@code /ke-hoach/x/}, or a
     *             file such as {@code /ke-hoach/index.xml})
     * @param to   a site-absolute target; anything else (external, relative, fragment) is returned
     *             unchanged except for the offline {@code index.html} rule
     */
    public String relative(String from, String to) {
        if (to == null || to.isEmpty()) {
            return to;
        }
        if (!isSiteAbsolute(to)) {
            return offline && !isExternal(to) ? withIndex(to) : to;
        }
        String suffix = "";
        int cut = firstOf(to, '#', '?');
        String path = to;
        if (cut >= 0) {
            suffix = to.substring(cut);
            path = to.substring(0, cut);
        }
        // The longest common folder prefix, then one "../" per folder of the source left over.
        int fromEnd = from.lastIndexOf('/') + 1;
        int n = Math.min(fromEnd, path.length());
        int lastSlash = 0;
        for (int i = 0; i < n && from.charAt(i) == path.charAt(i); i++) {
            if (path.charAt(i) == '/') {
                lastSlash = i;
            }
        }
        StringBuilder sb = new StringBuilder(path.length() + 16);
        for (int i = lastSlash + 1; i < fromEnd; i++) {
            if (from.charAt(i) == '/') {
                sb.append("../");
            }
        }
        sb.append(path, lastSlash + 1, path.length());
        String rel = sb.toString();
        int slash = rel.indexOf('/');
        int colon = rel.indexOf(':');
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            // RFC 3986, 4.2: "qd:45.pdf" would be read as the scheme "qd"; "./qd:45.pdf" is a path.
            rel = "./" + rel;
        }
        if (offline && (rel.isEmpty() || rel.endsWith("/"))) {
            rel = rel + "index.html";
        } else if (rel.isEmpty()) {
            rel = "./";
        }
        return rel + suffix;
    }

    private static String withIndex(String to) {
        int cut = firstOf(to, '#', '?');
        String path = cut < 0 ? to : to.substring(0, cut);
        String suffix = cut < 0 ? "" : to.substring(cut);
        if (path.isEmpty()) {
            return to;
        }
        if (path.endsWith("/") || path.equals(".") || path.equals("..")) {
            return (path.endsWith("/") ? path : path + "/") + "index.html" + suffix;
        }
        return to;
    }

    private static int firstOf(String s, char x, char y) {
        int i = s.indexOf(x);
        int j = s.indexOf(y);
        if (i < 0) {
            return j;
        }
        return j < 0 ? i : Math.min(i, j);
    }

    public static boolean isSiteAbsolute(String url) {
        return url.startsWith("/") && !url.startsWith("//");
    }

    public static boolean isExternal(String url) {
        return url.startsWith("//") || url.matches("(?i)^[a-z][a-z0-9+.-]*:.*");
    }
}

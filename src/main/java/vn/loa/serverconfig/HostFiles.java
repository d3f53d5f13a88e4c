package vn.loa.serverconfig;

import java.util.List;

/**
 * The server files a site may carry ({@code server_files: true} in {@code site.yaml}): an
 * {@code .htaccess} for Apache hosting where only the site's folder is the user's (needs
 * {@code AllowOverride All}, or at least {@code FileInfo Indexes}), and the {@code _headers} and
 * {@code _redirects} that Netlify and Cloudflare Pages read. The same policy as
 * {@link NginxConfig} and {@link ApacheConfig}: types, the 404 page, cache lifetimes, the
 * precompressed files, security headers.
 *
 * <p>{@code _headers} and {@code _redirects} take the published folder as the host's root (as those
 * hosts publish it), so their paths start at {@code /}; the {@code .htaccess} uses the base path of
 * {@code base_url}, where Apache serves the folder.
 */
public final class HostFiles {

    private HostFiles() {
    }

    /** The {@code .htaccess} of a site served at {@code basePath}. */
    public static String htaccess(String basePath) {
        String b = ServerSettings.normalBasePath(basePath);
        StringBuilder sb = new StringBuilder();
        sb.append("# Do Loa tạo (server_files: true trong site.yaml); sửa site.yaml, đừng sửa tệp này.\n")
                .append("# Apache đọc tệp này khi thư mục cho phép (AllowOverride All).\n")
                .append("Options -Indexes\n")
                .append("DirectoryIndex index.html\n")
                .append("ErrorDocument 404 ").append(b).append("404.html\n");
        ApacheConfig.types(sb, "");
        sb.append("<IfModule mod_rewrite.c>\n");
        ApacheConfig.precompressed(sb, "    ", b);
        sb.append("</IfModule>\n")
                .append("<IfModule mod_headers.c>\n");
        ApacheConfig.headers(sb, "    ");
        sb.append("</IfModule>\n");
        return sb.toString();
    }

    /**
     * {@code _headers}: security headers everywhere, a year for the fingerprinted stylesheets and
     * scripts (every file of {@code css/} and {@code js/} has a fingerprint), the feeds' type
     * (both hosts know {@code .ics} already).
     */
    public static String headers(List<String> feeds) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Do Loa tạo (server_files: true trong site.yaml) cho Netlify, Cloudflare Pages.\n")
                .append("/*\n")
                .append("  Content-Security-Policy: ").append(Policy.CSP).append("\n")
                .append("  X-Content-Type-Options: ").append(Policy.NOSNIFF).append("\n")
                .append("  Referrer-Policy: ").append(Policy.REFERRER).append("\n");
        for (String folder : List.of("/css/*", "/js/*")) {
            sb.append(folder).append("\n  Cache-Control: ").append(Policy.IMMUTABLE).append("\n");
        }
        for (String feed : feeds) {
            sb.append(feed).append("\n  Content-Type: ").append(Policy.FEED_TYPE).append("; charset=utf-8\n")
                    .append("  Cache-Control: ").append(Policy.NO_CACHE).append("\n");
        }
        return sb.toString();
    }

    /** {@code _redirects}: a missing address gets the site's 404 page, with status 404. */
    public static String redirects() {
        return "# Do Loa tạo (server_files: true trong site.yaml) cho Netlify, Cloudflare Pages.\n"
                + "/*  /404.html  404\n";
    }
}

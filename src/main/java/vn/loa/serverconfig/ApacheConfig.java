package vn.loa.serverconfig;

/**
 * An Apache httpd {@code <VirtualHost>} serving a built site, at the domain's root or under a base
 * path, with the same policy as {@link NginxConfig}: types, the site's 404 page, cache lifetimes,
 * the precompressed {@code .gz} files (mod_rewrite sends {@code x.css.gz} for {@code x.css} to a
 * browser that accepts gzip; mod_mime names its type from {@code .css} and its encoding from
 * {@code .gz}) and the security headers (mod_headers). Needs {@code a2enmod rewrite headers}.
 */
public final class ApacheConfig {

    private ApacheConfig() {
    }

    public static String of(ServerSettings s) {
        String b = s.basePath();
        String root = s.root();
        StringBuilder sb = new StringBuilder();
        sb.append("# Cấu hình Apache cho cổng do Loa dựng (loa server-config apache).\n")
                .append("# Cần: a2enmod rewrite headers; đặt vào /etc/apache2/sites-available/ rồi a2ensite và apachectl graceful.\n");
        if (s.listen() != null || s.port() != 80) {
            sb.append("Listen ").append(s.address()).append("\n");
        }
        sb.append("<VirtualHost ").append(s.listen() == null ? "*" : s.listen()).append(":").append(s.port()).append(">\n");
        if (s.atRoot()) {
            sb.append("    DocumentRoot \"").append(root).append("\"\n");
        } else {
            String bare = b.substring(0, b.length() - 1);
            sb.append("    Alias \"").append(b).append("\" \"").append(root).append("/\"\n")
                    .append("    RedirectMatch 301 \"^").append(bare).append("$\" \"").append(b).append("\"\n");
        }
        sb.append("    ServerSignature Off\n")
                .append("    ErrorDocument 404 ").append(b).append("404.html\n\n")
                .append("    <Directory \"").append(root).append("\">\n")
                .append("        Options -Indexes +SymLinksIfOwnerMatch\n")
                .append("        AllowOverride None\n")
                .append("        Require all granted\n")
                .append("        DirectoryIndex index.html\n\n");
        types(sb, "        ");
        sb.append("\n");
        precompressed(sb, "        ", b);
        sb.append("    </Directory>\n\n");
        headers(sb, "    ");
        sb.append("</VirtualHost>\n");
        return sb.toString();
    }

    /** Types and charset by extension, the feeds' type by name. */
    static void types(StringBuilder sb, String indent) {
        Policy.types().forEach((ext, type) -> sb.append(indent).append("AddType ").append(type).append(" .").append(ext).append("\n"));
        sb.append(indent).append("AddCharset utf-8 .html .css .js .json .xml .xsl .ics .svg .txt\n")
                .append(indent).append("<FilesMatch \"^").append(Policy.FEED).append("(\\.gz)?$\">\n")
                .append(indent).append("    ForceType \"").append(Policy.FEED_TYPE).append("; charset=utf-8\"\n")
                .append(indent).append("</FilesMatch>\n");
    }

    /** Sends {@code x.gz} for {@code x} when it exists and the browser takes gzip. */
    static void precompressed(StringBuilder sb, String indent, String base) {
        sb.append(indent).append("# Tệp .gz dựng sẵn (precompress: true trong site.yaml): gửi nguyên, kiểu theo phần mở rộng trước .gz.\n")
                .append(indent).append("RemoveType .gz\n")
                .append(indent).append("AddEncoding gzip .gz\n")
                .append(indent).append("RewriteEngine On\n")
                .append(indent).append("RewriteBase ").append(base).append("\n")
                .append(indent).append("RewriteCond \"%{HTTP:Accept-Encoding}\" \"gzip\"\n")
                .append(indent).append("RewriteCond \"%{REQUEST_FILENAME}\" -d\n")
                .append(indent).append("RewriteCond \"%{REQUEST_FILENAME}/index.html.gz\" -f\n")
                .append(indent).append("RewriteRule \"^(.*/)?$\" \"$1index.html.gz\" [L]\n")
                .append(indent).append("RewriteCond \"%{HTTP:Accept-Encoding}\" \"gzip\"\n")
                .append(indent).append("RewriteCond \"%{REQUEST_FILENAME}.gz\" -f\n")
                .append(indent).append("RewriteRule \"^(.+)$\" \"$1.gz\" [L]\n");
    }

    /** Cache lifetimes by name, security headers on every answer (404 included). */
    static void headers(StringBuilder sb, String indent) {
        sb.append(indent).append("Header always set Content-Security-Policy \"").append(Policy.CSP).append("\"\n")
                .append(indent).append("Header always set X-Content-Type-Options \"").append(Policy.NOSNIFF).append("\"\n")
                .append(indent).append("Header always set Referrer-Policy \"").append(Policy.REFERRER).append("\"\n")
                .append(indent).append("Header always merge Vary \"Accept-Encoding\"\n")
                .append(indent).append("Header always set Cache-Control \"").append(Policy.DAY).append("\"\n")
                .append(indent).append("<FilesMatch \"\\.(").append(Policy.CHANGING).append(")(\\.gz)?$\">\n")
                .append(indent).append("    Header always set Cache-Control \"").append(Policy.NO_CACHE).append("\"\n")
                .append(indent).append("</FilesMatch>\n")
                .append(indent).append("<FilesMatch \"").append(Policy.FINGERPRINTED).append("(\\.gz)?$\">\n")
                .append(indent).append("    Header always set Cache-Control \"").append(Policy.IMMUTABLE).append("\"\n")
                .append(indent).append("</FilesMatch>\n")
                .append(indent).append("<FilesMatch \"^").append(Policy.FEED).append("(\\.gz)?$\">\n")
                .append(indent).append("    Header always set Content-Security-Policy \"").append(Policy.FEED_CSP).append("\"\n")
                .append(indent).append("</FilesMatch>\n");
    }
}

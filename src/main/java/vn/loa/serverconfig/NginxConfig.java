package vn.loa.serverconfig;

import java.util.Map;

/**
 * An nginx {@code server { }} block serving a built site, at the domain's root or under a base path:
 * the types Loa's files need, the site's 404 page, cache lifetimes, the precompressed {@code .gz}
 * files ({@code gzip_static}) and the security headers of {@link Policy}. It goes where nginx reads
 * sites (Debian: {@code /etc/nginx/sites-enabled/}, inside the {@code http} block).
 */
public final class NginxConfig {

    /** Types nginx's own mime.types lacks (adding one it has would warn of a duplicate). */
    private static final Map<String, String> MISSING = Map.of("ics", "text/calendar", "xsl", "application/xml",
            "ttf", "font/ttf", "otf", "font/otf");

    private NginxConfig() {
    }

    public static String of(ServerSettings s) {
        String b = s.basePath();
        StringBuilder sb = new StringBuilder();
        sb.append("# Cấu hình nginx cho cổng do Loa dựng (loa server-config nginx).\n")
                .append("# Đặt vào /etc/nginx/sites-enabled/ rồi chạy: nginx -t && systemctl reload nginx\n")
                .append("server {\n")
                .append("    listen ").append(s.address()).append(";\n")
                .append("    server_name _;\n")
                .append("    server_tokens off;\n")
                .append("    charset utf-8;\n")
                .append("    charset_types text/css text/plain text/xml text/calendar application/javascript application/json\n")
                .append("                  application/xml application/atom+xml image/svg+xml;\n")
                .append("    # Tệp .gz dựng sẵn (precompress: true trong site.yaml) được gửi nguyên cho trình duyệt nhận gzip;\n")
                .append("    # tệp chưa nén sẵn thì nginx nén khi gửi.\n")
                .append("    gzip_static on;\n")
                .append("    gzip on;\n")
                .append("    gzip_vary on;\n")
                .append("    gzip_types text/css text/plain text/xml text/calendar application/javascript application/json\n")
                .append("               application/xml application/atom+xml image/svg+xml;\n\n");
        if (!s.atRoot()) {
            sb.append("    location = ").append(b, 0, b.length() - 1).append(" {\n        return 301 ").append(b).append(";\n    }\n");
        }
        sb.append("    location ").append(s.atRoot() ? "/" : "^~ " + b).append(" {\n");
        if (s.atRoot()) {
            sb.append("        root ").append(s.root()).append(";\n");
        } else {
            sb.append("        alias ").append(s.root()).append("/;\n");
        }
        sb.append("        index index.html;\n")
                .append("        error_page 404 ").append(b).append("404.html;\n")
                .append("        # Một khối types riêng thay cả danh sách kiểu của nginx: nạp lại danh sách rồi thêm kiểu còn thiếu.\n")
                .append("        include mime.types;\n")
                .append("        types {\n");
        MISSING.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append("            ").append(e.getValue()).append(" ").append(e.getKey()).append(";\n"));
        sb.append("        }\n");
        headers(sb, "        ", Policy.DAY, Policy.CSP);
        sb.append("\n        # Nguồn tin Atom: mọi nguồn tin là index.xml của một mục (sitemap.xml vẫn là application/xml).\n")
                .append("        location ~ \"/").append(Policy.FEED).append("$\" {\n")
                .append("            types { }\n")
                .append("            default_type ").append(Policy.FEED_TYPE).append(";\n");
        headers(sb, "            ", Policy.NO_CACHE, Policy.FEED_CSP);
        sb.append("        }\n")
                .append("        # CSS và JS mang dấu vân tay nội dung trong tên: giữ một năm, bản mới có tên mới.\n")
                .append("        location ~ \"").append(Policy.FINGERPRINTED).append("$\" {\n");
        headers(sb, "            ", Policy.IMMUTABLE, Policy.CSP);
        sb.append("        }\n")
                .append("        # Trang và tệp đổi theo nội dung: trình duyệt hỏi lại mỗi lần.\n")
                .append("        location ~ \"(/|\\.(").append(Policy.CHANGING).append("))$\" {\n");
        headers(sb, "            ", Policy.NO_CACHE, Policy.CSP);
        sb.append("        }\n")
                .append("    }\n")
                .append("}\n");
        return sb.toString();
    }

    /** The headers of a location; nginx forgets the outer ones in a location that adds its own, so each says them all. */
    private static void headers(StringBuilder sb, String indent, String cache, String csp) {
        sb.append(indent).append("add_header Cache-Control \"").append(cache).append("\" always;\n")
                .append(indent).append("add_header Content-Security-Policy \"").append(csp).append("\" always;\n")
                .append(indent).append("add_header X-Content-Type-Options ").append(Policy.NOSNIFF).append(" always;\n")
                .append(indent).append("add_header Referrer-Policy ").append(Policy.REFERRER).append(" always;\n");
    }
}

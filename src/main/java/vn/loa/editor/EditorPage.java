package vn.loa.editor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.loa.load.SiteConfig;
import org.jsoup.nodes.Entities;

/**
 * The editor's page ({@code /admin/index.html}): Decap CMS from Loa's own copy of its published
 * bundle ({@link #VERSION}, under {@code /admin/decap/}), its configuration beside it, and the
 * theme's stylesheets for the preview, so an entry being typed looks as it will on the site.
 */
public final class EditorPage {

    /** The version of Decap CMS bundled (npm {@code decap-cms}; {@code bench/update-decap} pins it). */
    public static final String VERSION = "3.16.3";
    /** Where the bundle is served, relative to {@code /admin/}. */
    public static final String BUNDLE = "decap/";
    private static final String RESOURCES = "/vn/loa/editor/decap/";

    private EditorPage() {
    }

    /** @param stylesheets the theme's stylesheets, relative to the site's root */
    public static String html(SiteConfig site, List<String> stylesheets) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"robots\" content=\"noindex\">\n")
                .append("<title>Soạn nội dung – ").append(Entities.escape(site.title())).append("</title>\n")
                .append("<link href=\"config.yml\" type=\"text/yaml\" rel=\"cms-config-url\">\n")
                .append("</head>\n<body>\n")
                .append("<script src=\"").append(BUNDLE).append("decap-cms.js\"></script>\n<script>\n");
        for (String css : stylesheets) {
            sb.append("CMS.registerPreviewStyle(\"../").append(css.replace("\\", "").replace("\"", "")).append("\");\n");
        }
        sb.append("</script>\n</body>\n</html>\n");
        return sb.toString();
    }

    /** The stylesheets the built home page links to, relative to the site's root (the theme's, fingerprinted or not). */
    public static List<String> stylesheets(Path output) {
        List<String> out = new ArrayList<>();
        Path home = output.resolve("index.html");
        try {
            if (Files.isRegularFile(home) && Files.size(home) < 10_000_000) {
                Document d = Jsoup.parse(Files.readString(home, StandardCharsets.UTF_8));
                for (Element link : d.select("link[rel=stylesheet][href]")) {
                    String href = link.attr("href");
                    if (!href.contains(":") && !href.startsWith("/") && !href.contains("..")) {
                        out.add(href.startsWith("./") ? href.substring(2) : href);
                    }
                }
            }
        } catch (IOException e) {
            // no site yet: the preview goes without the theme's look
        }
        return out;
    }

    /** A file of the bundle, or null. */
    public static InputStream bundleFile(String name) {
        if (!name.matches("[\\w.-]+") || name.startsWith(".")) {
            return null;
        }
        return EditorPage.class.getResourceAsStream(RESOURCES + name);
    }
}

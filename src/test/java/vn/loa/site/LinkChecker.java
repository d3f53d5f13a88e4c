package vn.loa.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks the links and assets of generated pages against the output folder, the way a browser
 * opening the files from disk would follow them: every URL is relative to its page (no leading
 * {@code /}: the site must work under any sub-path and from a USB stick), a folder URL means its
 * {@code index.html}, and a fragment names an {@code id} in the target page. Absolute URLs into
 * the site itself (under its base URL: canonical links, Open Graph, JSON-LD) must name an
 * existing file too; other external URLs are not followed.
 */
final class LinkChecker {

    /** Attributes that hold one URL. */
    static final List<String> URL_ATTRIBUTES = List.of("href", "src", "cite", "poster", "data", "action", "formaction");

    private static final Set<String> EXTERNAL_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern JSON_URL = Pattern.compile("\"(?:url|@id|sameAs|image)\"\\s*:\\s*\"([^\"]+)\"");

    private final Path root;
    private final String baseUrl;
    private final Map<Path, Set<String>> ids = new ConcurrentHashMap<>();

    /** @param baseUrl the site's own absolute URL with a trailing slash, or null */
    LinkChecker(Path root, String baseUrl) {
        this.root = root.toAbsolutePath().normalize();
        this.baseUrl = baseUrl;
    }

    /** Every problem of one page's links, each naming the page, the element and the URL. */
    List<String> check(Path file) {
        Path page = file.toAbsolutePath().normalize();
        Document doc = parse(page);
        ids.putIfAbsent(page, idsOf(doc));
        List<String> problems = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            for (String attr : URL_ATTRIBUTES) {
                if (e.hasAttr(attr)) {
                    checkUrl(page, e, attr, e.attr(attr), e.attr(attr), problems);
                }
            }
            if (e.tagName().equals("meta") && e.attr("property").matches("og:(url|image)")) {
                checkUrl(page, e, "content", e.attr("content"), e.attr("content"), problems);
            }
            if (e.tagName().equals("script") && e.attr("type").equals("application/ld+json")) {
                var m = JSON_URL.matcher(e.data());
                while (m.find()) {
                    checkUrl(page, e, "(JSON-LD)", m.group(1), m.group(1), problems);
                }
            }
            if (e.hasAttr("srcset")) {
                for (String candidate : e.attr("srcset").split(",")) {
                    String url = candidate.strip().split("\\s+")[0];
                    checkUrl(page, e, "srcset", e.attr("srcset"), url, problems);
                }
            }
        }
        return problems;
    }

    private void checkUrl(Path page, Element e, String attr, String value, String raw, List<String> problems) {
        String url = raw.strip();
        String where = name(page) + ": <" + e.tagName() + " " + attr + "=\"" + value + "\">: ";
        if (url.isEmpty()) {
            problems.add(where + "empty URL");
            return;
        }
        if (url.startsWith("/")) {
            problems.add(where + "starts with '/': internal links must be relative to the page");
            return;
        }
        var scheme = SCHEME.matcher(url);
        if (scheme.find()) {
            if (scheme.group(1).equalsIgnoreCase("webcal")) {
                // A calendar to follow: the site's own file, under its base URL
                String own = baseUrl == null ? null : "webcal://" + baseUrl.replaceFirst("^https?://", "");
                if (own == null || !url.startsWith(own)) {
                    problems.add(where + "a webcal: link that is not under the site's base URL");
                } else {
                    checkOwnAbsolute(url.substring(own.length()), where, problems);
                }
            } else if (!EXTERNAL_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
                problems.add(where + "unexpected URL scheme '" + scheme.group(1) + "'");
            } else if (baseUrl != null && url.startsWith(baseUrl)) {
                checkOwnAbsolute(url.substring(baseUrl.length()), where, problems);
            }
            return;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException ex) {
            problems.add(where + "malformed URL: " + ex.getMessage());
            return;
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        Path target;
        if (path.isEmpty()) {
            target = page;
        } else {
            target = page.getParent().resolve(path).normalize();
            if (!target.startsWith(root)) {
                problems.add(where + "leads outside the site");
                return;
            }
            boolean folderUrl = path.endsWith("/") || path.equals(".") || path.equals("..") || path.endsWith("/.")
                    || path.endsWith("/..");
            if (Files.isDirectory(target)) {
                if (!folderUrl) {
                    problems.add(where + "names the folder " + name(target) + " without a trailing '/'");
                    return;
                }
                target = target.resolve("index.html");
            } else if (folderUrl) {
                problems.add(where + "no such folder: " + name(target));
                return;
            }
        }
        if (!Files.isRegularFile(target)) {
            problems.add(where + "no such file: " + name(target));
            return;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty()) {
            if (!target.getFileName().toString().endsWith(".html")) {
                problems.add(where + "fragment '#" + fragment + "' into a file that is not HTML: " + name(target));
            } else if (!ids.computeIfAbsent(target, t -> idsOf(parse(t))).contains(fragment)) {
                problems.add(where + "no element with id=\"" + fragment + "\" in " + name(target));
            }
        }
    }

    /** An absolute URL into this site: its path must name a file of the output. */
    private void checkOwnAbsolute(String path, String where, List<String> problems) {
        int cut = path.indexOf('#');
        String p = cut < 0 ? path : path.substring(0, cut);
        cut = p.indexOf('?');
        p = cut < 0 ? p : p.substring(0, cut);
        Path target = root.resolve(p.isEmpty() || p.endsWith("/") ? p + "index.html" : p).normalize();
        if (!target.startsWith(root) || !Files.isRegularFile(target)) {
            problems.add(where + "names no file of the site (looked for " + name(target) + ")");
        }
    }

    String name(Path p) {
        return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static Set<String> idsOf(Document doc) {
        Set<String> out = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            out.add(e.id());
        }
        return out;
    }

    private static Document parse(Path p) {
        try {
            return Jsoup.parse(p.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

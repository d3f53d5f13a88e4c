package vn.loa.archive;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.Builder;

/**
 * {@code loa build --offline}: the whole sample portal, archive included, can be browsed from a
 * USB stick. A browser reading files does not turn a folder into its index.html, so every internal
 * link of every page must name a file that exists, and none may end in {@code /}.
 */
class OfflineBuildTest {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    @TempDir
    Path temp;

    @Test
    void everyInternalLinkOfAnOfflineBuildNamesAFile() throws IOException {
        Path repo = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        Path site = temp.resolve("usb");
        Builder.build(BuildOptions.of(repo).withOutput(site).withOffline(true).withToday(LocalDate.of(2025, 5, 16)));
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 100, "the whole site: " + pages.size() + " pages");
        for (String archive : List.of("nam/index.html", "nam/2024/index.html", "bao-chi/index.html", "don-vi/index.html",
                "don-vi/van-phong-so/index.html", "chien-dich/ngay-khcn/2024/index.html")) {
            assertTrue(pages.contains(site.resolve(archive)), "the offline copy has " + archive);
        }
        List<String> problems = new ArrayList<>();
        int links = 0;
        for (Path page : pages) {
            Document d = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element e : d.select("[href], [src], [cite]")) {
                for (String attr : List.of("href", "src", "cite")) {
                    String url = e.attr(attr).strip();
                    if (!e.hasAttr(attr) || SCHEME.matcher(url).find() || url.startsWith("#")) {
                        continue; // external (canonical, Open Graph, mail, phone) or within the page
                    }
                    links++;
                    String where = site.relativize(page) + ": <" + e.tagName() + " " + attr + "=\"" + url + "\">: ";
                    String path;
                    try {
                        path = new URI(url).getPath();
                    } catch (URISyntaxException ex) {
                        problems.add(where + "malformed");
                        continue;
                    }
                    if (url.isEmpty() || path.isEmpty() || path.endsWith("/") || path.equals(".") || path.endsWith("/.")
                            || path.endsWith("..")) {
                        problems.add(where + "names a folder; from disk it must name its index.html");
                        continue;
                    }
                    if (path.startsWith("/")) {
                        problems.add(where + "site-absolute: from disk it leads to the root of the drive");
                        continue;
                    }
                    Path target = page.getParent().resolve(path).normalize();
                    if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                        problems.add(where + "no such file " + target);
                    }
                }
            }
        }
        assertTrue(links > 5000, "links checked: " + links);
        assertTrue(problems.isEmpty(), problems.size() + " links that do not work from disk:\n"
                + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }
}

package vn.loa.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.Builder;
import vn.loa.engine.BuildResult;

/**
 * Builds the bundled sample portal ({@code content/} and {@code themes/} of this repository)
 * once, as on 16/5/2025 — inside the focus week of Ngày Khoa học và Công nghệ 2025 — with strict
 * templates, and checks the site a reader, a crawler and a feed reader get: valid HTML, links and
 * assets that resolve from disk, well-formed feeds and sitemap naming real pages, a deterministic
 * build, every page the content promises, and the accessibility structure of the default theme.
 */
class SampleSiteTest {

    static final LocalDate TODAY = LocalDate.of(2025, 5, 16);
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @TempDir
    static Path temp;

    static Path repo;
    static Path site;
    static ContentInventory content;
    static List<Path> htmlFiles;

    @BeforeAll
    static void buildSampleSite() {
        repo = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        assertTrue(Files.isDirectory(repo.resolve("content")), "no content/ in " + repo);
        content = ContentInventory.read(repo.resolve("content"));
        site = temp.resolve("site");
        BuildResult result = build(repo, site);
        System.out.println("[SampleSiteTest] " + result.summary());
        htmlFiles = files(site).stream().filter(p -> p.toString().endsWith(".html")).toList();
        assertTrue(htmlFiles.size() > 50, "expected a whole site, found " + htmlFiles.size() + " HTML files");
    }

    static BuildResult build(Path source, Path output) {
        return Builder.build(BuildOptions.of(source).withOutput(output).withToday(TODAY).withStrictTemplates(true));
    }

    // 1. The Nu HTML Checker finds no error on any page.

    @Test
    void everyPageIsValidHtml() {
        long start = System.nanoTime();
        HtmlChecker checker = new HtmlChecker();
        long setUp = System.nanoTime();
        List<HtmlChecker.Message> errors = new ArrayList<>();
        List<HtmlChecker.Message> warnings = new ArrayList<>();
        for (Path f : htmlFiles) {
            HtmlChecker.Result r = checker.check(f, name(f));
            errors.addAll(r.errors());
            warnings.addAll(r.warnings());
        }
        System.out.printf("[SampleSiteTest] vnu: schema %d ms, %d files %d ms, %d errors, %d warnings%n",
                (setUp - start) / 1_000_000, htmlFiles.size(), (System.nanoTime() - setUp) / 1_000_000, errors.size(),
                warnings.size());
        warnings.forEach(w -> System.out.println("[SampleSiteTest] vnu warning: " + w));
        assertNone(errors, "errors from the Nu HTML Checker");
    }

    // 2. Every link and asset resolves inside the output, relative to its page.

    @Test
    void everyInternalLinkAndAssetResolves() {
        LinkChecker links = new LinkChecker(site, content.baseUrl());
        List<String> problems = new ArrayList<>();
        htmlFiles.forEach(f -> problems.addAll(links.check(f)));
        assertNone(problems, "broken or site-absolute links");
    }

    // 3. Feeds and the sitemap.

    @Test
    void atomFeedsAreCompleteAndNameExistingPages() {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> expectedEntries = Map.of(
                "tin-tuc/index.xml", Math.min(30, content.published("tin-tuc").size()),
                "ke-hoach/index.xml", Math.min(30, content.published("ke-hoach").size()));
        for (var feed : expectedEntries.entrySet()) {
            String file = feed.getKey();
            org.w3c.dom.Document doc = parseXml(site.resolve(file), problems);
            if (doc == null) {
                continue;
            }
            org.w3c.dom.Element root = doc.getDocumentElement();
            if (!ATOM.equals(root.getNamespaceURI()) || !"feed".equals(root.getLocalName())) {
                problems.add(file + ": root is {" + root.getNamespaceURI() + "}" + root.getLocalName() + ", not an Atom feed");
                continue;
            }
            requireAtomBasics(file, "feed", root, problems);
            List<org.w3c.dom.Element> entries = children(root, "entry");
            if (entries.size() != feed.getValue()) {
                problems.add(file + ": " + entries.size() + " entries, expected " + feed.getValue());
            }
            boolean feedAuthor = !children(root, "author").isEmpty();
            Set<String> ids = new LinkedHashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                org.w3c.dom.Element entry = entries.get(i);
                String where = file + ": entry " + (i + 1);
                requireAtomBasics(where, "entry", entry, problems);
                if (!feedAuthor && children(entry, "author").isEmpty()) {
                    problems.add(where + ": no <author> on the entry nor on the feed");
                }
                children(entry, "id").forEach(id -> {
                    if (!ids.add(id.getTextContent().strip())) {
                        problems.add(where + ": id used twice: " + id.getTextContent());
                    }
                });
            }
            // Every URL the feed names: ids, links, of the feed and of its entries.
            NodeList all = doc.getElementsByTagNameNS(ATOM, "*");
            for (int i = 0; i < all.getLength(); i++) {
                org.w3c.dom.Element e = (org.w3c.dom.Element) all.item(i);
                if (e.getLocalName().equals("id")) {
                    checkSiteUrl(file + ": <id>", e.getTextContent().strip(), problems);
                } else if (e.getLocalName().equals("link")) {
                    checkSiteUrl(file + ": <link rel=\"" + e.getAttribute("rel") + "\">", e.getAttribute("href"), problems);
                }
            }
        }
        // A draft never reaches a feed.
        for (ContentInventory.Source d : content.drafts()) {
            for (String file : expectedEntries.keySet()) {
                if (read(site.resolve(file)).contains(d.url())) {
                    problems.add(file + ": names the draft " + d.file());
                }
            }
        }
        assertNone(problems, "problems in the Atom feeds");
    }

    private static void requireAtomBasics(String where, String what, org.w3c.dom.Element e, List<String> problems) {
        for (String name : List.of("id", "title", "updated")) {
            List<org.w3c.dom.Element> found = children(e, name);
            if (found.size() != 1) {
                problems.add(where + ": " + found.size() + " <" + name + "> elements in the " + what + ", expected exactly 1");
            } else if (found.get(0).getTextContent().isBlank()) {
                problems.add(where + ": empty <" + name + ">");
            }
        }
        for (org.w3c.dom.Element u : children(e, "updated")) {
            try {
                OffsetDateTime.parse(u.getTextContent().strip());
            } catch (DateTimeParseException ex) {
                problems.add(where + ": <updated> is not an RFC 3339 date-time: '" + u.getTextContent() + "'");
            }
        }
        if (what.equals("entry") && children(e, "link").stream().noneMatch(l -> "alternate".equals(l.getAttribute("rel"))
                || l.getAttribute("rel").isEmpty())) {
            problems.add(where + ": no <link rel=\"alternate\"> (an entry without content needs one)");
        }
    }

    @Test
    void sitemapAndRobotsNameExistingPages() {
        List<String> problems = new ArrayList<>();
        org.w3c.dom.Document doc = parseXml(site.resolve("sitemap.xml"), problems);
        Set<String> locs = new LinkedHashSet<>();
        if (doc != null) {
            org.w3c.dom.Element root = doc.getDocumentElement();
            if (!SITEMAP.equals(root.getNamespaceURI()) || !"urlset".equals(root.getLocalName())) {
                problems.add("sitemap.xml: root is {" + root.getNamespaceURI() + "}" + root.getLocalName() + ", not a sitemap urlset");
            }
            for (org.w3c.dom.Element url : children(root, "url")) {
                List<org.w3c.dom.Element> loc = children(url, "loc");
                if (loc.size() != 1) {
                    problems.add("sitemap.xml: a <url> with " + loc.size() + " <loc> elements");
                    continue;
                }
                String u = loc.get(0).getTextContent().strip();
                if (!locs.add(u)) {
                    problems.add("sitemap.xml: listed twice: " + u);
                }
                checkSiteUrl("sitemap.xml: <loc>", u, problems);
            }
        }
        // Every published page of the content is in it, and no draft.
        for (ContentInventory.Source p : content.published()) {
            if (!locs.contains(content.baseUrl() + p.url().substring(1))) {
                problems.add("sitemap.xml: does not list " + p.url() + " (" + p.file() + ")");
            }
        }
        for (ContentInventory.Source d : content.drafts()) {
            if (locs.contains(content.baseUrl() + d.url().substring(1))) {
                problems.add("sitemap.xml: lists the draft " + d.url());
            }
        }
        String robots = read(site.resolve("robots.txt"));
        if (!robots.lines().anyMatch(l -> l.equals("Sitemap: " + content.baseUrl() + "sitemap.xml"))) {
            problems.add("robots.txt: no 'Sitemap: " + content.baseUrl() + "sitemap.xml' line:\n" + robots);
        }
        assertNone(problems, "problems in sitemap.xml and robots.txt");
    }

    /** An absolute URL of the site must name a file of the output; anything else is a problem. */
    private static void checkSiteUrl(String where, String url, List<String> problems) {
        String base = content.baseUrl();
        if (!url.startsWith(base)) {
            problems.add(where + ": '" + url + "' is not under the site's base URL " + base);
            return;
        }
        String path = url.substring(base.length());
        int cut = path.indexOf('#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        Path target = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).normalize();
        if (!target.startsWith(site) || !Files.isRegularFile(target)) {
            problems.add(where + ": " + url + " names no file of the output (looked for " + name(target) + ")");
        }
    }

    // 4. The same content gives the same bytes: again in this JVM, and in two other JVMs (the
    //    iteration order of Map.of and Set.of changes only from one JVM to the next).

    @Test
    void buildIsDeterministic() throws Exception {
        List<Process> others = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            Path out = temp.resolve("site-jvm-" + i);
            outputs.add(out);
            others.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8",
                    "-Dloa.cache=" + temp.resolve("cache"), // not the user's cache folder
                    BuildSampleSite.class.getName(), repo.toString(), out.toString())
                    .redirectErrorStream(true).redirectOutput(temp.resolve("site-jvm-" + i + ".log").toFile()).start());
        }
        Path again = temp.resolve("site-again");
        build(repo, again);
        List<String> problems = new ArrayList<>();
        compare("a second build in this JVM", again, problems);
        for (int i = 0; i < others.size(); i++) {
            int exit = others.get(i).waitFor();
            if (exit != 0) {
                problems.add("the build in another JVM failed (exit " + exit + "):\n" + read(temp.resolve("site-jvm-" + (i + 1) + ".log")));
            } else {
                compare("a build in another JVM", outputs.get(i), problems);
            }
        }
        assertNone(problems, "differences between builds of the same content");
    }

    private static void compare(String what, Path second, List<String> problems) {
        Map<String, Path> a = byName(site);
        Map<String, Path> b = byName(second);
        if (!a.keySet().equals(b.keySet())) {
            Set<String> onlyA = new LinkedHashSet<>(a.keySet());
            onlyA.removeAll(b.keySet());
            Set<String> onlyB = new LinkedHashSet<>(b.keySet());
            onlyB.removeAll(a.keySet());
            problems.add(what + " wrote different files: only in the first " + onlyA + ", only in the other " + onlyB);
        }
        for (var e : a.entrySet()) {
            Path other = b.get(e.getKey());
            if (other != null && !Arrays.equals(bytes(e.getValue()), bytes(other))) {
                problems.add(e.getKey() + ": differs in " + what + firstDifference(e.getValue(), other));
            }
        }
    }

    private static String firstDifference(Path a, Path b) {
        if (!a.toString().matches(".*\\.(html|xml|txt|json|ics|css)$")) {
            return "";
        }
        List<String> la = read(a).lines().toList();
        List<String> lb = read(b).lines().toList();
        for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
            String x = la.get(i);
            String y = lb.get(i);
            if (!x.equals(y)) {
                int c = 0;
                while (c < Math.min(x.length(), y.length()) && x.charAt(c) == y.charAt(c)) {
                    c++;
                }
                int from = Math.max(0, c - 60);
                return " (line " + (i + 1) + ", column " + (c + 1) + ":\n      " + x.substring(from, Math.min(x.length(), c + 60))
                        + "\n      " + y.substring(from, Math.min(y.length(), c + 60)) + ")";
            }
        }
        return " (line counts " + la.size() + " and " + lb.size() + ")";
    }

    // 5. Every page the content promises exists; drafts do not.

    @Test
    void everyPromisedPageExists() {
        List<String> expected = new ArrayList<>(List.of("index.html", "404.html", "robots.txt", "sitemap.xml",
                "ke-hoach/index.html", "tin-tuc/index.html", "tin-tuc/index.xml", "ke-hoach/index.xml",
                "chien-dich/index.html", "the/index.html"));
        List<String> problems = new ArrayList<>();
        List<ContentInventory.Source> plans = content.published("ke-hoach");
        List<ContentInventory.Source> news = content.published("tin-tuc");
        List<ContentInventory.Source> pages = content.published("trang");
        check(plans.size() >= 7, () -> "the sample has " + plans.size() + " plans, expected at least 7", problems);
        check(news.size() == 21, () -> "the sample has " + news.size() + " published news posts, expected 21", problems);
        check(pages.size() >= 3, () -> "the sample has " + pages.size() + " standalone pages, expected at least 3", problems);
        check(!content.drafts().isEmpty(), () -> "the sample has no draft to leave out", problems);
        for (ContentInventory.Source p : content.published()) {
            expected.add(p.output());
            p.bundleFiles().forEach(f -> expected.add(p.url().substring(1) + f));
        }
        pages.forEach(p -> check(p.url().matches("/[a-z0-9-]+/"), () -> p.file() + " is not at /<slug>/ but " + p.url(), problems));
        // Section lists, paginated: /tin-tuc/, /tin-tuc/trang/2/, … and no page after the last.
        for (String section : List.of("ke-hoach", "tin-tuc")) {
            int count = content.published(section).size();
            int pagesOfList = Math.max(1, (count + content.pageSize() - 1) / content.pageSize());
            for (int n = 2; n <= pagesOfList; n++) {
                expected.add(section + "/trang/" + n + "/index.html");
            }
            String after = section + "/trang/" + (pagesOfList + 1) + "/index.html";
            check(!Files.exists(site.resolve(after)), () -> "a list page after the last: " + after, problems);
        }
        expected.add("tin-tuc/trang/2/index.html");
        content.tagSlugs().forEach(t -> expected.add("the/" + t + "/index.html"));
        // Campaigns, their years, and one page per event of each year.
        content.campaignYears().forEach((campaign, years) -> {
            expected.add("chien-dich/" + campaign + "/index.html");
            years.forEach((year, events) -> {
                String dir = "chien-dich/" + campaign + "/" + year + "/";
                expected.add(dir + "index.html");
                Path eventsDir = site.resolve(dir + "su-kien");
                List<Path> eventPages = Files.isDirectory(eventsDir) ? files(eventsDir).stream()
                        .filter(f -> f.getFileName().toString().equals("index.html")).toList() : List.of();
                check(eventPages.size() == events, () -> dir + ": " + eventPages.size() + " event pages, the content states "
                        + events + " events", problems);
                String yearPage = read(site.resolve(dir + "index.html"));
                for (Path ep : eventPages) {
                    String rel = site.resolve(dir).relativize(ep.getParent()).toString().replace('\\', '/') + "/";
                    check(yearPage.contains("href=\"" + rel + "\""), () -> dir + "index.html does not link to its event " + rel, problems);
                }
            });
        });
        check(content.campaignYears().containsKey("ngay-khcn") && content.campaignYears().get("ngay-khcn").containsKey(2024),
                () -> "the sample has no Ngày KH&CN 2024", problems);
        for (String f : expected) {
            check(Files.isRegularFile(site.resolve(f)), () -> "missing: " + f, problems);
        }
        for (ContentInventory.Source d : content.drafts()) {
            check(!Files.exists(site.resolve(d.output())), () -> "the draft " + d.file() + " was published at " + d.url(), problems);
        }
        assertNone(problems, "missing or unexpected pages");
    }

    // 6. The accessible structure of every page (WCAG 2.1 AA basics a machine can see).

    @Test
    void everyPageHasAnAccessibleStructure() {
        List<String> problems = new ArrayList<>();
        for (Path f : htmlFiles) {
            String n = name(f);
            Document doc = jsoup(f);
            Element html = doc.selectFirst("html");
            check(html != null && "vi".equals(html.attr("lang")), () -> n + ": <html> without lang=\"vi\"", problems);
            check(doc.selectFirst("meta[name=viewport]") != null, () -> n + ": no viewport meta", problems);
            check(!doc.title().isBlank(), () -> n + ": empty <title>", problems);
            check(doc.select("main").size() == 1, () -> n + ": " + doc.select("main").size() + " <main> elements, expected 1", problems);
            // The skip link is the first link and leads to main.
            Element first = doc.body().selectFirst("a[href]");
            Element main = doc.selectFirst("main");
            check(first != null && main != null && first.attr("href").equals("#" + main.id()) && !main.id().isEmpty(),
                    () -> n + ": the first link is not a skip link to <main>: " + (first == null ? "none" : first.outerHtml()), problems);
            // Every nav has a name, and no two share one.
            Set<String> navNames = new LinkedHashSet<>();
            for (Element nav : doc.select("nav")) {
                String label = accessibleName(doc, nav);
                check(!label.isBlank(), () -> n + ": a <nav> without aria-label or aria-labelledby: " + abbreviate(nav), problems);
                check(label.isBlank() || navNames.add(label), () -> n + ": two <nav> named \"" + label + "\"", problems);
            }
            check(doc.select("h1").size() == 1, () -> n + ": " + doc.select("h1").size() + " <h1> elements, expected 1", problems);
            // Headings descend one level at a time.
            int previous = 0;
            for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
                int level = h.tagName().charAt(1) - '0';
                if (previous > 0 && level > previous + 1) {
                    int p = previous;
                    problems.add(n + ": <" + h.tagName() + "> \"" + h.text() + "\" follows <h" + p + ">: a heading level is skipped");
                }
                previous = level;
            }
            for (Element table : doc.select("table")) {
                check(!table.select("th").isEmpty(), () -> n + ": a table without header cells: " + abbreviate(table), problems);
            }
            for (Element img : doc.select("img")) {
                check(img.hasAttr("alt"), () -> n + ": <img> without alt: " + img.outerHtml(), problems);
            }
            for (Element a : doc.select("a[href]")) {
                check(!a.text().isBlank() || !a.select("img[alt]:not([alt=''])").isEmpty() || a.hasAttr("aria-label"),
                        () -> n + ": a link with no text: " + a.outerHtml(), problems);
            }
        }
        assertNone(problems, "accessibility structure problems");
    }

    private static String accessibleName(Document doc, Element e) {
        if (e.hasAttr("aria-label")) {
            return e.attr("aria-label").strip();
        }
        if (e.hasAttr("aria-labelledby")) {
            StringBuilder sb = new StringBuilder();
            for (String id : e.attr("aria-labelledby").split("\\s+")) {
                Element l = doc.getElementById(id);
                if (l != null) {
                    sb.append(l.text()).append(' ');
                }
            }
            return sb.toString().strip();
        }
        return "";
    }

    private static String abbreviate(Element e) {
        String s = e.outerHtml().replaceAll("\\s+", " ");
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    // Helpers

    static void check(boolean ok, Supplier<String> problem, List<String> problems) {
        if (!ok) {
            problems.add(problem.get());
        }
    }

    static void assertNone(List<?> problems, String what) {
        assertTrue(problems.isEmpty(), () -> problems.size() + " " + what + ":\n  "
                + String.join("\n  ", problems.stream().map(Object::toString).toList()));
    }

    static String name(Path p) {
        return site.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Path> byName(Path root) {
        Map<String, Path> out = new TreeMap<>();
        files(root).forEach(f -> out.put(root.relativize(f).toString().replace('\\', '/'), f));
        return out;
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        return new String(bytes(p), StandardCharsets.UTF_8);
    }

    static Document jsoup(Path p) {
        try {
            return Jsoup.parse(p.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses XML namespace-aware, with no DTDs or external entities; problems are recorded, not thrown. */
    static org.w3c.dom.Document parseXml(Path file, List<String> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(name(file) + ": missing");
            return null;
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            return b.parse(file.toFile());
        } catch (SAXParseException e) {
            problems.add(name(file) + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": not well-formed XML: " + e.getMessage());
        } catch (Exception e) {
            problems.add(name(file) + ": could not be parsed as XML: " + e);
        }
        return null;
    }

    /** The child elements of {@code parent} in the parent's namespace with the given local name. */
    static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String localName) {
        List<org.w3c.dom.Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e && localName.equals(e.getLocalName())
                    && java.util.Objects.equals(parent.getNamespaceURI(), e.getNamespaceURI())) {
                out.add(e);
            }
        }
        return out;
    }
}

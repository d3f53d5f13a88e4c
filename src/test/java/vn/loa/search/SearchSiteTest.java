package vn.loa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.Builder;

/**
 * The search page and index of the sample portal as built: JSON that a strict reader accepts,
 * links in the index that lead to pages of the site (also in an offline build), the page's form
 * and its fallback, and queries a journalist would type.
 */
class SearchSiteTest {

    @TempDir
    static Path temp;
    static Path site;
    static Path offline;

    @BeforeAll
    static void build() {
        site = temp.resolve("site");
        offline = temp.resolve("offline");
        BuildOptions options = BuildOptions.of(SearchFixtures.REPO).withToday(LocalDate.of(2025, 5, 16)).withStrictTemplates(true);
        Builder.build(options.withOutput(site));
        Builder.build(options.withOutput(offline).withOffline(true));
    }

    static Path index(Path root) {
        return root.resolve(SearchIndex.FOLDER);
    }

    static JsonElement strict(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        JsonElement e = new Gson().getAdapter(JsonElement.class).read(reader);
        assertEquals(JsonToken.END_DOCUMENT, reader.peek(), file + ": text after the JSON value");
        return e;
    }

    /** An index file of a build as JSON: read, or unwrapped from its script in an offline build. */
    static JsonElement indexFile(Path root, String path) throws IOException {
        if (root != offline) {
            return strict(index(root).resolve(path));
        }
        String script = Files.readString(index(root).resolve(path.replaceAll("\\.json$", ".js")), StandardCharsets.UTF_8);
        String prefix = SearchIndex.SCRIPT_CALLBACK + "(\"" + path + "\",";
        assertTrue(script.startsWith(prefix) && script.endsWith(");\n"), path + ": " + script.substring(0, Math.min(80, script.length())));
        Path unwrapped = temp.resolve("unwrapped.json");
        Files.writeString(unwrapped, script.substring(prefix.length(), script.length() - 3), StandardCharsets.UTF_8);
        return strict(unwrapped);
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void everyIndexFileIsStrictJsonOfTheDocumentedShape() throws IOException {
        List<Path> all = files(index(site));
        assertTrue(all.size() > 3);
        for (Path f : all) {
            assertTrue(f.toString().endsWith(".json"), f.toString());
            strict(f);
        }
        JsonObject manifest = strict(index(site).resolve(SearchIndex.MANIFEST)).getAsJsonObject();
        assertEquals(SearchIndex.FORMAT, manifest.get("format").getAsInt());
        assertTrue(manifest.get("version").getAsString().matches("[0-9a-f]{12}"));
        int docs = manifest.get("docs").getAsInt();
        int per = manifest.get("docsPerShard").getAsInt();
        JsonArray shards = manifest.getAsJsonArray("shards");
        assertEquals(shards.size(), files(index(site).resolve("t")).size());
        assertEquals((docs + per - 1) / per, files(index(site).resolve("d")).size());
        int rows = 0;
        for (Path d : files(index(site).resolve("d"))) {
            for (JsonElement row : strict(d).getAsJsonArray()) {
                JsonArray r = row.getAsJsonArray();
                assertEquals(7, r.size(), row.toString());
                assertFalse(r.get(0).getAsString().isBlank());
                assertTrue(List.of("plan", "news", "page", "event").contains(r.get(2).getAsString()));
                assertTrue(r.get(3).getAsString().isEmpty() || r.get(3).getAsString().matches("\\d{4}-\\d\\d-\\d\\d"));
                rows++;
            }
        }
        assertEquals(docs, rows);
        long pages;
        try (Stream<Path> s = Files.walk(SearchFixtures.REPO.resolve("content"))) {
            pages = s.filter(p -> p.toString().endsWith(".md")).filter(p -> !read(p).contains("\ndraft: true")).count();
        }
        assertEquals(pages + eventPages(site), docs, "every plan, news post and page, no draft, and every event with a page");
        JsonObject facets = strict(index(site).resolve(SearchIndex.FACETS)).getAsJsonObject();
        Varint.Reader combos = new Varint.Reader(facets.get("docs").getAsString());
        int count = 0;
        for (; combos.hasNext(); count++) {
            assertTrue(combos.next() < facets.getAsJsonArray("combos").size());
        }
        assertEquals(docs, count, "a facet combination per page");
        long years = 0;
        for (var run : facets.getAsJsonArray("years")) {
            years += run.getAsJsonArray().get(1).getAsLong();
        }
        assertEquals(docs, years, "a year (or none) per page");
    }

    /** The events that have a page of their own in a build: in a campaign, or under the page that states them. */
    static long eventPages(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.endsWith("index.html") && p.getParent().getParent().getFileName().toString().equals("su-kien")).count();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void linksInTheIndexLeadToPagesFromTheSearchPage() throws IOException {
        for (Path root : List.of(site, offline)) {
            Path page = root.resolve("tim-kiem");
            JsonObject manifest = indexFile(root, SearchIndex.MANIFEST).getAsJsonObject();
            int shards = (manifest.get("docs").getAsInt() + manifest.get("docsPerShard").getAsInt() - 1)
                    / manifest.get("docsPerShard").getAsInt();
            List<String> links = new ArrayList<>();
            int docs = 0;
            for (int i = 0; i < shards; i++) {
                for (JsonElement row : indexFile(root, SearchIndex.docShard(i)).getAsJsonArray()) {
                    JsonArray r = row.getAsJsonArray();
                    links.add(r.get(1).getAsString());
                    docs++;
                    if (r.get(4).getAsInt() >= 0) {
                        JsonObject c = manifest.getAsJsonArray("campaigns").get(r.get(4).getAsInt()).getAsJsonObject();
                        links.add(c.get("url").getAsString().replace("{nam}", r.get(5).getAsString()));
                    }
                }
            }
            assertEquals(manifest.get("docs").getAsInt(), docs);
            for (String link : links) {
                assertFalse(link.startsWith("/") || link.contains("://"), link);
                Path target = page.resolve(link).normalize();
                if (root == site) {
                    assertTrue(link.endsWith("/"), link);
                    target = target.resolve("index.html");
                } else {
                    assertTrue(link.endsWith("/index.html"), "offline links name the file: " + link);
                }
                assertTrue(Files.isRegularFile(target), link + " from /tim-kiem/ names no page of " + root.getFileName());
            }
        }
    }

    @Test
    void anOfflineBuildWritesTheIndexAsScriptsThatBrowsersRunFromDisk() throws IOException {
        List<Path> json = files(index(site));
        List<Path> scripts = files(index(offline));
        assertEquals(json.size(), scripts.size());
        for (Path f : json) {
            String path = index(site).relativize(f).toString().replace('\\', '/');
            assertTrue(Files.isRegularFile(index(offline).resolve(path.replaceAll("\\.json$", ".js"))), path);
            JsonElement unwrapped = indexFile(offline, path);
            if (path.startsWith("t/") || path.equals(SearchIndex.FACETS)) {
                assertTrue(strict(f).equals(unwrapped), path + ": the same terms as the online build");
            }
        }
        Document doc = Jsoup.parse(offline.resolve("tim-kiem/index.html").toFile(), "UTF-8");
        assertEquals("chi-muc/manifest.js", doc.selectFirst("form[role=search]").attr("data-index"));
    }

    @Test
    void theSearchPageHasAFormFiltersAResultsRegionAndArchiveLinks() throws IOException {
        Document doc = Jsoup.parse(site.resolve("tim-kiem/index.html").toFile(), "UTF-8");
        Element form = doc.selectFirst("form[role=search]");
        assertNotNull(form);
        assertEquals("get", form.attr("method"));
        assertTrue(form.hasAttr("hidden"), "the form waits for the script; without it the archive links serve");
        assertEquals("q", form.selectFirst("input[type=search]").attr("name"));
        for (String name : List.of("q", "loai", "chien-dich", "nam")) {
            Element control = form.selectFirst("[name=" + name + "]");
            assertNotNull(control, name);
            assertNotNull(doc.selectFirst("label[for=" + control.id() + "]"), "a label for " + name);
        }
        assertEquals(List.of("", "plan", "news", "page", "event"), form.select("select[name=loai] option").eachAttr("value"));
        assertEquals("Sự kiện", form.selectFirst("select[name=loai] option[value=event]").text());
        assertEquals(List.of("", "ngay-sang-tao", "ngay-khcn"), form.select("select[name=chien-dich] option").eachAttr("value"));
        assertTrue(form.select("select[name=nam] option").size() > 3);
        assertNotNull(doc.selectFirst("[aria-live=polite]"));
        assertTrue(Files.isRegularFile(site.resolve("tim-kiem").resolve(form.attr("data-index")).normalize()));
        assertTrue(form.attr("data-index").startsWith("chi-muc/"), "relative to the page");
        Element script = doc.selectFirst("script[src]");
        assertTrue(script.attr("src").matches("\\.\\./js/tim-kiem\\.[0-9a-f]{8}\\.js"), "the fingerprinted script: " + script.attr("src"));
        assertTrue(Files.isRegularFile(site.resolve("tim-kiem").resolve(script.attr("src")).normalize()));
        assertTrue(script.hasAttr("defer"));
        Element browse = doc.selectFirst(".search-browse");
        for (String href : List.of("../ke-hoach/", "../tin-tuc/", "../chien-dich/", "../the/", "../chien-dich/ngay-khcn/2024/")) {
            assertNotNull(browse.selectFirst("a[href=" + href + "]"), "archive link " + href);
        }
        Element results = doc.getElementById("tim-kiem-ket-qua");
        assertEquals("Kế hoạch", results.attr("data-t-plan"), "the script's words come from the theme's strings");
        assertEquals("Tin tức", results.attr("data-t-news"));
        for (String k : List.of("loading", "none", "count", "partial", "phrase", "error", "page", "event")) {
            assertFalse(results.attr("data-t-" + k).isBlank(), k);
        }
    }

    @Test
    void everyPageButTheSearchPageHasAHeaderBoxThatWorksWithoutScript() throws IOException {
        for (Path root : List.of(site, offline)) {
            int pages = 0;
            for (Path f : files(root)) {
                if (!f.toString().endsWith(".html") || f.getFileName().toString().equals("404.html")) {
                    continue;
                }
                Document doc = Jsoup.parse(f.toFile(), "UTF-8");
                Element box = doc.selectFirst(".site-header form.search-box");
                if (f.equals(root.resolve("tim-kiem/index.html"))) {
                    assertEquals(null, box, "the search page has its own form");
                    continue;
                }
                assertNotNull(box, f.toString());
                assertEquals("get", box.attr("method"));
                assertEquals("search", box.attr("role"));
                Path target = f.getParent().resolve(box.attr("action")).normalize();
                assertEquals(root.resolve("tim-kiem").resolve(root == offline ? "index.html" : ""), target, f + ": the search page");
                Element q = box.selectFirst("input[name=q]");
                assertEquals("Tìm trên cổng thông tin", box.selectFirst("label[for=" + q.id() + "]").text(), "a label");
                pages++;
            }
            assertTrue(pages > 100, "pages checked: " + pages);
        }
    }

    @Test
    void journalistsFindWhatTheyLookFor() {
        Searcher s = new Searcher(p -> {
            try {
                return Files.readAllBytes(index(site).resolve(p));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        for (String q : List.of("ke hoach ngay khoa hoc va cong nghe 2024", "Kế hoạch Ngày Khoa học và Công nghệ 2024")) {
            Searcher.Result r = s.search(q, new Searcher.Filter("plan", null, null));
            List<Object> first = s.doc(r.hits().get(0).id(), new java.util.HashSet<>());
            assertEquals("plan", first.get(2), q);
            assertTrue(((String) first.get(0)).contains("2024") && ((String) first.get(0)).contains("Khoa học và Công nghệ"),
                    q + " → " + first.get(0));
        }
        Searcher.Result all = s.search("doi moi sang tao", Searcher.Filter.NONE);
        Searcher.Result marked = s.search("đổi mới sáng tạo", Searcher.Filter.NONE);
        Searcher.Result capital = s.search("Đổi Mới Sáng Tạo", Searcher.Filter.NONE);
        assertEquals(ids(marked), ids(capital));
        assertEquals(new java.util.HashSet<>(ids(all)), new java.util.HashSet<>(ids(marked)));
        assertFalse(all.hits().isEmpty());
    }

    static Searcher searcher() {
        return new Searcher(p -> {
            try {
                return Files.readAllBytes(index(site).resolve(p));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void eventsAreFoundWithTheirOwnFilterAndLeadToTheirPages() {
        Searcher s = searcher();
        Searcher.Result r = s.search("Sáng tạo trẻ Hồng Lam", new Searcher.Filter("event", null, null));
        assertFalse(r.hits().isEmpty());
        List<Object> first = s.doc(r.hits().get(0).id(), new java.util.HashSet<>());
        assertEquals("event", first.get(2));
        assertEquals("Ngày hội “Sáng tạo trẻ Hồng Lam”", first.get(0));
        assertTrue(((String) first.get(1)).matches("\\.\\./chien-dich/ngay-khcn/2024/su-kien/[a-z0-9-]+/"), first.get(1).toString());
        assertTrue(Files.isRegularFile(site.resolve("tim-kiem").resolve((String) first.get(1)).resolve("index.html").normalize()));
        assertTrue(((String) first.get(6)).contains("2024"), "the snippet says when: " + first.get(6));
        assertTrue(first.get(3).toString().startsWith("2024-05-"), "its day: " + first.get(3));
        for (Searcher.Hit h : r.hits()) {
            assertEquals("event", s.doc(h.id(), new java.util.HashSet<>()).get(2), "the filter keeps events only");
        }
        // The plan that states an event is found by it too, and an event by its plan's title.
        assertTrue(s.search("Sáng tạo trẻ Hồng Lam", new Searcher.Filter("plan", null, null)).hits().size() > 0);
    }

    @Test
    void thePhraseComesFirstWithOrWithoutMarks() {
        Searcher s = searcher();
        for (String q : List.of("Sáng tạo trẻ", "sang tao tre")) {
            Searcher.Result r = s.search(q, Searcher.Filter.NONE);
            assertFalse(r.phraseMissing(), q);
            int firstWithout = -1;
            for (int i = 0; i < r.hits().size(); i++) {
                if (r.hits().get(i).phrase() < 2) {
                    firstWithout = i;
                    break;
                }
            }
            assertTrue(firstWithout > 0, q + ": pages with the phrase first");
            List<String> types = new ArrayList<>();
            for (int i = 0; i < firstWithout; i++) {
                types.add((String) s.doc(r.hits().get(i).id(), new java.util.HashSet<>()).get(2));
            }
            assertTrue(types.containsAll(List.of("event", "plan", "news")), q + ": the event, the plan and the news post that name it: " + types);
            for (int i = firstWithout; i < r.hits().size(); i++) {
                assertTrue(r.hits().get(i).phrase() < 2);
            }
        }
    }

    @Test
    void aPlaceNameThatNoPageHoldsIsSaidSo() {
        Searcher s = searcher();
        Searcher.Result r = s.search("Đắk Nông", Searcher.Filter.NONE);
        assertTrue(r.phraseMissing(), "the sample portal never names Đắk Nông");
        assertTrue(r.partial(), "no page has “đắk”: the notice says the pages hold a part of it");
        assertFalse(r.hits().isEmpty(), "pages with a part of it still follow");
    }

    private static List<Integer> ids(Searcher.Result r) {
        return r.hits().stream().map(Searcher.Hit::id).toList();
    }
}

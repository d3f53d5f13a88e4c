package vn.loa.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The order of a publish: assets, then pages (deepest first), then the home page, feeds and indexes, removals last. */
class PlanTest {

    static FileState f(String hash) {
        return new FileState(hash.repeat(64).substring(0, 64), hash.length());
    }

    @Test
    void assetsThenPagesThenHomeAndFeedsThenRemovals() {
        SortedMap<String, FileState> local = new TreeMap<>();
        for (String p : List.of("index.html", "feed.xml", "tin-tuc/index.html", "tin-tuc/moi/index.html", "assets/loa.css",
                "anh/moi.png", "lich/khcn.ics", "tim-kiem/index.json", "404.html", "sitemap.xml", "giu-nguyen.html", "feed.xsl")) {
            local.put(p, f("a"));
        }
        Map<String, FileState> published = Map.of("giu-nguyen.html", f("a"), "tin-tuc/index.html", f("b"), "cu/index.html", f("c"),
                "anh/cu.png", f("d"));
        List<String> order = Plan.between(local, published).steps().stream()
                .map(s -> Progress.verb(s.action()) + " " + s.path()).toList();
        assertEquals(List.of(
                "thêm anh/moi.png", "thêm assets/loa.css", "thêm feed.xsl",
                "thêm tin-tuc/moi/index.html", "sửa tin-tuc/index.html", "thêm 404.html",
                "thêm feed.xml", "thêm index.html", "thêm lich/khcn.ics", "thêm sitemap.xml", "thêm tim-kiem/index.json",
                "xóa anh/cu.png", "xóa cu/index.html"), order);
    }

    @Test
    void nothingChangedIsAnEmptyPlan() {
        SortedMap<String, FileState> local = new TreeMap<>(Map.of("index.html", f("a")));
        Plan plan = Plan.between(local, local);
        assertEquals(List.of(), plan.steps());
        assertEquals(0, plan.bytes());
    }
}

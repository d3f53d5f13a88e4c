package vn.loa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.bench.CorpusGenerator;
import vn.loa.load.Content;
import vn.loa.load.ContentLoader;
import vn.loa.render.MarkdownRenderer;
import vn.loa.render.RelativeUrls;
import vn.loa.render.RenderedPage;

/**
 * The index stage sorts the site's archive entries once and lets each year and each unit keep that order: every
 * year's and every unit's list is exactly its entries sorted newest first, as if sorted on their own.
 */
class ArchiveOrderTest {

    @TempDir
    static Path temp;

    static Site site;
    static TitleKeys titles;

    @BeforeAll
    static void index() throws Exception {
        Path root = temp.resolve("cong");
        CorpusGenerator.generate(root, 400);
        Content content = new ContentLoader(root, false).loadAll().content();
        MarkdownRenderer markdown = new MarkdownRenderer(content.config().allowHtml(), new RelativeUrls(false));
        List<RenderedPage> rendered = content.pages().stream().map(markdown::render).toList();
        site = SiteIndexer.index(content.config(), rendered, LocalDate.of(2024, 5, 15));
        List<String> all = new ArrayList<>();
        site.pages().forEach(r -> all.add(r.page().title()));
        site.events().forEach(e -> all.add(e.title()));
        titles = TitleKeys.of(all);
    }

    private static void assertNewestFirst(List<ArchiveEntry> entries, String what) {
        List<ArchiveEntry> sorted = new ArrayList<>(entries);
        ArchiveEntry.sortNewestFirst(sorted, titles);
        assertEquals(sorted, entries, what + ": entries not newest first");
    }

    @Test
    void eachYearIsInOrderAndTheYearsHoldEveryDatedItemOnce() {
        assertFalse(site.years().isEmpty());
        int count = 0;
        for (Year y : site.years()) {
            assertNewestFirst(y.entries(), "năm " + y.year());
            assertTrue(y.entries().stream().allMatch(a -> a.day().getYear() == y.year()));
            count += y.entries().size();
        }
        long dated = site.pages().stream().filter(r -> r.page().section().isListed() && r.page().date() != null).count()
                + site.events().stream().filter(e -> e.firstDay() != null).count();
        assertEquals(dated, count);
    }

    @Test
    void eachUnitIsInOrder() {
        assertFalse(site.units().isEmpty());
        assertTrue(site.units().stream().anyMatch(u -> u.entries().size() > 10), "a unit with a long list");
        for (Unit u : site.units()) {
            assertNewestFirst(u.entries(), "đơn vị " + u.name());
        }
    }
}

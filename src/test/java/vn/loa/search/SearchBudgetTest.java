package vn.loa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.bench.CorpusGenerator;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.Builder;

/**
 * The search budgets on the benchmark's corpus of 2,000 pages: the script at most 10 KB gzipped,
 * one query of one to three words at most 300 KB of index. {@code loa bench --pages 10000} prints
 * the same figures for the full corpus. The script's ranking time over these shards is measured
 * with node and printed, not asserted: speed targets live in the benchmark.
 */
class SearchBudgetTest {

    @TempDir
    static Path temp;
    static Path site;
    static SearchBudget budget;

    @BeforeAll
    static void buildCorpus() throws Exception {
        CorpusGenerator.generate(temp, 2000);
        site = temp.resolve("site");
        Builder.build(BuildOptions.of(temp).withOutput(site));
        budget = SearchBudget.measure(site);
        budget.report().forEach(l -> System.out.println("[SearchBudgetTest] 2000 pages: " + l));
    }

    @Test
    void theScriptIsAtMostTenKilobytesGzipped() {
        assertTrue(budget.scriptGzip() <= SearchBudget.SCRIPT_BUDGET, budget.report().get(0));
    }

    @Test
    void oneQueryDownloadsAtMost300KilobytesOfIndex() {
        assertTrue(budget.bound() <= SearchBudget.QUERY_BUDGET, budget.report().get(1));
        assertTrue(budget.measured() <= budget.bound(), "the bound bounds every measured query: " + budget.report().get(1));
        assertTrue(budget.queries() >= 100, "measured over enough queries: " + budget.queries());
    }

    @Test
    void theBoundCountsTheBiggestFiles() throws Exception {
        Searcher s = new Searcher(p -> {
            try {
                return Files.readAllBytes(site.resolve(SearchIndex.FOLDER).resolve(p));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long largestTerm = 0;
        for (int i = 0; i < s.shardCount(); i++) {
            largestTerm = Math.max(largestTerm, s.size(SearchIndex.termShard(i)));
        }
        long largestDoc = 0;
        for (int i = 0; i * s.docsPerShard() < s.docCount(); i++) {
            largestDoc = Math.max(largestDoc, s.size(SearchIndex.docShard(i)));
        }
        assertTrue(budget.bound() >= s.size(SearchIndex.MANIFEST) + s.size(SearchIndex.FACETS) + largestTerm + largestDoc);
        assertTrue(budget.bound() < budget.indexBytes() / 4, "a query fetches a small part of the index");
        long events = SearchSiteTest.eventPages(site);
        assertTrue(events > 0, "the corpus has events with pages of their own");
        assertEquals(2000 + events, s.docCount(), "every page and every event with a page");
    }

    @Test
    void theScriptRanksWithinTheBudgetOnceTheShardsAreLoaded() {
        String node = SearchFixtures.node();
        assumeTrue(node != null, () -> {
            System.out.println("[SearchBudgetTest] SKIPPED: no 'node' on the PATH; the script's ranking time is not measured");
            return "no node";
        });
        String out = SearchFixtures.runNode(node, "", SearchFixtures.RESOURCES.resolve("perf.js").toString(),
                SearchFixtures.SCRIPT.toString(), site.toString());
        JsonObject r = new Gson().fromJson(out, JsonObject.class);
        System.out.println("[SearchBudgetTest] 2000 pages: tim-kiem.js ranks " + r.get("queries") + " queries, p50 "
                + r.get("p50") + " ms, p95 " + r.get("p95") + " ms, max " + r.get("max") + " ms (budget 100 ms)");
        assertEquals(50, r.get("queries").getAsInt());
        assertTrue(r.get("p95").getAsDouble() > 0);
    }
}

package vn.loa.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve keeps the plan of its first build for the saves that follow, unless that plan holds the
 * bodies of many pages: then it plans again, from the pages kept without them, a moment later (or
 * at the first save, if it comes first). A site too big to hold its bodies (100,000 pages) lists
 * pages that have none, and keeps its plan: its first save took 12.7 s, the index and plan of
 * 100,000 pages made again.
 */
class KeptPlanTest {

    static final String EDITED = "content/tin-tuc/tin-thu-7.md";

    @TempDir
    Path dir;

    @Test
    void aSiteLoadedWithoutItsBodiesKeepsTheFirstPlanForTheFirstSave() {
        assertEquals(java.util.Set.of("index"), planStagesOfFirstSave(0, false));
    }

    @Test
    void aSiteWhoseBodiesTheFirstPlanHoldsPlansAgainAMomentLater() {
        assertEquals(java.util.Set.of("index"), planStagesOfFirstSave(Long.MAX_VALUE, true));
    }

    @Test
    void aSaveBeforeThatPlansAgainItself() {
        assertEquals(java.util.Set.of("index", "plan"), planStagesOfFirstSave(Long.MAX_VALUE, false));
    }

    /**
     * The index and plan stages of the first body save after serve's first build, the bodies kept
     * up to {@code budget} bytes, and what the first build left for later run before it or not.
     */
    private java.util.Set<String> planStagesOfFirstSave(long budget, boolean later) {
        SiteFiles site = SiteFiles.sample(dir);
        for (int i = 0; i < 240; i++) { // more pages than a plan keeps bodies of; a summary of their own, so that a body edit is one
            site.write("content/tin-tuc/tin-thu-" + i + ".md",
                    "---\ntitle: Tin thứ " + i + " về đo lường\nsummary: Tóm tắt tin thứ " + i + ".\ndate: 2025-03-" + (10 + i % 19) + "\n---\n\nNội dung tin thứ " + i + ".\n");
        }
        Engine engine = SiteFiles.withBodyBudget(budget, () -> new Engine(site.options().withCache(false)));
        List<Runnable> tasks = new ArrayList<>();
        BuildResult first = engine.build(tasks::add);
        assertTrue(first.pagesRead() > 240, () -> first.pagesRead() + " pages read");
        if (later) {
            tasks.forEach(Runnable::run);
        }
        tasks.clear();
        site.write(EDITED, site.read(EDITED) + "\nMột câu thêm.\n");
        engine.changed(List.of(site.root.resolve(EDITED)));
        BuildResult save = engine.build(tasks::add);
        assertEquals(1, save.pagesRead());
        assertTrue(site.read("site/tin-tuc/tin-thu-7/index.html").contains("Một câu thêm."), "the save is shown");
        tasks.forEach(Runnable::run);
        SiteFiles.assertSameTree(site.cleanBuild(dir.resolve("sach")), SiteFiles.tree(site.output), "the output is the clean build's");
        return save.stageMillis().keySet().stream().filter(s -> s.equals("index") || s.equals("plan"))
                .collect(java.util.stream.Collectors.toSet());
    }
}

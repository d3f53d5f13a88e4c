package vn.loa.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.loa.load.Page;
import vn.loa.load.Section;
import vn.loa.render.MarkdownRenderer;
import vn.loa.render.RelativeUrls;
import vn.loa.render.RenderedPage;
import vn.loa.theme.PageKeys;

/** What the memo keeps of the pages the build cache gives it. */
class PageMemoTest {

    private static final byte[] TERMS = "các từ của một trang".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Test
    void termsReadFromTheCacheStayInTheHeapUpToTheBodyBudget() {
        PageMemo memo = SiteFiles.withBodyBudget(TERMS.length, () -> new PageMemo(Path.of("/trang")));
        PageMemo.Entry first = memo.cached(1, null, null, 2, 3, TERMS);
        assertArrayEquals(TERMS, first.keptTerms());
        PageMemo.Entry second = memo.cached(1, null, null, 2, 3, TERMS.clone());
        assertNull(second.keptTerms(), "past the budget the terms are on disk");
        assertNotNull(second.spilledTerms());
        assertArrayEquals(TERMS, second.terms());
        assertNull(memo.cached(1, null, null, 2, 3, null).terms(), "a page without terms has none");
    }

    @Test
    void aPageKeptWithoutItsBodyGetsItBackFromTheDiskNotByReadingAndRenderingItAgain() {
        Path root = Path.of("/trang");
        Path file = Path.of("content/ke-hoach/ke-hoach-thang-khcn.md");
        Page page = new Page(file, Section.PLANS, "ke-hoach-thang-khcn", "/ke-hoach/ke-hoach-thang-khcn/", "Kế hoạch tháng KH&CN",
                LocalDateTime.of(2025, 4, 2, 0, 0), null, List.of(), null, null, false, null, null, null, null, List.of(), List.of(),
                "## I. Mục đích\n\nĐẩy mạnh “đổi mới sáng tạo” – trong *toàn tỉnh*.\n\n## II. Nội dung\n\n| Việc | Ngày |\n|---|---|\n| Hội thảo | 18/5 |\n",
                1, Map.of());
        PageMemo memo = new PageMemo(root);
        Page loaded = memo.page(root.resolve(file), 7, () -> page);
        RenderedPage rendered = new MarkdownRenderer(false, new RelativeUrls(false)).render(loaded);
        RenderedPage kept = memo.remember(loaded, rendered, false);
        assertNull(kept.html(), "kept without its body");
        // Neither a loader nor a renderer: a body read and rendered again would fail here.
        RenderedPage whole = memo.keys(null, null).whole(kept);
        assertEquals(rendered.html(), whole.html());
        assertEquals(rendered.toc(), whole.toc());
        assertEquals(rendered.text(), whole.text());
        assertEquals(rendered.summary(), whole.summary());
        assertEquals(rendered.eventAnchors(), whole.eventAnchors());
        assertEquals(2, whole.toc().size());
    }

    private static final Path ROOT = Path.of("/trang");
    private static final Path NEWS = Path.of("content/tin-tuc/tin-do-luong.md");
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(false, new RelativeUrls(false));

    /** The news post as its n-th save left it. */
    private static Page version(int n) {
        return new Page(NEWS, Section.NEWS, "tin-do-luong", "/tin-tuc/tin-do-luong/", "Tin đo lường", LocalDateTime.of(2025, 4, 2, 0, 0),
                null, List.of(), null, null, false, null, null, null, null, List.of(), List.of(), "Bản " + n + " của tin về đo lường.\n", 1,
                Map.of());
    }

    /** The n-th save of the news post, read and rendered by a build. */
    private static RenderedPage saved(PageMemo memo, int n) {
        return memo.remember(memo.page(ROOT.resolve(NEWS), n, () -> version(n)), MARKDOWN.render(version(n)), true);
    }

    @Test
    void aPageSavedAgainBeforeItsIndexIsWrittenIsPatchedFromTheIndexTheOutputHolds() {
        // serve: a save's index is made, then dropped as a newer save came; the output still holds
        // the index made before the first save, which the next one patches.
        PageMemo memo = new PageMemo(ROOT);
        long indexedBody = memo.keys(null, null).body(saved(memo, 1));
        RenderedPage saved = saved(memo, 2);
        PageKeys keys = memo.keys(null, null);
        assertEquals(indexedBody, keys.indexed(saved).body(), "the output's index was made from the page before the save");

        keys.reindexed(List.of(saved)); // an index made from the page of now, not yet written
        assertEquals(indexedBody, keys.indexed(saved).body(), "until it is written, the output holds the index of before");
        memo.indexDropped(); // and not written
        assertEquals(indexedBody, keys.indexed(saved).body(), "given back: the output holds the index of before");

        keys.reindexed(List.of(saved));
        memo.indexWritten();
        memo.indexDropped(); // nothing left to give back
        assertNull(keys.indexed(saved), "the index written is of the page of now");
    }

    @Test
    void anIndexMadeAgainBeforeTheFirstIsWrittenIsPatchedFromTheIndexTheOutputHolds() {
        // serve at 100,000 pages: the task of a save makes the index folder, a newer save changes the
        // page meanwhile, and the task's next output asks for the index of the page of now: it is
        // patched from the index the output holds (before, it was built from every page: a minute).
        PageMemo memo = new PageMemo(ROOT);
        long inOutput = memo.keys(null, null).body(saved(memo, 1));
        memo.keys(null, null).reindexed(List.of(saved(memo, 2))); // the task's first index, from the second save
        RenderedPage third = saved(memo, 3);
        PageKeys keys = memo.keys(null, null);
        assertEquals(inOutput, keys.indexed(third).body(), "the task's next index: patched from the output's");
        keys.reindexed(List.of(third));
        memo.indexDropped(); // the newer save came: the task's index is not written
        assertEquals(inOutput, keys.indexed(third).body(), "the newer save's index: patched from the output's too");
        keys.reindexed(List.of(third));
        memo.indexWritten();
        assertNull(keys.indexed(third), "the index written is of the page of now");
    }
}

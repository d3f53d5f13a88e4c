package vn.loa.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
}

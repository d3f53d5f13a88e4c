package vn.loa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.loa.LoaException;

/**
 * The nesting bounds of {@link MarkdownParser}: Markdown of any depth is refused with its line before anything
 * recurses over it, also on a thread with half the default stack; ordinary Markdown passes.
 */
class MarkdownParserTest {

    static final MarkdownParser PARSER = new MarkdownParser();

    /** Runs {@code r} on a thread with a 512 KB stack (half the default) and returns what it threw. */
    static Throwable onSmallStack(Runnable r) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                r.run();
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        return thrown.get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"quotes", "lists", "ordered", "emphasis", "strong", "strike", "images", "links", "table",
            "footnotes"})
    void aHundredThousandLevelsAreRefusedWithoutOverflow(String kind) throws InterruptedException {
        int n = 100_000;
        String md = "Mở đầu.\n\n" + switch (kind) {
            case "quotes" -> ">".repeat(n) + " x";
            case "lists" -> "- ".repeat(n) + "x";
            case "ordered" -> "1. ".repeat(n) + "x";
            case "emphasis" -> "*a ".repeat(n) + "x" + " b*".repeat(n);
            case "strong" -> "__a ".repeat(n) + "x" + " b__".repeat(n);
            case "strike" -> "~~a ".repeat(n) + "x" + " b~~".repeat(n);
            case "images" -> "![".repeat(n) + "x" + "](a.png)".repeat(n);
            case "links" -> "[".repeat(n) + "x" + "](/a/)".repeat(n);
            case "table" -> "| a |\n|---|\n| " + "*a ".repeat(n) + "x" + " b*".repeat(n) + " |";
            default -> "x[^1]\n\n" + "[^1]: ".repeat(n) + "y";
        } + "\n";
        Throwable fast = onSmallStack(() -> PARSER.parse(md));
        assertTrue(fast instanceof MarkdownParser.TooDeep, () -> kind + ": " + fast);
        Throwable located = onSmallStack(() -> PARSER.withLines(md));
        assertTrue(located instanceof MarkdownParser.TooDeep, () -> kind + ": " + located);
        int line = kind.equals("table") || kind.equals("footnotes") ? 4 : 2;
        assertEquals(line, ((MarkdownParser.TooDeep) located).line(), kind);
        LoaException e = PARSER.error((MarkdownParser.TooDeep) fast, md, Path.of("content/tin-tuc/x.md"), 5);
        assertEquals(5 + line, e.line(), kind);
        assertTrue(e.fix() != null && !e.fix().isBlank());
    }

    @Test
    void theRendererRefusesADeepPageWithItsLine() {
        MarkdownRenderer renderer = new MarkdownRenderer(false, new RelativeUrls(false));
        LoaException e = assertThrows(LoaException.class, () -> renderer.renderMarkdown("a\n\nb\n\n" + ">".repeat(3000) + " x\n"));
        assertEquals(5, e.line());
        assertTrue(e.problem().contains("lồng nhau quá sâu"), e.problem());
    }

    @Test
    void theShortestParagraphPastTheInlineLimitIsRefused() {
        int max = MarkdownParser.MAX_INLINE_NESTING;
        // One more open bracket than the limit before the text and as many closing after it: 2,003 characters.
        assertThrows(MarkdownParser.TooDeep.class, () -> PARSER.parse("[".repeat(max + 1) + "x" + "]".repeat(max + 1) + "\n"));
        assertEquals("x", MarkdownRenderer.plainText(PARSER.parse("[".repeat(max) + "x" + "]".repeat(max) + "\n")).replaceAll("[\\[\\]]", "").strip());
    }

    @Test
    void depthUpToTheLimitIsRead() {
        // 49 lists in lists: 98 levels of list and item, the paragraph on level 99.
        String md = "- ".repeat(49) + "x\n";
        assertEquals("x", MarkdownRenderer.plainText(PARSER.parse(md)).strip());
        assertThrows(MarkdownParser.TooDeep.class, () -> PARSER.parse("- ".repeat(50) + "x\n"));
    }

    @Test
    void aLongRuleAcrossThePageIsNoNesting() {
        // "* * * …" and "- - - …" are thematic breaks (<hr>), however long: no list is opened.
        assertTrue(new MarkdownRenderer(false, new RelativeUrls(false)).renderMarkdown("a\n\n" + "* ".repeat(300) + "\n\nb\n")
                .contains("<hr"));
        MarkdownParser.checkLineStarts("- ".repeat(300) + "\n");
        MarkdownParser.TooDeep e = assertThrows(MarkdownParser.TooDeep.class,
                () -> MarkdownParser.checkLineStarts("a\n\n" + "- ".repeat(300) + "x\n"));
        assertEquals(2, e.line());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "plain text, no marks | 0",
            "**đậm** và *nghiêng* | 2",
            "*a **b ~~c~~ b** a* | 5",
            "[liên kết](/x/) | 1",
            "![ảnh [trong] ảnh](a.png) | 2",
            // Its weakness: marks side by side count as if nested; four bold words give 8, so a paragraph needs
            // some 2,000 marks before it is refused.
            "**a** **b** **c** **d** | 8"})
    void theNestingBoundIsNeverBelowTheNesting(String text, int bound) {
        SourceLines lines = SourceLines.of(SourceLine.of(text, null));
        assertEquals(bound, MarkdownParser.nestingBound(lines));
    }
}

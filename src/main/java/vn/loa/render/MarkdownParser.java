package vn.loa.render;

import java.nio.file.Path;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import vn.loa.LoaException;

/**
 * commonmark-java's parser with Loa's extensions, and with a bound on how deeply Markdown may nest, so that no page
 * can end the build in a {@code StackOverflowError}. commonmark-java reads blocks without recursion, but its inline
 * parser, its post-processors (autolinks, task lists), its HTML renderer and every visitor recurse once per level of
 * the tree; it has no option to bound them. Two guards do:
 * <ul>
 * <li>Before the inline parser reads a paragraph, heading or table cell, a bound on how deeply its emphasis and
 *     brackets can nest is taken from the text itself (below); beyond {@link #MAX_INLINE_NESTING} the paragraph is
 *     refused. Each emphasis or link around a point of the text uses an opening mark ({@code * _ ~ [}) before that
 *     point and a closing one ({@code * _ ~ ]}) after it, no mark serving two, so the nesting at a point is at most the
 *     smaller of the two counts: a bound that never lets a deep paragraph through, and that an ordinary paragraph
 *     (even one with hundreds of bold words) stays far below.</li>
 * <li>Before any post-processor, the tree is walked without recursion and refused when deeper than
 *     {@link #MAX_DEPTH} ({@code >} quotes, lists in lists, emphasis in emphasis).</li>
 * </ul>
 * A refusal is a {@link TooDeep}; {@link #error} makes it a content error at its line. Source spans cost time, so the
 * render stage parses without them and, only when a page is refused, parses it again {@link #withLines} to say where.
 *
 * <p>Thread-safe: one instance serves every thread.
 */
public final class MarkdownParser {

    /** The extensions of the render stage; {@code loa check} reads links with the same. */
    public static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), StrikethroughExtension.create(),
            AutolinkExtension.create(), FootnotesExtension.create(), TaskListItemsExtension.create());

    /**
     * Levels of the syntax tree: 50 lists in lists, or 100 quotes in quotes. Real pages use fewer than ten; commonmark
     * renders well over 1,000 on a thread's default stack.
     */
    public static final int MAX_DEPTH = 100;
    /** The bound on emphasis and brackets in one paragraph; commonmark's inline parser reads 3,000 on a default stack. */
    public static final int MAX_INLINE_NESTING = 1000;

    /** Markdown nested too deeply; {@code line} is the 0-based line of the body, -1 when parsed without lines. */
    public static final class TooDeep extends RuntimeException {
        private final boolean inline;
        private final int line;

        TooDeep(boolean inline, int line) {
            super(inline ? "inline nesting" : "depth", null, false, false);
            this.inline = inline;
            this.line = line;
        }

        /** 0-based line in the Markdown text; -1 when it was parsed without source spans. */
        public int line() {
            return line;
        }
    }

    private final Parser parser;
    private final Parser located;

    public MarkdownParser() {
        this.parser = build(IncludeSourceSpans.NONE);
        this.located = build(IncludeSourceSpans.BLOCKS_AND_INLINES);
    }

    private static Parser build(IncludeSourceSpans spans) {
        // The depth guard is registered before the extensions, so that it runs before their post-processors.
        return Parser.builder()
                .postProcessor(MarkdownParser::checkDepth)
                .inlineParserFactory(context -> new GuardedInlineParser(new InlineParserImpl(context)))
                .extensions(EXTENSIONS)
                .includeSourceSpans(spans)
                .build();
    }

    /** The tree, without source spans; {@link TooDeep} when it nests too deeply. */
    public Node parse(String markdown) {
        checkLineStarts(markdown);
        return parser.parse(markdown);
    }

    /** The tree with the source span of every block and inline, for lines; {@link TooDeep} with its line. */
    public Node withLines(String markdown) {
        checkLineStarts(markdown);
        return located.parse(markdown);
    }

    /**
     * Refuses a line that opens more than {@link #MAX_DEPTH} levels by itself ({@code > > > …}, {@code - - - …},
     * {@code 1. 1. 1. …}) before commonmark reads it: closing a hundred thousand lists opened on one line takes its
     * block parser time that grows with the square of their number. A quote is one level, a list two (the list and its
     * item), as in the tree. A thematic break ({@code * * *}) opens nothing.
     */
    static void checkLineStarts(String markdown) {
        int n = markdown.length();
        int line = 0;
        for (int start = 0; start < n; line++) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int levels = 0;
            int i = start;
            while (i < end) {
                char c = markdown.charAt(i);
                if (c == ' ' || c == '\t') {
                    i++;
                } else if (c == '>') {
                    levels++;
                    i++;
                } else if ((c == '-' || c == '*' || c == '+') && (i + 1 == end || markdown.charAt(i + 1) == ' '
                        || markdown.charAt(i + 1) == '\t')) {
                    levels += 2;
                    i++;
                } else if (c >= '0' && c <= '9') {
                    int j = i;
                    while (j < end && j - i < 9 && markdown.charAt(j) >= '0' && markdown.charAt(j) <= '9') {
                        j++;
                    }
                    if (j < end && (markdown.charAt(j) == '.' || markdown.charAt(j) == ')')
                            && (j + 1 == end || markdown.charAt(j + 1) == ' ' || markdown.charAt(j + 1) == '\t')) {
                        levels += 2;
                        i = j + 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
                if (levels > MAX_DEPTH && !thematicBreak(markdown, start, end)) {
                    throw new TooDeep(false, line);
                }
            }
            start = end + 1;
        }
    }

    /** A line of one of '-', '*', '_' (three or more) and spaces: a rule across the page, not lists. */
    private static boolean thematicBreak(String s, int start, int end) {
        char mark = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                continue;
            }
            if (mark == 0 && (c == '-' || c == '*' || c == '_')) {
                mark = c;
            } else if (c != mark) {
                return false;
            }
        }
        return mark != 0;
    }

    /** The 0-based line where a node of a tree {@link #withLines} starts: its own span, or its nearest parent's. */
    public static int lineIndex(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.getSourceSpans().isEmpty()) {
                return n.getSourceSpans().get(0).getLineIndex();
            }
        }
        return 0;
    }

    /**
     * The content error for Markdown nested too deeply, at its line of {@code file}: {@code bodyLine} is the file line
     * of the Markdown's first line. Parses {@code markdown} again with lines when {@code e} has none.
     */
    public LoaException error(TooDeep e, String markdown, Path file, int bodyLine) {
        TooDeep located = e;
        if (e.line < 0) {
            try {
                withLines(markdown);
            } catch (TooDeep again) {
                located = again;
            }
        }
        int line = bodyLine + Math.max(0, located.line);
        if (located.inline) {
            return new LoaException(file, line, "đoạn văn này có quá nhiều dấu '*', '_', '~', '[' và ']': chúng có thể lồng nhau hơn "
                    + MAX_INLINE_NESTING + " tầng, Loa không đọc được",
                    "chia đoạn văn thành nhiều đoạn ngắn hơn (để một dòng trống giữa các đoạn), hoặc bớt các dấu đó;"
                            + " dấu '*' muốn giữ nguyên thì viết '\\*'");
        }
        return new LoaException(file, line, "nội dung lồng nhau quá sâu, hơn " + MAX_DEPTH
                + " tầng (trích dẫn '>' trong trích dẫn, danh sách trong danh sách, chữ đậm trong chữ nghiêng…)",
                "bớt các dấu '>' ở đầu dòng, hoặc bớt thụt lề của các danh sách con; một bài chỉ cần vài tầng");
    }

    /** The post-processor that refuses a tree deeper than {@link #MAX_DEPTH}, walked without recursion. */
    private static Node checkDepth(Node root) {
        int depth = 0;
        Node n = root;
        while (n != null) {
            Node child = n.getFirstChild();
            if (child != null) {
                if (++depth > MAX_DEPTH) {
                    throw new TooDeep(false, child.getSourceSpans().isEmpty() ? -1 : lineIndex(child));
                }
                n = child;
                continue;
            }
            while (n != root && n.getNext() == null) {
                n = n.getParent();
                depth--;
            }
            n = n == root ? null : n.getNext();
        }
        return root;
    }

    /** commonmark's inline parser behind the nesting bound of a paragraph. */
    private static final class GuardedInlineParser implements InlineParser {
        private final InlineParser parser;

        GuardedInlineParser(InlineParser parser) {
            this.parser = parser;
        }

        @Override
        public void parse(SourceLines lines, Node block) {
            // Past MAX_INLINE_NESTING open marks takes more than that many marks before a point and
            // as many after it: a shorter paragraph (nearly all) is not read mark by mark.
            if (length(lines) > 2 * MAX_INLINE_NESTING && nestingBound(lines) > MAX_INLINE_NESTING) {
                List<SourceSpan> spans = block.getSourceSpans();
                SourceSpan first = !spans.isEmpty() ? spans.get(0)
                        : lines.getLines().isEmpty() ? null : lines.getLines().get(0).getSourceSpan();
                throw new TooDeep(true, first == null ? -1 : first.getLineIndex());
            }
            parser.parse(lines, block);
        }
    }

    private static long length(SourceLines lines) {
        long n = 0;
        for (SourceLine l : lines.getLines()) {
            n += l.getContent().length();
        }
        return n;
    }

    /**
     * The most emphasis and brackets that can be open at once in a paragraph: the largest, over every point, of the
     * smaller of the opening marks before it and the closing marks after it.
     */
    static int nestingBound(SourceLines lines) {
        int closers = 0;
        for (SourceLine l : lines.getLines()) {
            CharSequence s = l.getContent();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '*' || c == '_' || c == '~' || c == ']') {
                    closers++;
                }
            }
        }
        int openers = 0;
        int bound = 0;
        for (SourceLine l : lines.getLines()) {
            CharSequence s = l.getContent();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean opens = c == '*' || c == '_' || c == '~' || c == '[';
                boolean closes = c == '*' || c == '_' || c == '~' || c == ']';
                if (closes) {
                    closers--;
                }
                bound = Math.max(bound, Math.min(openers, closers));
                if (opens) {
                    openers++;
                }
            }
        }
        return bound;
    }
}

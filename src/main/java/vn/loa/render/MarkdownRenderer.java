package vn.loa.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import vn.loa.LoaException;
import vn.loa.load.Addresses;
import vn.loa.load.EventSpec;
import vn.loa.load.Page;
import vn.loa.text.ControlChars;
import vn.loa.text.Vietnamese;

/**
 * The render stage: Markdown to HTML with commonmark-java (GFM tables, strikethrough, autolinks,
 * footnotes, task lists), then Loa's own touches, all made on the syntax tree in one pass:
 * heading ids folded from Vietnamese ({@code #muc-dich-yeu-cau}), the table of contents,
 * anchors on the blocks that state events, site-absolute links made relative, and plain text.
 * Raw HTML is cleaned with jsoup's {@link Cleaner} unless the site opts in.
 *
 * <p>A page that nests too deeply ({@link MarkdownParser}) or links to an address content may not
 * use ({@link Addresses}: {@code javascript:}, {@code data:}, {@code file:} …) is a content error at
 * its line. A character reference to a character no page or feed may hold ({@code &#27;}) becomes
 * U+FFFD ({@link ControlChars}).
 *
 * <p>Built once and shared: {@link #render(Page)} is safe to call from many threads.
 */
public final class MarkdownRenderer {

    /** Heading ids and event anchors of the page being rendered on this thread. */
    private static final ThreadLocal<Map<Node, String>> IDS = new ThreadLocal<>();

    /**
     * Ids the default theme gives its own parts of a page (main content, table of contents,
     * metadata, events…): a heading with the same text gets a suffix instead.
     */
    static final Set<String> RESERVED_IDS = Set.of("noi-dung", "muc-luc", "su-kien", "thong-tin-van-ban",
            "tai-lieu-dinh-kem", "hoat-dong-co-thoi-gian", "chu-de-khau-hieu", "lich-tuan", "truoc-tuan", "sau-tuan",
            "ke-hoach-nam", "tin-tuc-nam", "cung-ngay", "lien-he-chan-trang", "lien-ket-chan-trang", "chia-se");

    private final MarkdownParser parser;
    private final HtmlRenderer renderer;
    private final boolean allowHtml;
    private final RelativeUrls urls;
    private final Safelist safelist;

    public MarkdownRenderer(boolean allowHtml, RelativeUrls urls) {
        List<Extension> extensions = MarkdownParser.EXTENSIONS;
        this.parser = new MarkdownParser();
        this.renderer = HtmlRenderer.builder().extensions(extensions)
                .sanitizeUrls(!allowHtml)
                // Loa's own list of schemes (vn.loa.load.Addresses): commonmark-java's default lets data: through and
                // empties tel:. The loader has refused the others already; this is the second line.
                .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto", "tel")))
                // As the CommonMark spec wants: <my url> and /tài-liệu/ become valid href values
                // (my%20url, /t%C3%A0i-li%E1%BB%87u/); existing %XX escapes are kept.
                .percentEncodeUrls(true)
                .attributeProviderFactory(context -> ANCHORS)
                .nodeRendererFactory(Figures.Renderer::new)
                .build();
        this.allowHtml = allowHtml;
        this.urls = urls;
        this.safelist = safelist();
    }

    private static final AttributeProvider ANCHORS = (node, tagName, attributes) -> {
        if (node instanceof Link) {
            // sanitizeUrls also marks every link rel="nofollow", links between our own pages
            // included (and the Cleaner drops it again on pages with raw HTML). The content is the
            // site's own: keep the URL check, drop the marker.
            attributes.remove("rel");
        }
        Map<Node, String> ids = IDS.get();
        String id = ids == null ? null : ids.get(node);
        if (id != null) {
            attributes.put("id", id);
        }
    };

    /** Markdown alone, as the CommonMark spec tests see the pipeline: no page, no events. */
    public String renderMarkdown(String markdown) {
        return render(markdown, "/", List.of(), null).html();
    }

    public RenderedPage render(Page page) {
        return render(page.markdown(), page.url(), page.events(), page);
    }

    private RenderedPage render(String markdown, String pageUrl, List<EventSpec> events, Page page) {
        Node document;
        try {
            document = parser.parse(markdown);
        } catch (MarkdownParser.TooDeep e) {
            throw parser.error(e, markdown, page == null ? null : page.file(), page == null ? 1 : page.bodyLine());
        }
        if (page != null) {
            // Loa's convention for pages, not CommonMark's: Markdown alone (the spec examples) keeps <p><img></p>.
            Figures.apply(document);
        }
        TreeScan scan = new TreeScan(pageUrl);
        document.accept(scan);
        if (scan.unsafe && page != null) {
            throw unsafeAddress(page);
        }

        Map<Node, String> ids = new IdentityHashMap<>();
        List<TocEntry> toc = new ArrayList<>();
        Set<String> used = new java.util.HashSet<>(RESERVED_IDS);
        for (Heading h : scan.headings) {
            String text = TreeScan.text(h).strip();
            String base = Vietnamese.slugify(text, 80);
            if (base.isEmpty()) {
                base = "muc";
            }
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            ids.put(h, id);
            if (h.getLevel() >= 2 && h.getLevel() <= 3 && !scan.inFootnote(h)) {
                toc.add(new TocEntry(h.getLevel(), id, text));
            }
        }
        Map<String, String> anchors = new LinkedHashMap<>();
        for (EventSpec e : events) {
            if (e.source() == null) {
                continue;
            }
            Node block = scan.blockStating(e.source());
            if (block == null) {
                throw new LoaException(page.file(), e.line(),
                        "câu 'source' của sự kiện '" + e.title() + "' không có trong nội dung bài: \"" + e.source() + "\"",
                        "chép nguyên văn câu nêu thời gian của sự kiện từ nội dung bài vào 'source'");
            }
            String id = ids.get(block);
            if (id == null) {
                // Unique among the heading ids too: "## Sự kiện X" is also su-kien-x.
                String base = "su-kien-" + e.slug();
                id = base;
                for (int n = 2; !used.add(id); n++) {
                    id = base + "-" + n;
                }
                ids.put(block, id);
            }
            anchors.put(e.slug(), id);
        }

        String html;
        IDS.set(ids);
        try {
            html = renderer.render(document);
        } finally {
            IDS.remove();
        }
        if (scan.tables > 0) {
            html = wrapTables(html);
        }
        if (scan.footnotes) {
            html = html.replace(FOOTNOTES, FOOTNOTES + "\n<h2 class=\"visually-hidden\">Chú thích</h2>")
                    .replace("aria-label=\"Back to reference ", "aria-label=\"Quay lại chỗ dẫn chú thích ");
        }
        if (scan.rawHtml) {
            html = rawHtml(html, pageUrl);
        }
        String text = scan.text.toString().strip();
        return new RenderedPage(page, html, toc, text, summaryOf(text), anchors, scan.links);
    }

    /**
     * The error for the first link or image of a page whose address runs code or leaves the web
     * ({@code javascript:}, {@code data:}, {@code file:} …), at its line: the page is parsed again
     * with source spans, which only a refused page pays for.
     */
    private LoaException unsafeAddress(Page page) {
        Node located = parser.withLines(page.markdown());
        Node n = located;
        while (n != null) {
            String destination = n instanceof Link l ? l.getDestination() : n instanceof Image i ? i.getDestination() : null;
            if (destination != null && !Addresses.allowed(destination)) {
                return Addresses.refused(page.file(), page.bodyLine() + MarkdownParser.lineIndex(n),
                        n instanceof Image ? "ảnh" : "liên kết", destination);
            }
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                continue;
            }
            while (n != null && n.getNext() == null) {
                n = n.getParent();
            }
            n = n == null ? null : n.getNext();
        }
        throw new IllegalStateException("no unsafe address found again in " + page.file());
    }

    /**
     * A page with raw HTML: cleaned unless the site allows raw HTML, and its site-absolute links
     * made relative like those written in Markdown.
     */
    private String rawHtml(String html, String pageUrl) {
        Document doc = Jsoup.parseBodyFragment(html, "https://loa.invalid/");
        if (!allowHtml) {
            doc = new Cleaner(safelist).clean(doc);
        }
        for (org.jsoup.nodes.Element e : doc.body().select("a[href], img[src], source[src], video[src], audio[src]")) {
            String attr = e.hasAttr("href") ? "href" : "src";
            String value = e.attr(attr);
            if (RelativeUrls.isSiteAbsolute(value)) {
                e.attr(attr, urls.relative(pageUrl, value));
            }
        }
        // A character reference such as &#27; names a character no page or feed may hold.
        doc.body().forEachNode(node -> {
            if (node instanceof org.jsoup.nodes.TextNode t && !ControlChars.clean(t.getWholeText())) {
                t.text(ControlChars.replace(t.getWholeText()));
            } else if (node instanceof org.jsoup.nodes.Element e) {
                for (org.jsoup.nodes.Attribute a : e.attributes()) {
                    if (!ControlChars.clean(a.getValue())) {
                        a.setValue(ControlChars.replace(a.getValue()));
                    }
                }
            }
        });
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    private static final String FOOTNOTES = "<section class=\"footnotes\" data-footnotes>";

    /**
     * Each Markdown table in a focusable, labelled region that scrolls sideways on a narrow
     * screen, so that keyboard users can scroll it too (the page itself never scrolls sideways).
     */
    private static String wrapTables(String html) {
        StringBuilder sb = new StringBuilder(html.length() + 128);
        int from = 0;
        int n = 0;
        int open;
        while ((open = html.indexOf("<table>", from)) >= 0) {
            int close = html.indexOf("</table>", open);
            if (close < 0) {
                break;
            }
            close += "</table>".length();
            sb.append(html, from, open).append("<div class=\"bang\" role=\"region\" tabindex=\"0\" aria-label=\"Bảng ")
                    .append(++n).append("\">").append(html, open, close).append("</div>");
            from = close;
        }
        return sb.append(html, from, html.length()).toString();
    }

    /** The Cleaner alone, with the renderer's safelist: what raw HTML becomes (for the spec tests). */
    String clean(String html) {
        Document doc = new Cleaner(safelist).clean(Jsoup.parseBodyFragment(html, "https://loa.invalid/"));
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    private static Safelist safelist() {
        return Safelist.relaxed()
                .addTags("section", "del", "s", "input", "figure", "figcaption", "mark", "abbr", "hr", "small")
                .addAttributes(":all", "id", "class", "title", "lang")
                .addAttributes("a", "data-footnote-ref", "data-footnote-backref", "data-footnote-backref-idx",
                        "aria-label")
                .addAttributes("section", "data-footnotes")
                .addAttributes("div", "role", "tabindex", "aria-label")
                .addAttributes("input", "type", "checked", "disabled")
                .addAttributes("th", "align", "scope")
                .addAttributes("td", "align")
                // The schemes of vn.loa.load.Addresses: tel: kept, ftp: gone as in Markdown.
                .addProtocols("a", "href", "tel")
                .removeProtocols("a", "href", "ftp")
                .preserveRelativeLinks(true);
    }

    private static String summaryOf(String text) {
        if (text.length() <= 220) {
            return text.replace('\n', ' ');
        }
        int cut = text.lastIndexOf(' ', 220);
        return text.substring(0, cut > 0 ? cut : 220).replace('\n', ' ') + "…";
    }

    /** One walk over the tree: headings, blocks that may state events, raw HTML, links, text. */
    private final class TreeScan extends AbstractVisitor {
        final List<Heading> headings = new ArrayList<>();
        final List<Node> blocks = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final List<String> links = new ArrayList<>();
        final String pageUrl;
        boolean rawHtml;
        /** A link or an image whose address content may not use ({@link Addresses}). */
        boolean unsafe;
        int tables;
        boolean footnotes;
        /** Inside an inline {@code <script>} or {@code <style>}: code, not text of the page. */
        private boolean inCode;
        private final Map<Node, String> blockText = new HashMap<>();

        TreeScan(String pageUrl) {
            this.pageUrl = pageUrl;
        }

        @Override
        public void visit(Heading heading) {
            headings.add(heading);
            blocks.add(heading); // "### 3. Tọa đàm chiều ngày 17/5/2024" states an event too
            visitChildren(heading);
            text.append('\n');
        }

        @Override
        public void visit(Paragraph paragraph) {
            blocks.add(paragraph);
            visitChildren(paragraph);
            text.append('\n');
        }

        @Override
        public void visit(ListItem listItem) {
            blocks.add(listItem);
            visitChildren(listItem);
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof FootnoteDefinition) {
                footnotes = true;
            }
            if (block instanceof TableBlock) {
                tables++;
                for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
                    for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                        if (row instanceof TableRow) {
                            blocks.add(row);
                        }
                    }
                }
            }
            visitChildren(block);
            text.append('\n');
        }

        @Override
        public void visit(org.commonmark.node.CustomNode node) {
            visitChildren(node);
            if (node instanceof org.commonmark.ext.gfm.tables.TableCell) {
                text.append(' ');
            }
        }

        @Override
        public void visit(Text t) {
            if (!ControlChars.clean(t.getLiteral())) {
                // Only a character reference (&#27;, &#xFFFE;) makes one: the file itself is clean (vn.loa.load).
                t.setLiteral(ControlChars.replace(t.getLiteral()));
            }
            if (!inCode) {
                text.append(t.getLiteral());
            }
        }

        @Override
        public void visit(org.commonmark.node.FencedCodeBlock code) {
            if (code.getInfo() != null && !ControlChars.clean(code.getInfo())) {
                code.setInfo(ControlChars.replace(code.getInfo()));
            }
        }

        @Override
        public void visit(Code code) {
            text.append(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak b) {
            text.append(' ');
        }

        @Override
        public void visit(HardLineBreak b) {
            text.append(' ');
        }

        @Override
        public void visit(HtmlBlock b) {
            rawHtml = true;
        }

        @Override
        public void visit(HtmlInline h) {
            rawHtml = true;
            String tag = h.getLiteral().toLowerCase(java.util.Locale.ROOT);
            if (tag.startsWith("<script") || tag.startsWith("<style")) {
                inCode = true;
            } else if (tag.startsWith("</script") || tag.startsWith("</style")) {
                inCode = false;
            }
        }

        @Override
        public void visit(Link link) {
            link.setDestination(resolve(link.getDestination()));
            link.setTitle(clean(link.getTitle()));
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            image.setDestination(resolve(image.getDestination()));
            image.setTitle(clean(image.getTitle()));
            visitChildren(image);
        }

        private String resolve(String destination) {
            links.add(destination);
            unsafe |= !Addresses.allowed(destination);
            return urls.relative(pageUrl, ControlChars.replace(destination));
        }

        private String clean(String s) {
            return s == null ? null : ControlChars.replace(s);
        }

        boolean inFootnote(Node n) {
            for (Node p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof FootnoteDefinition) {
                    return true;
                }
            }
            return false;
        }

        /** The smallest block whose text contains the quote; a list item rather than its paragraph. */
        Node blockStating(String quote) {
            String wanted = normalise(quote);
            Node best = null;
            int bestLength = Integer.MAX_VALUE;
            for (Node b : blocks) {
                String t = blockText.computeIfAbsent(b, n -> normalise(text(n)));
                if (t.contains(wanted) && t.length() < bestLength) {
                    best = b;
                    bestLength = t.length();
                }
            }
            if (best instanceof Paragraph && best.getParent() instanceof ListItem) {
                return best.getParent();
            }
            return best;
        }

        private String normalise(String s) {
            return s.replaceAll("\\s+", " ").strip();
        }

        static String text(Node node) {
            return plainText(node);
        }
    }

    /**
     * The text of a node as a reader sees it: literal text and code, line breaks and table cells
     * as spaces (an image's alternative text, a heading for its id, a block for event quotes).
     */
    public static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                sb.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                sb.append(c.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak b) {
                sb.append(' ');
            }

            @Override
            public void visit(HardLineBreak b) {
                sb.append(' ');
            }

            @Override
            public void visit(CustomBlock b) {
                visitChildren(b);
                sb.append(' ');
            }

            @Override
            public void visit(org.commonmark.node.CustomNode n) {
                visitChildren(n);
                if (n instanceof org.commonmark.ext.gfm.tables.TableCell) {
                    sb.append(' ');
                }
            }

            @Override
            public void visit(Paragraph p) {
                visitChildren(p);
                sb.append(' ');
            }
        });
        return sb.toString();
    }

}

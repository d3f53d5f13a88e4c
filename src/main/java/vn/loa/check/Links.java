package vn.loa.check;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import vn.loa.load.Page;
import vn.loa.render.MarkdownParser;
import vn.loa.render.RelativeUrls;
import vn.loa.text.Vietnamese;

/**
 * Links and images of a page body, with their lines, and where each leads on the built site.
 *
 * <p>The body is parsed by the render stage's parser ({@link MarkdownParser}) with source spans, so links are the
 * ones the render stage sees (reference links, tables and footnotes included); links and images in raw HTML are read
 * with jsoup. A link resolves as the built site will resolve it: a site path ({@code /tin-tuc/x/}) from the site
 * root, any other path from the page's own URL ({@code /ke-hoach/x/} for {@code content/ke-hoach/x/index.md}).
 */
final class Links {

    /** The render stage's parser, with its bound on nesting; read {@link MarkdownParser#withLines with lines}. */
    static final MarkdownParser MARKDOWN = new MarkdownParser();

    /**
     * A link or an image.
     *
     * @param image       an image rather than a link
     * @param html        written as raw HTML ({@code <a href>}, {@code <img src>})
     * @param destination as written
     * @param alt         an image's text alternative; null when a raw HTML image has no {@code alt} at all
     * @param line        line in the file
     * @param decorative  an image marked as only decoration, whose empty alt is right: Markdown's title
     *                    {@code "trang trí"} ({@code ![](hoa-van.png "trang trí")}), HTML's {@code role="presentation"}
     *                    or {@code role="none"}
     */
    record Ref(boolean image, boolean html, String destination, String alt, int line, boolean decorative) {
        Ref(boolean image, boolean html, String destination, String alt, int line) {
            this(image, html, destination, alt, line, false);
        }
    }

    /** The title that marks a Markdown image as decoration, folded: {@code trang trí}. */
    static final String DECORATIVE = "trang tri";

    private Links() {
    }

    /**
     * Every link and image of a Markdown body whose first line is line {@code bodyLine} of its file; a
     * {@link MarkdownParser.TooDeep} when the body nests too deeply to be read.
     */
    static List<Ref> scan(String markdown, int bodyLine) {
        List<Ref> out = new ArrayList<>();
        if (!mayLink(markdown)) {
            // Nothing to parse for (most bodies of news posts): a body nested too deeply is refused by the render
            // stage all the same, with the same finding.
            return out;
        }
        Node document = MARKDOWN.withLines(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                out.add(new Ref(false, false, link.getDestination(), null, line(link, bodyLine)));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                out.add(new Ref(true, false, image.getDestination(), text(image), line(image, bodyLine),
                        image.getTitle() != null && Vietnamese.fold(image.getTitle()).strip().equals(DECORATIVE)));
            }

            @Override
            public void visit(HtmlInline html) {
                html(html.getLiteral(), line(html, bodyLine), out);
            }

            @Override
            public void visit(HtmlBlock html) {
                html(html.getLiteral(), line(html, bodyLine), out);
            }
        });
        return out;
    }

    /**
     * Whether a body has a character every link, image and raw HTML needs: {@code [} (links, images, references,
     * footnotes), {@code <} (HTML, {@code <https://…>}), or what the autolinks of the render stage start from
     * ({@code ://}, {@code www.} in any case, {@code @} of an e-mail address), or one that may write them otherwise:
     * {@code &} of a character reference ({@code &#64;}), {@code \} of an escape.
     */
    static boolean mayLink(String markdown) {
        int n = markdown.length();
        for (int i = 0; i < n; i++) {
            char c = markdown.charAt(i);
            if (c == '[' || c == '<' || c == '@' || c == '&' || c == '\\'
                    || c == ':' && i + 2 < n && markdown.charAt(i + 1) == '/' && markdown.charAt(i + 2) == '/'
                    || (c == 'w' || c == 'W') && markdown.regionMatches(true, i, "www.", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The links and images of a piece of raw HTML, at the line of their address. jsoup tracks where each attribute
     * stands while it parses, so that a block of HTML with thousands of links costs what parsing it costs (looking up
     * each address in the text again, from its start, made a 3 MB table of links take minutes).
     */
    private static void html(String literal, int firstLine, List<Ref> out) {
        org.jsoup.parser.Parser parser = org.jsoup.parser.Parser.htmlParser().setTrackPosition(true);
        for (Element e : Jsoup.parse(literal, "", parser).select("a[href], img[src]")) {
            boolean image = e.normalName().equals("img");
            String attribute = image ? "src" : "href";
            String destination = e.attr(attribute);
            org.jsoup.nodes.Range.Position at = e.attributes().sourceRange(attribute).nameRange().start();
            if (!at.isTracked()) {
                at = e.sourceRange().start();
            }
            int line = firstLine + (at.isTracked() ? at.lineNumber() - 1 : 0);
            String role = e.attr("role").strip().toLowerCase(java.util.Locale.ROOT);
            out.add(new Ref(image, true, destination, image ? (e.hasAttr("alt") ? e.attr("alt") : null) : null, line,
                    image && (role.equals("presentation") || role.equals("none"))));
        }
    }

    private static int line(Node node, int bodyLine) {
        return bodyLine + MarkdownParser.lineIndex(node);
    }

    private static String text(Node node) {
        return vn.loa.render.MarkdownRenderer.plainText(node).strip();
    }

    // ------------------------------------------------------------------ resolving

    /** Where a destination leads. */
    sealed interface Target {
    }

    /** Outside the site, a fragment of the same page, or nothing to check. */
    record Elsewhere() implements Target {
    }

    /** A path of the site, without leading slash, query or fragment, percent escapes decoded. */
    record SitePath(String path) implements Target {
    }

    /** A relative path with more {@code ..} than the page has folders. */
    record AboveRoot() implements Target {
    }

    /** {@code www.example.vn} written without {@code https://}: a relative path on the built site. */
    record MissingScheme() implements Target {
    }

    static Target resolve(String destination, String pageUrl) {
        String d = destination == null ? "" : destination.strip();
        if (d.isEmpty() || d.startsWith("#") || d.startsWith("?") || RelativeUrls.isExternal(d)) {
            return new Elsewhere();
        }
        if (d.regionMatches(true, 0, "www.", 0, 4)) {
            return new MissingScheme();
        }
        int cut = firstOf(d, '#', '?');
        String path = decode(cut < 0 ? d : d.substring(0, cut));
        if (path.isEmpty()) {
            return new Elsewhere();
        }
        String joined = path.startsWith("/") ? path : pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1) + path;
        List<String> segments = new ArrayList<>();
        String[] parts = joined.split("/", -1);
        for (int i = 1; i < parts.length; i++) {
            String s = parts[i];
            boolean last = i == parts.length - 1;
            if (s.equals("..")) {
                if (segments.isEmpty()) {
                    return new AboveRoot();
                }
                segments.remove(segments.size() - 1);
                if (last) {
                    segments.add("");
                }
            } else if (s.equals(".")) {
                if (last) {
                    segments.add("");
                }
            } else if (!s.isEmpty() || last) {
                segments.add(s);
            }
        }
        return new SitePath(Vietnamese.nfc(String.join("/", segments)));
    }

    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
                continue;
            }
            if (bytes.size() > 0) {
                out.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
            out.append(c);
            i++;
        }
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static int firstOf(String s, char x, char y) {
        int i = s.indexOf(x);
        int j = s.indexOf(y);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** {@code qd.pdf}, {@code anh.jpg}: the last segment names a file that is not a web page. */
    static boolean looksLikeFile(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        if (dot <= 0 || dot == last.length() - 1) {
            return false;
        }
        String ext = last.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        return !ext.equals("html") && !ext.equals("htm") && ext.chars().allMatch(Character::isLetterOrDigit);
    }

    /** The page whose source file a {@code .md} link names, read from the linking file's folder. */
    static Optional<Page> sourcePage(String destination, Path linkingFile, Map<Path, Page> byFile) {
        String d = destination.strip();
        int cut = firstOf(d, '#', '?');
        String path = decode(cut < 0 ? d : d.substring(0, cut));
        if (!path.toLowerCase(java.util.Locale.ROOT).endsWith(".md") || path.startsWith("/")) {
            return Optional.empty();
        }
        Path parent = linkingFile.getParent();
        Path target = (parent == null ? Path.of(path) : parent.resolve(path)).normalize();
        return Optional.ofNullable(byFile.get(target));
    }
}

package vn.loa.importer;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.net.URI;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import vn.loa.safety.SvgSanitizer;
import vn.loa.text.Vietnamese;

/**
 * A page saved from an old portal: its article found with jsoup (known content classes, {@code article},
 * {@code main}, else the block with the most paragraph text), its title and date, its local images and attachments,
 * and its content turned into Markdown with flexmark-java's HTML-to-Markdown converter.
 *
 * @param title    the article's heading ({@code h1}, {@code og:title} or {@code <title>}); null when none
 * @param date     the publication date the page states; null when none
 * @param markdown the article as Markdown; links to local files point to their new names
 * @param files    local files the article links to, to copy beside the page
 * @param notes    links to files that were not taken and why, images that were cleaned, images left on the web or
 *                 without alt text
 * @param embedded images written in the page itself ({@code data:} addresses), decoded, to write beside the page
 */
record HtmlArticle(String title, LocalDate date, String markdown, List<Importer.LocalFile> files, List<String> notes,
                   List<Importer.Embedded> embedded) {

    private static final String[] CONTENT = {".journal-content-article", "[itemprop=articleBody]", ".entry-content",
        ".post-content", ".article-content", ".article-body", ".news-content", ".news-detail", ".content-detail",
        ".detail-content", ".noidung", ".noi-dung", ".chitiet", ".chi-tiet", ".post-body", ".field-name-body",
        ".article__body", ".td-post-content", "article", "main", "[role=main]", "#content", ".content"};
    private static final String NOISE = "script, style, noscript, iframe, form, nav, header, footer, aside, button, input, "
            + "select, svg, [role=navigation], .menu, .nav, .navbar, .breadcrumb, .breadcrumbs, .sidebar, .share, .social, "
            + ".comment, .comments, .related, .related-news, .tin-lien-quan, .print, #header, #footer, #menu, .banner";
    /**
     * Extensions a browser or a web server runs or renders as a page, with scripts: an attachment with one is kept
     * as text ({@code trang.html} → {@code trang.html.txt}).
     */
    static final Set<String> ACTIVE = Set.of("html", "htm", "xhtml", "xht", "shtml", "shtm", "mht", "mhtml", "xml", "xsl",
            "xslt", "js", "mjs", "swf", "php", "phtml", "asp", "aspx", "jsp", "cgi", "htaccess");
    private static final Pattern DMY = Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");

    private static final FlexmarkHtmlConverter CONVERTER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
        options.set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false);
        options.set(FlexmarkHtmlConverter.SKIP_ATTRIBUTES, true);
        options.set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
        options.set(FlexmarkHtmlConverter.NBSP_TEXT, " ");
        options.set(FlexmarkHtmlConverter.UNORDERED_LIST_DELIMITER, '-');
        options.set(FlexmarkHtmlConverter.RENDER_COMMENTS, false);
        options.set(FlexmarkHtmlConverter.DIV_AS_PARAGRAPH, false);
        CONVERTER = FlexmarkHtmlConverter.builder(options).build();
    }

    static HtmlArticle read(String html, Path file) {
        Document doc = Jsoup.parse(html);
        checkSize(doc, file, 2 * ImportLimits.MAX_TEXT_CHARS); // before the article is looked for: that reads the text of every block
        String origin = origin(doc);
        LocalDate date = date(doc);
        String pageTitle = firstNonBlank(doc.select("meta[property=og:title]").attr("content"), doc.title());
        doc.select(NOISE).remove();
        Element content = content(doc);
        Element h1 = content.selectFirst("h1");
        if (h1 == null) {
            h1 = doc.selectFirst("h1");
        }
        String title = h1 != null && !h1.text().isBlank() ? h1.text() : pageTitle;
        if (h1 != null && content.select("h1").contains(h1)) {
            h1.remove();
        }
        // Date and author lines of the portal's template are not the article.
        content.select("[class~=(?i)(date|time|ngay-dang|published|author|tac-gia|view|luot-xem)]").remove();
        unfoldFormTables(content);
        flattenNestedTables(content);
        for (Element cell : content.select("td, th")) {
            Elements paragraphs = cell.select("> p, > div");
            if (paragraphs.size() > 1) {
                List<String> parts = new ArrayList<>();
                paragraphs.forEach(p -> parts.add(p.text()));
                cell.empty().text(DocxText.joinParagraphs(parts));
            }
        }
        List<String> notes = new ArrayList<>();
        List<Importer.Embedded> embedded = new ArrayList<>();
        List<Importer.LocalFile> files = localFiles(content, file, origin, notes, embedded);
        HtmlImages.captions(content);
        HtmlImages.noteMissingAlt(content, notes);
        String markdown = CONVERTER.convert(content.outerHtml()); // images without alt are marked until PlanParser is done
        title = title == null ? null : Vietnamese.nfc(title.replaceAll("\\s+", " ").strip());
        return new HtmlArticle(title == null || title.isEmpty() ? null : title, date, Vietnamese.nfc(markdown), files, notes, embedded);
    }

    /**
     * A table inside a table's cell becomes the text of its cells, as in a {@code .docx}: Markdown has no nested
     * tables, and the converter's output for them grows fourfold with each level.
     */
    private static void flattenNestedTables(Element content) {
        Elements nested = content.select("td table, th table");
        // From the last: a table's inner tables come after it, and are text already when its turn comes.
        for (int i = nested.size() - 1; i >= 0; i--) {
            List<String> parts = new ArrayList<>();
            for (Element cell : nested.get(i).select("td, th")) {
                if (!cell.text().isBlank()) {
                    parts.add(cell.text());
                }
            }
            nested.get(i).replaceWith(new Element("p").text(DocxText.joinParagraphs(parts)));
        }
    }

    /**
     * Refuses a page nested deeper than the converter can follow (it walks the tree by recursion), or with far more
     * text than a document, before it is worked on.
     */
    private static void checkSize(Element root, Path file, int maxText) {
        int[] deepest = new int[1];
        NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), root);
        if (deepest[0] > ImportLimits.MAX_HTML_DEPTH) {
            throw ImportLimits.tooDeep(file, "các thẻ HTML của trang", ImportLimits.MAX_HTML_DEPTH);
        }
        int length = root.text().length();
        if (length > maxText) {
            throw ImportLimits.textTooLong(file, length + " ký tự");
        }
    }

    /**
     * The header (issuing body | motto) and the tail (recipients | signature) of the form are laid out with
     * two-column tables: their cells become paragraphs, so that they read as copied text does.
     */
    private static void unfoldFormTables(Element content) {
        for (Element table : content.select("table")) {
            String f = Vietnamese.fold(table.text());
            boolean form = f.contains("cong hoa xa hoi") || f.contains("doc lap - tu do") || f.contains("noi nhan")
                    || (table.select("tr").size() <= 2 && f.matches("(?s).*\\b(kt|tm|tl)\\. .*"));
            if (!form) {
                continue;
            }
            Element div = new Element("div");
            for (Element cell : table.select("td, th")) {
                Elements paragraphs = cell.select("p");
                if (paragraphs.isEmpty()) {
                    div.appendElement("p").text(cell.text());
                } else {
                    for (Element p : paragraphs) {
                        div.appendElement("p").text(p.text());
                    }
                }
            }
            table.replaceWith(div);
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static Element content(Document doc) {
        for (String selector : CONTENT) {
            for (Element e : doc.select(selector)) {
                if (e.text().length() >= 150) {
                    return e;
                }
            }
        }
        Element best = doc.body();
        int bestScore = 0;
        for (Element e : doc.body().select("div, section, td, article")) {
            int score = 0;
            for (Element child : e.children()) {
                String tag = child.tagName();
                if (tag.equals("p") || tag.equals("table") || tag.equals("ul") || tag.equals("ol") || tag.matches("h[2-6]")
                        || tag.equals("blockquote")) {
                    score += child.text().length();
                }
            }
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    private static String origin(Document doc) {
        for (String v : List.of(doc.select("link[rel=canonical]").attr("href"), doc.select("meta[property=og:url]").attr("content"),
                doc.select("base[href]").attr("href"))) {
            if (v.matches("(?i)https?://[^/]+.*")) {
                try {
                    URI u = URI.create(v.strip());
                    return u.getScheme() + "://" + u.getAuthority();
                } catch (IllegalArgumentException e) {
                    // not a usable address
                }
            }
        }
        return null;
    }

    private static LocalDate date(Document doc) {
        List<String> candidates = new ArrayList<>();
        candidates.add(doc.select("meta[property=article:published_time]").attr("content"));
        candidates.add(doc.select("meta[itemprop=datePublished]").attr("content"));
        candidates.add(doc.select("[itemprop=datePublished]").attr("datetime"));
        candidates.add(doc.select("time[datetime]").attr("datetime"));
        for (String c : candidates) {
            Matcher iso = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})").matcher(c);
            if (iso.find()) {
                LocalDate d = of(iso.group(1), iso.group(2), iso.group(3));
                if (d != null) {
                    return d;
                }
            }
        }
        Elements dated = doc.select("[class~=(?i)(date|time|ngay|publish|posted)], [id~=(?i)(date|time|ngay)], time");
        for (Element e : dated) {
            Matcher m = DMY.matcher(e.text());
            if (m.find()) {
                LocalDate d = of(m.group(3), m.group(2), m.group(1));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static LocalDate of(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * Images and links to files inside the page's folder are kept: each is registered under a safe, unique name and
     * its link rewritten to that name (see {@link LocalFiles} for what may be taken). Links to local files that are
     * not there are dropped (the text stays); links that may not be taken are dropped too, with a note saying why;
     * links to the old portal's own paths become absolute when the page says where it was.
     */
    private static List<Importer.LocalFile> localFiles(Element content, Path file, String origin, List<String> notes,
                                                       List<Importer.Embedded> embedded) {
        LocalFiles local = new LocalFiles(file.toAbsolutePath().getParent());
        Map<Path, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>(Set.of("index.md"));
        HtmlImages images = new HtmlImages(taken, notes, embedded);
        for (Element e : content.select("img[src], a[href]")) {
            boolean img = e.tagName().equals("img");
            String attr = img ? "src" : "href";
            String value = e.attr(attr).strip();
            if (value.matches("(?i)(https?|mailto|tel):.*")) {
                if (img) {
                    images.remote(value);
                }
                continue;
            }
            if (value.startsWith("//")) {
                e.attr(attr, "https:" + value);
                if (img) {
                    images.remote(value);
                }
                continue;
            }
            if (img && value.regionMatches(true, 0, "data:", 0, 5)) {
                String name = images.data(value, e.attr("alt"));
                if (name != null) {
                    e.attr(attr, name);
                } else {
                    drop(e, true);
                }
                continue;
            }
            if (value.isEmpty() || value.startsWith("#") || value.matches("(?i)(data|javascript):.*")) {
                drop(e, img);
                continue;
            }
            if (value.startsWith("/") && origin != null) {
                e.attr(attr, origin + value); // a path of the old portal, never a file of this machine
                continue;
            }
            LocalFiles.Resolution r = local.resolve(value);
            if (r instanceof LocalFiles.Found found && SvgSanitizer.isSvg(found.file().getFileName().toString())) {
                r = svg(found, value, notes);
            } else if (img && r instanceof LocalFiles.Found found && !names.containsKey(found.file())) {
                r = images.local(found);
            }
            if (r instanceof LocalFiles.Found found) {
                String name = names.get(found.file());
                if (name == null) {
                    name = uniqueName(found.file().getFileName().toString(), taken);
                    names.put(found.file(), name);
                }
                e.attr(attr, name);
            } else {
                if (r instanceof LocalFiles.Refused refused) {
                    notes.add("bỏ " + (img ? "ảnh" : "liên kết") + " '" + shorten(value) + "', không chép: " + refused.reason()
                            + " — Loa chỉ chép tệp thường nằm trong thư mục của trang");
                }
                drop(e, img);
            }
        }
        List<Importer.LocalFile> out = new ArrayList<>();
        names.forEach((p, n) -> out.add(new Importer.LocalFile(p, n)));
        return out;
    }

    /** An SVG image is taken cleaned ({@link SvgSanitizer}); one that cannot be read is refused. */
    private static LocalFiles.Resolution svg(LocalFiles.Found found, String value, List<String> notes) {
        try {
            Set<String> removed = SvgSanitizer.clean(found.file()).removed();
            if (!removed.isEmpty()) {
                notes.add("ảnh SVG '" + shorten(value) + "' đã được làm sạch, bỏ: " + String.join(", ", removed)
                        + " (mã chạy được hoặc tải từ nơi khác)");
            }
            return found;
        } catch (vn.loa.LoaException ex) {
            return new LocalFiles.Refused(ex.problem());
        }
    }

    private static String shorten(String value) {
        return value.length() > 100 ? value.substring(0, 100) + "…" : value;
    }

    private static void drop(Element e, boolean img) {
        if (img) {
            String alt = e.attr("alt");
            if (alt.isBlank()) {
                e.remove();
            } else {
                e.replaceWith(new org.jsoup.nodes.TextNode(alt));
            }
        } else {
            e.unwrap();
        }
    }

    /** A file name that is safe in a URL ({@code Ảnh 1.JPG} → {@code anh-1.jpg}) and not yet used. */
    static String uniqueName(String original, Set<String> taken) {
        int dot = original.lastIndexOf('.');
        String base = dot > 0 ? original.substring(0, dot) : original;
        String ext = dot > 0 ? original.substring(dot + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") : "";
        String slug = Vietnamese.slugify(base, 60);
        if (slug.isEmpty()) {
            slug = "tep";
        }
        if (ext.equals("md")) {
            ext = "md.txt"; // not read as a second page
        } else if (ACTIVE.contains(ext)) {
            ext = ext + ".txt"; // an old page's scripts must not run on the portal: kept as text
        }
        String name = ext.isEmpty() ? slug : slug + "." + ext;
        for (int n = 2; !taken.add(name); n++) {
            name = slug + "-" + n + (ext.isEmpty() ? "" : "." + ext);
        }
        return name;
    }
}

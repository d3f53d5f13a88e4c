package vn.loa.editor;

import java.io.InputStream;
import vn.loa.load.SiteConfig;
import org.jsoup.nodes.Entities;

/**
 * The editor's page ({@code /admin/index.html}): Decap CMS from Loa's own copy of its published
 * bundle ({@link #VERSION}, under {@code /admin/decap/}), its configuration beside it, and the
 * theme's stylesheets for the preview, so an entry being typed looks as it will on the site.
 */
public final class EditorPage {

    /** The version of Decap CMS bundled (npm {@code decap-cms}; {@code bench/update-decap} pins it). */
    public static final String VERSION = "3.16.3";
    /** Where the bundle is served, relative to {@code /admin/}. */
    public static final String BUNDLE = "decap/";
    private static final String RESOURCES = "/vn/loa/editor/decap/";
    /** The page's own script, beside it. */
    public static final String SCRIPT = "loa-editor.js";

    private EditorPage() {
    }

    /**
     * The page. Decap starts once the theme's stylesheets are known: the page reads them from the
     * site's home page (whatever the theme names them, fingerprinted or not) and gives them to the
     * preview, so the same page serves {@code loa serve} and a published site under any path.
     */
    public static String html(SiteConfig site) {
        return html(site, null);
    }

    /** The page, with a link to the page that imports Word files when there is one ({@code loa serve}). */
    public static String html(SiteConfig site, String importPage) {
        return head("Soạn nội dung", site)
                + "<link href=\"config.yml\" type=\"text/yaml\" rel=\"cms-config-url\">\n"
                + "</head>\n<body>\n"
                + (importPage == null ? "" : "<a href=\"" + importPage + "\" style=\"position:fixed;left:1rem;bottom:1rem;z-index:1000;"
                        + "background:#fff;color:#0b4f8a;padding:.5rem .75rem;border:1px solid #0b4f8a;border-radius:4px;font:600 14px system-ui,sans-serif\">"
                        + "Nhập văn bản Word, PDF</a>\n")
                + "<script src=\"" + SCRIPT + "\"></script>\n"
                + "</body>\n</html>\n";
    }

    /** The start of the editor's pages, up to the end of the title: never indexed by search engines. */
    static String head(String title, SiteConfig site) {
        return "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<title>" + title + " – " + Entities.escape(site.title()) + "</title>\n";
    }

    /** The page's own script ({@value #SCRIPT}). */
    public static byte[] script() {
        try (InputStream in = EditorPage.class.getResourceAsStream("/vn/loa/editor/" + SCRIPT)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A file of the bundle, or null. */
    public static InputStream bundleFile(String name) {
        if (!name.matches("[\\w.-]+") || name.startsWith(".")) {
            return null;
        }
        return EditorPage.class.getResourceAsStream(RESOURCES + name);
    }
}

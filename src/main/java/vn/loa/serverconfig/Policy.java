package vn.loa.serverconfig;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every server configuration Loa writes says, in one place: the content types Loa's files need,
 * how long a browser may keep each kind of file, and the security headers.
 *
 * <p>The Content-Security-Policy allows only the site's own scripts, stylesheets and fonts: the
 * default theme has no inline script or style element (its JSON-LD is data, which no policy
 * governs); style attributes are allowed ({@code style-src-attr}), because the week grid places
 * each band with custom properties ({@code style="--col: 2; --span: 3"}): an attribute can run no
 * script and load nothing beyond what {@code img-src} allows. Pictures may come from the site, {@code data:} or any {@code https:} address (a page may show
 * one from elsewhere). A feed's XSLT preview carries its styles inline, so feeds alone also allow
 * {@code 'unsafe-inline'} styles; they run no script.
 */
final class Policy {

    private Policy() {
    }

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data: https:; "
            + "font-src 'self'; connect-src 'self'; media-src 'self' https:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";

    static final String FEED_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    static final String NOSNIFF = "nosniff";
    static final String REFERRER = "strict-origin-when-cross-origin";

    /** Fingerprinted stylesheets and scripts ({@code css/loa.3f2a9c1e.css}): a new version has a new name. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** Pages and the files that change with them (feeds, calendars, the search index): asked again each time. */
    static final String NO_CACHE = "no-cache";
    /** Everything else (pictures, attachments, the feeds' stylesheet): a day. */
    static final String DAY = "public, max-age=86400";

    /** A file name with a fingerprint, as {@code vn.loa.theme.Assets} makes them (8 hex digits of SHA-256). */
    static final String FINGERPRINTED = "\\.[0-9a-f]{8}\\.(css|js)";
    /** The extensions of files that change with the content. */
    static final String CHANGING = "html|xml|json|ics|txt";
    /** The feeds' name: every feed is an {@code index.xml} of a list's folder. */
    static final String FEED = "index\\.xml";

    /** Types servers may not know or get wrong, by extension. */
    static Map<String, String> types() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("ics", "text/calendar");
        t.put("xsl", "application/xml");
        t.put("json", "application/json");
        t.put("js", "text/javascript");
        t.put("svg", "image/svg+xml");
        t.put("webp", "image/webp");
        t.put("woff2", "font/woff2");
        t.put("woff", "font/woff");
        t.put("ttf", "font/ttf");
        t.put("otf", "font/otf");
        return t;
    }

    static final String FEED_TYPE = "application/atom+xml";
}

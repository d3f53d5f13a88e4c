package vn.loa.theme;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import vn.loa.image.Photo;
import vn.loa.image.PhotoSizes;
import vn.loa.image.Photos;
import vn.loa.render.RelativeUrls;

/**
 * The {@code <img>} of a page's body made responsive: a photo of the content gets the copies Loa
 * made of it in {@code srcset} with {@code sizes}, its {@code width} and {@code height} (so the page
 * does not jump while it loads), and every image {@code loading="lazy"} and {@code decoding="async"},
 * but the first of the page, which the reader sees at once. Only the tags change; the rest of the
 * HTML is kept byte for byte.
 */
final class PhotoHtml {

    /** The width an image takes: the text column (44rem) on a wide screen, the screen less its margins on a phone. */
    static final String SIZES = "(min-width: 46rem) 44rem, calc(100vw - 2rem)";

    private static final Pattern IMG = Pattern.compile("<img\\s[^>]*>", Pattern.CASE_INSENSITIVE);

    private PhotoHtml() {
    }

    /**
     * @param eagerFirst whether the first image of the body is the first of the page (no picture above it)
     */
    static String rewrite(String html, String pageUrl, Photos photos, RelativeUrls urls, boolean eagerFirst) {
        if (!html.contains("<img")) {
            return html;
        }
        Matcher m = IMG.matcher(html);
        StringBuilder sb = new StringBuilder(html.length() + 512);
        boolean first = eagerFirst;
        int from = 0;
        while (m.find()) {
            Element img = Jsoup.parseBodyFragment(m.group()).body().selectFirst("img");
            if (img == null) {
                continue;
            }
            Photo photo = photos.resolve(pageUrl, img.attr("src"));
            if (photo != null && photo.problem() == null) {
                img.attr("src", link(urls, pageUrl, photo.at(photo.defaultWidth())));
                img.attr("srcset", srcset(photo, pageUrl, urls));
                img.attr("sizes", SIZES);
                img.attr("width", String.valueOf(photo.largestWidth()));
                img.attr("height", String.valueOf(PhotoSizes.height(photo.header(), photo.largestWidth())));
            }
            if (!first) {
                img.attr("loading", "lazy");
            }
            img.attr("decoding", "async");
            first = false;
            sb.append(html, from, m.start()).append(img.outerHtml());
            from = m.end();
        }
        return sb.append(html, from, html.length()).toString();
    }

    /** A file of the output as a link from the page, spaces and commas escaped (they separate {@code srcset}'s items). */
    static String link(RelativeUrls urls, String pageUrl, String target) {
        return urls.relative(pageUrl, "/" + target).replace(" ", "%20").replace(",", "%2C");
    }

    /** The {@code srcset} of a photo's copies, relative to the page. */
    static String srcset(Photo photo, String pageUrl, RelativeUrls urls) {
        StringBuilder sb = new StringBuilder();
        for (int w : PhotoSizes.widths(photo.header())) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(link(urls, pageUrl, photo.at(w))).append(' ').append(w).append('w');
        }
        return sb.toString();
    }
}

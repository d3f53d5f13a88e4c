package vn.loa.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML compared as a DOM, not as text: both sides are parsed as body fragments with jsoup (so
 * {@code <br />} and {@code <br>}, {@code &quot;} and {@code "} in text, attribute order and
 * {@code disabled=""} against {@code disabled} no longer differ) and printed back without pretty
 * printing, so whitespace text stays exactly as it was.
 */
final class HtmlDom {

    private HtmlDom() {
    }

    static Document parse(String html) {
        Document d = Jsoup.parseBodyFragment(html);
        d.outputSettings().prettyPrint(false);
        return d;
    }

    /** The canonical form: parsed, attributes sorted by name, printed without pretty printing. */
    static String canonical(Document d) {
        Document copy = d.clone();
        copy.outputSettings().prettyPrint(false);
        for (Element el : copy.body().getAllElements()) {
            List<Attribute> attributes = new ArrayList<>(el.attributes().asList());
            attributes.sort(Comparator.comparing(Attribute::getKey));
            for (Attribute a : attributes) {
                el.removeAttr(a.getKey());
            }
            for (Attribute a : attributes) {
                el.attr(a.getKey(), a.getValue());
            }
        }
        return copy.body().html();
    }

    static String canonical(String html) {
        return canonical(parse(html));
    }

    /** Rewrites every {@code a[href]} and {@code img[src]} value. */
    static void rewriteUrls(Document d, UnaryOperator<String> href, UnaryOperator<String> src) {
        for (Element a : d.body().select("a[href]")) {
            a.attr("href", href.apply(a.attr("href")));
        }
        for (Element img : d.body().select("img[src]")) {
            img.attr("src", src.apply(img.attr("src")));
        }
    }

    static void removeHeadingIds(Document d) {
        d.body().select("h1, h2, h3, h4, h5, h6").removeAttr("id");
    }
}

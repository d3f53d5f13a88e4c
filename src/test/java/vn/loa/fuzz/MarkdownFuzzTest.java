package vn.loa.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Timeout;
import vn.loa.LoaException;
import vn.loa.load.ContentErrors;
import vn.loa.load.Page;
import vn.loa.load.PageReading;
import vn.loa.load.Section;
import vn.loa.render.MarkdownRenderer;
import vn.loa.render.RelativeUrls;
import vn.loa.render.RenderedPage;

/**
 * Markdown rendering: any bytes as the body of a plan with a fixed front matter, read by the loader's reader and
 * rendered twice, as a site without raw HTML renders it and as one that allows raw HTML (with links for offline
 * reading). When the body says {@code 17/5}, it is also rendered with an event whose {@code source} quotes that, so
 * that the event anchors are found in the tree.
 *
 * <p>Besides Loa's own errors, nothing may come out; and the page of a site without raw HTML must hold no script,
 * no event handler attribute and no {@code javascript:} address.
 *
 * <p>Saved inputs: {@code src/test/resources/vn/loa/fuzz/MarkdownFuzzTestInputs/markdown/}.
 */
class MarkdownFuzzTest {

    private static final Path FILE = Path.of("content/ke-hoach/ke-hoach-thu.md");
    private static final byte[] FRONT_MATTER = """
            ---
            title: Kế hoạch tổ chức Ngày hội thử nghiệm
            date: 2024-04-12
            ---
            """.getBytes(StandardCharsets.UTF_8);
    private static final byte[] FRONT_MATTER_WITH_EVENT = """
            ---
            title: Kế hoạch tổ chức Ngày hội thử nghiệm
            date: 2024-04-12
            events:
              - title: Tọa đàm thử nghiệm
                start: 2024-05-17
                source: "17/5"
            ---
            """.getBytes(StandardCharsets.UTF_8);

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "poster",
            "cite", "background", "xlink:href");

    private static final MarkdownRenderer STRICT = new MarkdownRenderer(false, new RelativeUrls(false));
    private static final MarkdownRenderer OPEN = new MarkdownRenderer(true, new RelativeUrls(true));

    @Timeout(20)
    @FuzzTest(maxDuration = "10m")
    void markdown(byte[] body) {
        Page page = page(FRONT_MATTER, body);
        if (page == null) {
            return;
        }
        noScript(render(STRICT, page));
        render(OPEN, page);
        if (page.markdown().contains("17/5")) {
            Page withEvent = page(FRONT_MATTER_WITH_EVENT, body);
            if (withEvent != null) {
                RenderedPage r = render(STRICT, withEvent);
                if (r != null) {
                    noScript(r);
                }
            }
        }
    }

    private static Page page(byte[] frontMatter, byte[] body) {
        byte[] file = new byte[frontMatter.length + body.length];
        System.arraycopy(frontMatter, 0, file, 0, frontMatter.length);
        System.arraycopy(body, 0, file, frontMatter.length, body.length);
        try {
            return PageReading.read(file, FILE, Section.PLANS, "ke-hoach-thu");
        } catch (LoaException | ContentErrors e) {
            BadInput.check(e); // e.g. bytes that are not UTF-8
            return null;
        }
    }

    private static RenderedPage render(MarkdownRenderer renderer, Page page) {
        try {
            RenderedPage r = renderer.render(page);
            assertNotNull(r.html());
            return r;
        } catch (LoaException | ContentErrors e) {
            BadInput.check(e);
            return null;
        }
    }

    /** The sanitising promise of a site without raw HTML. */
    private static void noScript(RenderedPage r) {
        if (r == null) {
            return;
        }
        for (Element e : Jsoup.parseBodyFragment(r.html()).body().getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("script") || tag.equals("iframe") || tag.equals("object") || tag.equals("embed")) {
                fail("<" + tag + "> in a page of a site without raw HTML:\n" + r.html());
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                boolean address = URL_ATTRIBUTES.contains(name);
                if (name.startsWith("on") || address && (value.startsWith("javascript:") || value.startsWith("vbscript:"))) {
                    fail("attribute " + name + "=\"" + a.getValue() + "\" in a page of a site without raw HTML:\n" + r.html());
                }
            }
        }
    }
}

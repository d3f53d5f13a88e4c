package vn.loa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every example of the CommonMark spec and of the GFM spec (as shipped by commonmark-java's
 * test-util) through Loa's whole Markdown pipeline: {@link MarkdownRenderer#renderMarkdown} with
 * heading ids, link rewriting and, for raw HTML, jsoup's Cleaner.
 *
 * <p>Both sides are compared as DOMs ({@link HtmlDom}). What Loa changes on purpose is listed once,
 * in {@link Difference}: some differences are normalised away (the example passes), the others
 * make the example fail but are explained and counted by category, so the printed report shows
 * exactly which differences are deliberate. An example whose difference fits no category is a bug
 * in our post-processing and fails the test.
 *
 * <p>The pass counts may not fall below {@link #FLOORS}. When a change raises them, run with
 * {@code -Dloa.printFloors=true}, and paste the printed table over {@link #FLOORS}.
 */
class SpecExamplesTest {

    /** Why a difference is there. */
    enum Kind {
        /** Loa's on purpose, and harmless: normalised away, the example passes. */
        NORMALISED,
        /** Loa's on purpose: the example fails, and is counted under its difference. */
        DELIBERATE,
        /** commonmark-java's, not Loa's: no Loa code is involved. */
        UPSTREAM,
        /** Loa's, not on purpose: a bug, reported; remove the entry when it is fixed. */
        BUG
    }

    /** What changes between the spec's HTML and ours, and why. The one place the reasons live. */
    enum Difference {
        HEADING_ID(Kind.NORMALISED, "h1–h6 get an id attribute",
                "Loa adds ids folded from Vietnamese (## I. MỤC ĐÍCH → id=\"i-muc-dich\") for the table of"
                        + " contents and for links into a plan; the spec's headings have none"),
        TABLE_REGION(Kind.NORMALISED, "a table is wrapped in <div class=bang role=region tabindex=0>",
                "a wide table scrolls sideways in its own focusable box on a phone, never the page (WCAG"
                        + " 1.4.10 reflow, and keyboard users can scroll it)"),
        RELATIVE_LINK(Kind.NORMALISED, "site-absolute a[href] / img[src] made relative (/url → url, / → ./)",
                "every internal link is relative so that one site/ works at a domain root, under a sub-path"
                        + " and from disk (DESIGN.md, URLs and output); renderMarkdown renders as the page at /"),
        URL_SANITISED(Kind.DELIBERATE, "a[href] / img[src] with a scheme other than http, https, mailto, tel"
                + " emptied",
                "allow_html: false also neutralises javascript:, vbscript:, data:, file: and unknown schemes"
                        + " (commonmark-java's DefaultUrlSanitizer with vn.loa.load.Addresses' schemes; in a page, the"
                        + " load and render stages refuse them first): the site opts out of active content"),
        RAW_HTML_CLEANED(Kind.DELIBERATE, "raw HTML removed, or stripped to the safelist, by jsoup's Cleaner",
                "allow_html: false is the default: raw HTML in content is untrusted (copied from Word, old"
                        + " portals); script, style, comments, unknown tags and attributes go, text stays"),
        EXTRA_EXTENSION(Kind.DELIBERATE, "output of an extension the example's spec does not have",
                "the site turns on GFM tables, strikethrough, autolinks, task lists and footnotes for every"
                        + " page (DESIGN.md), so bare URLs and e-mail addresses become links in core examples too"),
        UPSTREAM(Kind.UPSTREAM, "commonmark-java 0.24 alone (no Loa code) renders it differently from the spec text",
                "gfm-spec.txt is GFM 0.29 (older emphasis and autolink rules) while commonmark-java follows"
                        + " CommonMark 0.31.2; its autolink extension has no www. links; it has no tagfilter");

        final Kind kind;
        final String what;
        final String why;

        Difference(Kind kind, String what, String why) {
            this.kind = kind;
            this.what = what;
            this.why = why;
        }
    }

    /** The examples that fail because of a {@link Kind#BUG}; empty this when the bug is fixed. */
    static final Set<String> KNOWN_BUGS = Set.of();

    /** Passes, out of examples, as first measured. */
    record Floor(int passed, int total) {
        double rate() {
            return (double) passed / total;
        }
    }

    /**
     * The pass counts measured on 2026-11-22 (commonmark-java 0.24.0, jsoup 1.21.2), after the fixes
     * in MarkdownRenderer made alongside this test (no rel="nofollow", percent-encoded URLs, site-absolute links in raw HTML made relative, footnote
     * attributes kept by the Cleaner). Keys: spec, then "spec / section". A change that lowers any
     * rate fails the test; one that raises a rate should raise the floor too.
     */
    static final Map<String, Floor> FLOORS = floors(/* FLOORS-BEGIN */
            "CommonMark 0.31.2", 612, 652,
            "CommonMark 0.31.2 / Tabs", 11, 11,
            "CommonMark 0.31.2 / Backslash escapes", 13, 13,
            "CommonMark 0.31.2 / Entity and numeric character references", 17, 17,
            "CommonMark 0.31.2 / Precedence", 1, 1,
            "CommonMark 0.31.2 / Thematic breaks", 19, 19,
            "CommonMark 0.31.2 / ATX headings", 18, 18,
            "CommonMark 0.31.2 / Setext headings", 27, 27,
            "CommonMark 0.31.2 / Indented code blocks", 12, 12,
            "CommonMark 0.31.2 / Fenced code blocks", 29, 29,
            "CommonMark 0.31.2 / HTML blocks", 30, 44,
            "CommonMark 0.31.2 / Link reference definitions", 26, 27,
            "CommonMark 0.31.2 / Paragraphs", 8, 8,
            "CommonMark 0.31.2 / Blank lines", 1, 1,
            "CommonMark 0.31.2 / Block quotes", 25, 25,
            "CommonMark 0.31.2 / List items", 48, 48,
            "CommonMark 0.31.2 / Lists", 24, 26,
            "CommonMark 0.31.2 / Inlines", 1, 1,
            "CommonMark 0.31.2 / Code spans", 22, 22,
            "CommonMark 0.31.2 / Emphasis and strong emphasis", 132, 132,
            "CommonMark 0.31.2 / Links", 86, 90,
            "CommonMark 0.31.2 / Images", 22, 22,
            "CommonMark 0.31.2 / Autolinks", 10, 19,
            "CommonMark 0.31.2 / Raw HTML", 10, 20,
            "CommonMark 0.31.2 / Hard line breaks", 15, 15,
            "CommonMark 0.31.2 / Soft line breaks", 2, 2,
            "CommonMark 0.31.2 / Textual content", 3, 3,
            "GFM 0.29", 614, 672,
            "GFM 0.29 / Tabs", 11, 11,
            "GFM 0.29 / Precedence", 1, 1,
            "GFM 0.29 / Thematic breaks", 19, 19,
            "GFM 0.29 / ATX headings", 18, 18,
            "GFM 0.29 / Setext headings", 27, 27,
            "GFM 0.29 / Indented code blocks", 12, 12,
            "GFM 0.29 / Fenced code blocks", 29, 29,
            "GFM 0.29 / HTML blocks", 30, 43,
            "GFM 0.29 / Link reference definitions", 27, 28,
            "GFM 0.29 / Paragraphs", 8, 8,
            "GFM 0.29 / Blank lines", 1, 1,
            "GFM 0.29 / Tables (extension)", 8, 8,
            "GFM 0.29 / Block quotes", 25, 25,
            "GFM 0.29 / List items", 48, 48,
            "GFM 0.29 / Task list items (extension)", 2, 2,
            "GFM 0.29 / Lists", 24, 26,
            "GFM 0.29 / Inlines", 1, 1,
            "GFM 0.29 / Backslash escapes", 13, 13,
            "GFM 0.29 / Entity and numeric character references", 17, 17,
            "GFM 0.29 / Code spans", 22, 22,
            "GFM 0.29 / Emphasis and strong emphasis", 122, 131,
            "GFM 0.29 / Strikethrough (extension)", 2, 2,
            "GFM 0.29 / Links", 83, 87,
            "GFM 0.29 / Images", 22, 22,
            "GFM 0.29 / Autolinks", 10, 19,
            "GFM 0.29 / Autolinks (extension)", 2, 11,
            "GFM 0.29 / Raw HTML", 10, 20,
            "GFM 0.29 / Disallowed Raw HTML (extension)", 0, 1,
            "GFM 0.29 / Hard line breaks", 15, 15,
            "GFM 0.29 / Soft line breaks", 2, 2,
            "GFM 0.29 / Textual content", 3, 3
            /* FLOORS-END */);

    /** The same with allow_html: true, totals only. */
    static final Map<String, Floor> FLOORS_ALLOW_HTML = floors(/* FLOORS-ALLOW-BEGIN */
            "CommonMark 0.31.2", 647, 652,
            "GFM 0.29", 649, 672
            /* FLOORS-ALLOW-END */);

    enum Spec {
        COMMONMARK("CommonMark 0.31.2", TestResources.getSpec()),
        GFM("GFM 0.29", TestResources.getGfmSpec());

        final String label;
        final URL url;

        Spec(String label, URL url) {
            this.label = label;
            this.url = url;
        }

        /**
         * The extensions an example is written for, from its info string ({@code example table}),
         * as commonmark-java's own GFM tests run them: none for core examples. {@code disabled}
         * marks the task list examples; commonmark-java has no tagfilter.
         */
        static List<Extension> extensionsOf(Example example) {
            return switch (example.getInfo().strip()) {
                case "table" -> List.of(TablesExtension.create());
                case "strikethrough" -> List.of(StrikethroughExtension.create());
                case "autolink" -> List.of(AutolinkExtension.create());
                case "disabled" -> List.of(TaskListItemsExtension.create());
                default -> List.of();
            };
        }
    }

    /** The extensions MarkdownRenderer turns on; keep in step with its constructor. */
    static final List<Extension> LOA_EXTENSIONS = List.of(TablesExtension.create(), StrikethroughExtension.create(),
            AutolinkExtension.create(), FootnotesExtension.create(), TaskListItemsExtension.create());

    /** One example's outcome: passed, or failed with the differences that explain it. */
    record Outcome(Spec spec, int number, String section, Example example, boolean passed,
                   Set<Difference> differences, String got, String wanted) {
        boolean explained() {
            return passed || !differences.isEmpty();
        }
    }

    private static final Map<Spec, List<Example>> EXAMPLES = new LinkedHashMap<>();
    private static final Map<Boolean, List<Outcome>> OUTCOMES = new LinkedHashMap<>();
    private static final MarkdownRenderer CLEANER = new MarkdownRenderer(false, new RelativeUrls(false));

    @BeforeAll
    static void runAllExamples() throws Exception {
        for (Spec spec : Spec.values()) {
            EXAMPLES.put(spec, ExampleReader.readExamples(spec.url));
        }
        Reference reference = new Reference();
        for (boolean allowHtml : new boolean[] {false, true}) {
            MarkdownRenderer loa = new MarkdownRenderer(allowHtml, new RelativeUrls(false));
            List<Outcome> outcomes = new ArrayList<>();
            for (Spec spec : Spec.values()) {
                List<Example> examples = EXAMPLES.get(spec);
                for (int i = 0; i < examples.size(); i++) {
                    outcomes.add(judge(loa, allowHtml, reference, spec, i + 1, examples.get(i)));
                }
            }
            OUTCOMES.put(allowHtml, outcomes);
        }
        print();
    }

    /** commonmark-java configured as for its own spec tests, with an example's extensions or Loa's. */
    static final class Reference {
        final Parser loaParser = Parser.builder().extensions(LOA_EXTENSIONS).build();
        final HtmlRenderer loaRenderer = HtmlRenderer.builder().extensions(LOA_EXTENSIONS).percentEncodeUrls(true).build();

        /** What commonmark-java alone makes of the example, with the extensions it is written for. */
        String bareSpec(Example example) {
            List<Extension> extensions = Spec.extensionsOf(example);
            return HtmlRenderer.builder().extensions(extensions).percentEncodeUrls(true).build()
                    .render(Parser.builder().extensions(extensions).build().parse(example.getSource()));
        }

        /** What commonmark-java alone makes of the example, with Loa's extensions. */
        String bareLoa(Example example) {
            return loaRenderer.render(loaParser.parse(example.getSource()));
        }

        boolean hasRawHtml(String markdown) {
            boolean[] raw = {false};
            loaParser.parse(markdown).accept(new AbstractVisitor() {
                @Override
                public void visit(HtmlBlock b) {
                    raw[0] = true;
                }

                @Override
                public void visit(HtmlInline h) {
                    raw[0] = true;
                }
            });
            return raw[0];
        }
    }

    static Outcome judge(MarkdownRenderer loa, boolean allowHtml, Reference ref, Spec spec, int number, Example ex) {
        String source = ex.getSource();
        // The spec writes tabs as →; ExampleReader turns them back in the Markdown, not in the HTML.
        String expectedHtml = ex.getHtml().replace('→', '\t');
        String got = ours(loa, source);
        String wanted = normalisedExpectation(expectedHtml, Set.of());
        if (got.equals(wanted)) {
            return new Outcome(spec, number, ex.getSection(), ex, true, Set.of(), got, wanted);
        }
        // Is the difference there before any Loa code runs?
        Set<Difference> base = EnumSet.noneOf(Difference.class);
        String reference = expectedHtml;
        String bareSpec = ref.bareSpec(ex);
        if (!HtmlDom.canonical(bareSpec).equals(HtmlDom.canonical(expectedHtml))) {
            base.add(Difference.UPSTREAM);
            reference = bareSpec;
        }
        String bareLoa = ref.bareLoa(ex);
        if (!HtmlDom.canonical(bareLoa).equals(HtmlDom.canonical(bareSpec))) {
            base.add(Difference.EXTRA_EXTENSION);
            reference = bareLoa;
        }
        // Then which of Loa's deliberate changes, applied to that reference, give our output.
        boolean raw = ref.hasRawHtml(source);
        List<Set<Difference>> tries = new ArrayList<>();
        tries.add(EnumSet.noneOf(Difference.class));
        if (!allowHtml) {
            tries.add(EnumSet.of(Difference.URL_SANITISED));
            if (raw) {
                tries.add(EnumSet.of(Difference.RAW_HTML_CLEANED));
                tries.add(EnumSet.of(Difference.URL_SANITISED, Difference.RAW_HTML_CLEANED));
            }
        }
        for (Set<Difference> t : tries) {
            String explained = normalisedExpectation(reference, t);
            if (got.equals(explained) && !(base.isEmpty() && t.isEmpty())) {
                Set<Difference> all = EnumSet.copyOf(base);
                all.addAll(t);
                return new Outcome(spec, number, ex.getSection(), ex, false, all, got, wanted);
            }
        }
        return new Outcome(spec, number, ex.getSection(), ex, false, Set.of(), got, wanted);
    }

    static String ours(MarkdownRenderer loa, String markdown) {
        Document d = HtmlDom.parse(loa.renderMarkdown(markdown));
        HtmlDom.removeHeadingIds(d); // Difference.HEADING_ID
        d.select("div.bang").unwrap(); // Difference.TABLE_REGION
        return HtmlDom.canonical(d);
    }

    /** The expected HTML with the normalised differences, and then the given ones, applied. */
    static String normalisedExpectation(String html, Set<Difference> applied) {
        Document d = HtmlDom.parse(html);
        HtmlDom.removeHeadingIds(d); // Difference.HEADING_ID
        HtmlDom.rewriteUrls(d, SpecExamplesTest::relativeFromRoot, SpecExamplesTest::relativeFromRoot);
        if (applied.contains(Difference.URL_SANITISED)) {
            DefaultUrlSanitizer sanitizer = new DefaultUrlSanitizer(List.of("http", "https", "mailto", "tel"));
            HtmlDom.rewriteUrls(d, sanitizer::sanitizeLinkUrl, sanitizer::sanitizeImageUrl);
        }
        String out = d.body().html();
        if (applied.contains(Difference.RAW_HTML_CLEANED)) {
            out = cleaned(out);
        }
        return HtmlDom.canonical(out);
    }

    /**
     * Difference.RELATIVE_LINK, written independently of {@link RelativeUrls}: from the page at the
     * site root, {@code /a/b?q#f} is {@code a/b?q#f}; the root itself is {@code ./}; a first segment
     * with a colon gets {@code ./} so that it is not read as a scheme (RFC 3986, 4.2).
     */
    static String relativeFromRoot(String url) {
        if (!url.startsWith("/") || url.startsWith("//")) {
            return url;
        }
        String rest = url.substring(1);
        int end = rest.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int i = rest.indexOf(c);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        if (end == 0) {
            return "./" + rest;
        }
        return rest.substring(0, end).contains(":") ? "./" + rest : rest;
    }

    static String cleaned(String html) {
        return CLEANER.clean(html);
    }

    // --- the assertions -------------------------------------------------------------------

    @Test
    void everyExampleRunsAndEveryFailureIsExplained() {
        for (Map.Entry<Boolean, List<Outcome>> run : OUTCOMES.entrySet()) {
            int expected = EXAMPLES.values().stream().mapToInt(List::size).sum();
            assertEquals(expected, run.getValue().size());
            List<Outcome> unexplained = run.getValue().stream().filter(o -> !o.explained()).toList();
            if (!unexplained.isEmpty()) {
                fail("allow_html: " + run.getKey() + ": " + unexplained.size()
                        + " examples differ for no listed reason (a bug in our post-processing?):\n"
                        + unexplained.stream().map(SpecExamplesTest::describe).collect(Collectors.joining("\n")));
            }
        }
    }

    @Test
    void theKnownBugsAreStillTheOnlyOnes() {
        for (List<Outcome> run : OUTCOMES.values()) {
            Set<String> bugs = run.stream()
                    .filter(o -> o.differences().stream().anyMatch(d -> d.kind == Kind.BUG))
                    .map(o -> o.spec().label + " #" + o.number())
                    .collect(Collectors.toSet());
            assertEquals(KNOWN_BUGS, bugs, "fixed a bug? then empty KNOWN_BUGS, drop its Difference, raise FLOORS");
        }
    }

    @Test
    void passRatesStayAtOrAboveTheirFloors() {
        assertFloors(measure(OUTCOMES.get(false), true), FLOORS, "allow_html: false");
        assertFloors(measure(OUTCOMES.get(true), false), FLOORS_ALLOW_HTML, "allow_html: true");
    }

    @Test
    void allowingHtmlPassesMoreExamples() {
        Map<String, Floor> strict = measure(OUTCOMES.get(false), false);
        Map<String, Floor> open = measure(OUTCOMES.get(true), false);
        for (Spec spec : Spec.values()) {
            Floor s = strict.get(spec.label);
            Floor o = open.get(spec.label);
            assertTrue(o.passed() > s.passed(), spec.label + ": allow_html: true passes " + o.passed()
                    + ", allow_html: false " + s.passed() + "; raw HTML should pass through when allowed");
        }
        // And what allowing HTML wins is exactly the sanitised examples.
        List<Outcome> a = OUTCOMES.get(false);
        List<Outcome> b = OUTCOMES.get(true);
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).passed() && b.get(i).passed()) {
                Set<Difference> d = a.get(i).differences();
                assertTrue(d.contains(Difference.RAW_HTML_CLEANED) || d.contains(Difference.URL_SANITISED),
                        describe(a.get(i)));
            }
        }
    }

    /**
     * The Cleaner runs over a whole page as soon as it holds any raw HTML, so it must leave the HTML
     * that Markdown itself produces untouched, or a single {@code <br>} would change the rest of the page.
     */
    @Test
    void theCleanerKeepsTheHtmlThatMarkdownProduces() {
        MarkdownRenderer loa = new MarkdownRenderer(false, new RelativeUrls(false));
        List<String> changed = new ArrayList<>();
        Reference ref = new Reference();
        for (Spec spec : Spec.values()) {
            List<Example> examples = EXAMPLES.get(spec);
            for (int i = 0; i < examples.size(); i++) {
                String source = examples.get(i).getSource();
                if (ref.hasRawHtml(source)) {
                    continue;
                }
                String html = loa.renderMarkdown(source);
                if (!HtmlDom.canonical(cleaned(html)).equals(HtmlDom.canonical(html))) {
                    changed.add(spec.label + " #" + (i + 1) + ": " + html.strip() + "  →  " + cleaned(html).strip());
                }
            }
        }
        assertEquals(List.of(), changed);
    }

    private static void assertFloors(Map<String, Floor> measured, Map<String, Floor> floors, String mode) {
        List<String> lower = new ArrayList<>();
        floors.forEach((key, floor) -> {
            Floor now = measured.get(key);
            if (now == null) {
                lower.add(key + ": no examples any more (was " + floor.passed() + "/" + floor.total() + ")");
            } else if (now.rate() < floor.rate()) {
                lower.add(String.format(Locale.ROOT, "%s: %d/%d = %.1f%%, floor %d/%d = %.1f%%", key, now.passed(),
                        now.total(), 100 * now.rate(), floor.passed(), floor.total(), 100 * floor.rate()));
            }
        });
        assertTrue(!floors.isEmpty(), mode + ": no floors recorded");
        assertEquals(List.of(), lower, mode + ": pass rates fell below their floors");
    }

    /** Passes per spec and, if asked, per "spec / section", in spec order. */
    static Map<String, Floor> measure(List<Outcome> outcomes, boolean sections) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            List<String> keys = sections ? List.of(o.spec().label, o.spec().label + " / " + o.section())
                    : List.of(o.spec().label);
            for (String key : keys) {
                int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                c[0] += o.passed() ? 1 : 0;
                c[1]++;
            }
        }
        Map<String, Floor> out = new LinkedHashMap<>();
        counts.forEach((k, c) -> out.put(k, new Floor(c[0], c[1])));
        return out;
    }

    static Map<String, Floor> floors(Object... keysAndCounts) {
        Map<String, Floor> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 3) {
            m.put((String) keysAndCounts[i], new Floor((Integer) keysAndCounts[i + 1], (Integer) keysAndCounts[i + 2]));
        }
        return m;
    }

    private static String floorSource(Map<String, Floor> floors) {
        return floors.entrySet().stream()
                .map(e -> String.format("            \"%s\", %d, %d", e.getKey(), e.getValue().passed(), e.getValue().total()))
                .collect(Collectors.joining(",\n", "", "\n"));
    }

    // --- the report -----------------------------------------------------------------------

    static String describe(Outcome o) {
        return o.spec().label + " #" + o.number() + " [" + o.section() + "]"
                + (o.example().getInfo().isEmpty() ? "" : " (" + o.example().getInfo() + ")")
                + "\n    markdown: " + visible(o.example().getSource())
                + "\n    expected: " + visible(o.wanted())
                + "\n    got:      " + visible(o.got());
    }

    private static String visible(String s) {
        return s.replace("\t", "→").replace("\n", "⏎");
    }

    private static void print() {
        StringBuilder out = new StringBuilder();
        out.append("\n=== CommonMark and GFM spec examples through MarkdownRenderer ===\n\n");
        out.append("Differences (NORMALISED: the example passes; otherwise it fails and is counted below):\n");
        for (Difference d : Difference.values()) {
            out.append(String.format("  %-26s %-10s %s%n  %-37s → %s%n", d, d.kind, d.what, "", d.why));
        }
        Map<String, Floor> strict = measure(OUTCOMES.get(false), true);
        Map<String, Floor> open = measure(OUTCOMES.get(true), true);
        out.append(String.format("%n  %-62s %16s %16s%n", "spec / section", "allow_html:false", "allow_html:true"));
        strict.forEach((key, s) -> {
            Floor o = open.get(key);
            boolean total = !key.contains(" / ");
            out.append(String.format(Locale.ROOT, "  %-62s %4d/%-4d %5.1f%% %4d/%-4d %5.1f%%%n",
                    total ? key.toUpperCase(Locale.ROOT) : "  " + key.substring(key.indexOf(" / ") + 3),
                    s.passed(), s.total(), 100 * s.rate(), o.passed(), o.total(), 100 * o.rate()));
        });
        for (Map.Entry<Boolean, List<Outcome>> run : OUTCOMES.entrySet()) {
            out.append("\nFailing examples, allow_html: ").append(run.getKey()).append('\n');
            Map<String, Integer> byCategory = new TreeMap<>();
            for (Outcome o : run.getValue()) {
                if (o.passed()) {
                    continue;
                }
                String category = o.differences().isEmpty() ? "UNEXPLAINED"
                        : o.differences().stream().map(Enum::name).collect(Collectors.joining(" + "));
                byCategory.merge(o.spec().label + ": " + category, 1, Integer::sum);
                out.append(String.format("  %-17s #%-4d %-48s %s%n", o.spec().label, o.number(),
                        "[" + o.section() + "]", category));
            }
            out.append("  by category:\n");
            byCategory.forEach((k, n) -> out.append(String.format("    %-60s %4d%n", k, n)));
        }
        if (Boolean.getBoolean("loa.printFloors")) {
            out.append("\nFloors, to paste into FLOORS:\n").append(floorSource(strict));
            out.append("Floors, to paste into FLOORS_ALLOW_HTML:\n").append(floorSource(measure(OUTCOMES.get(true), false)));
        }
        System.out.println(out);
    }
}

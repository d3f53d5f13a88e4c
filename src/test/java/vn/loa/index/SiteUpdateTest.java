package vn.loa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.bench.CorpusGenerator;
import vn.loa.load.Content;
import vn.loa.load.ContentLoader;
import vn.loa.render.MarkdownRenderer;
import vn.loa.render.RelativeUrls;
import vn.loa.render.RenderedPage;

/**
 * The index of a few changed pages ({@link SiteIndexer#update}) is the index of all of them
 * ({@link SiteIndexer#index}): after random edits of titles, dates, tags, issuers and the units of
 * events, pages added, removed and renamed, every list of the site is the same, in the same order.
 */
class SiteUpdateTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 5, 15);

    @TempDir
    Path temp;

    @Test
    void anUpdatedSiteIsTheSiteIndexedWhole() throws IOException {
        for (long seed : new long[] {1, 2, 3}) {
            Indexed start = indexed("cong-" + seed, 240);
            Path root = start.root();
            Random random = new Random(seed);
            List<RenderedPage> rendered = start.rendered();
            Site site = start.site();
            for (int round = 0; round < 12; round++) {
                Set<Path> touched = edit(root, random, 1 + random.nextInt(round % 3 == 0 ? 12 : 3), seed * 100 + round);
                rendered = render(root, byFile(rendered), touched);
                Site whole = SiteIndexer.index(load(root).config(), rendered, TODAY);
                Site updated = SiteIndexer.update(site, rendered).orElseThrow();
                String what = "hạt " + seed + ", lượt " + round + ", tệp " + touched;
                assertEquals(describe(whole), describe(updated), what);
                assertEquals(whole.config(), updated.config(), what);
                assertOneObjectPerItem(updated, rendered);
                assertSameLinks(site, updated);
                site = updated;
            }
        }
    }

    /** A generated portal, its pages rendered and indexed whole. */
    private record Indexed(Path root, List<RenderedPage> rendered, Site site) {
    }

    private Indexed indexed(String name, int pages) throws IOException {
        Path root = temp.resolve(name);
        CorpusGenerator.generate(root, pages);
        List<RenderedPage> rendered = render(root, Map.of(), Set.of());
        return new Indexed(root, rendered, SiteIndexer.index(load(root).config(), rendered, TODAY));
    }

    private static Map<Path, RenderedPage> byFile(List<RenderedPage> rendered) {
        Map<Path, RenderedPage> out = new HashMap<>();
        rendered.forEach(r -> out.put(r.page().file(), r));
        return out;
    }

    @Test
    void nothingChangedIsTheLastSite() throws IOException {
        Indexed s = indexed("cong", 40);
        assertSame(s.site(), SiteIndexer.update(s.site(), new ArrayList<>(s.rendered())).orElseThrow());
    }

    @Test
    void aSiteWithoutPagesGetsItsFirst() throws IOException {
        Indexed s = indexed("cong", 12);
        Site empty = SiteIndexer.index(load(s.root()).config(), List.of(), TODAY);
        Site one = SiteIndexer.update(empty, s.rendered().subList(0, 1)).orElseThrow();
        assertEquals(describe(SiteIndexer.index(load(s.root()).config(), s.rendered().subList(0, 1), TODAY)), describe(one));
        assertEquals(describe(empty), describe(SiteIndexer.update(one, List.of()).orElseThrow()));
    }

    @Test
    void aPageThatMovesAFocusWeekTakesTheWholeIndex() throws IOException {
        Indexed s = indexed("cong", 40);
        Path plan = s.root().resolve("content/ke-hoach/ke-hoach-0.md");
        String text = Files.readString(plan).replaceFirst("\ncampaign: ", "\nfocus_week: {start: 2010-04-14, end: 2010-04-20}\ncampaign: ");
        Files.writeString(plan, text);
        List<RenderedPage> moved = render(s.root(), byFile(s.rendered()), Set.of(s.root().relativize(plan)));
        assertTrue(moved.stream().anyMatch(r -> r.page().focusWeek() != null), "the plan moves its week");
        assertTrue(SiteIndexer.update(s.site(), moved).isEmpty());
    }

    @Test
    void morePagesChangedThanTheLimitTakeTheWholeIndex() throws IOException {
        Indexed s = indexed("cong", SiteUpdate.MAX_CHANGED + 10);
        assertTrue(SiteIndexer.update(s.site(), render(s.root(), Map.of(), Set.of())).isEmpty(), "every page read again");
        List<RenderedPage> some = new ArrayList<>(render(s.root(), Map.of(), Set.of()).subList(0, SiteUpdate.MAX_CHANGED));
        some.addAll(s.rendered().subList(SiteUpdate.MAX_CHANGED, s.rendered().size()));
        assertFalse(SiteIndexer.update(s.site(), some).isEmpty(), "as many as the limit");
    }

    /** Edits {@code count} files of the corpus at random; returns the files edited, added or removed (relative). */
    private static Set<Path> edit(Path root, Random random, int count, long tag) throws IOException {
        Set<Path> touched = new HashSet<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root.resolve("content"))) {
            files = new ArrayList<>(s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().startsWith("_")).sorted().toList());
        }
        for (int i = 0; i < count; i++) {
            // Plans half the time: they hold the events, issuers and campaign years.
            List<Path> plans = files.stream().filter(f -> f.getParent().getFileName().toString().equals("ke-hoach")).toList();
            Path file = random.nextBoolean() ? plans.get(random.nextInt(plans.size())) : files.get(random.nextInt(files.size()));
            if (!Files.exists(file)) {
                continue;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String now = switch (random.nextInt(9)) {
                case 0 -> text.replaceFirst("\ntitle: ", "\ntitle: Đổi " + random.nextInt(3) + " ");
                case 1 -> text.replaceFirst("\ndate: \\d{4}-\\d\\d-\\d\\d", "\ndate: 20" + (10 + random.nextInt(15)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
                case 2 -> text.replaceFirst("\ntags: \\[[^\\]]*\\]", "\ntags: [" + List.of("Nghiên cứu", "nghiên-cứu", "thẻ mới " + random.nextInt(2), "đào tạo, truyền thông").get(random.nextInt(4)) + "]");
                case 3 -> text.replace("SỞ KHOA HỌC VÀ CÔNG NGHỆ", random.nextBoolean() ? "Sở Khoa học và Công nghệ" : "Trung tâm Mới " + random.nextInt(2));
                // Spellings of one unit that would win were they as common as the usual one.
                case 4 -> text.replaceFirst("lead: \\[[^\\]]*\\]", "lead: [" + List.of("VĂN PHÒNG SỞ", "Văn  phòng Sở.", "Văn phòng sở", "Đơn vị lạ").get(random.nextInt(4)) + "]");
                case 5 -> text.replace("partners: [", "partners: [Văn phòng Sở, ");
                default -> null;
            };
            Path rel = root.relativize(file);
            if (now != null) {
                Files.writeString(file, now, StandardCharsets.UTF_8);
                touched.add(rel);
                continue;
            }
            java.util.regex.Matcher event = java.util.regex.Pattern.compile("  - title: (.+)\n    start: (\\d{4}-\\d\\d-\\d\\d)").matcher(text);
            if (random.nextInt(3) == 0 && event.find()) { // a news post on a plan's event, of its day, which links to it
                Path post = root.resolve("content/tin-tuc/bao-" + tag + "-" + i + ".md");
                Files.writeString(post, "---\ntitle: Tin về " + event.group(1) + "\ndate: " + event.group(2) + "\n---\n\nĐã diễn ra.\n");
                touched.add(root.relativize(post));
                continue;
            }
            String copy = text.replace("Hoạt động ", "Hoạt động thêm " + tag + "-" + i + " ");
            Path other = file.resolveSibling("them-" + tag + "-" + i + ".md");
            switch (random.nextInt(3)) {
                case 0 -> { // removed
                    Files.delete(file);
                    touched.add(rel);
                }
                case 1 -> { // added; a news post's copy, now and then, as a page that is neither news nor a plan
                    if (rel.startsWith("content/tin-tuc") && random.nextBoolean()) {
                        other = root.resolve("content/trang").resolve(other.getFileName());
                        Files.createDirectories(other.getParent());
                        copy = copy.replaceFirst("\ntitle: ", "\ntitle: " + "ABCDE".charAt(random.nextInt(5)) + " ");
                    }
                    Files.writeString(other, copy, StandardCharsets.UTF_8);
                    touched.add(root.relativize(other));
                }
                default -> { // renamed
                    Files.delete(file);
                    Files.writeString(other, text, StandardCharsets.UTF_8);
                    touched.add(rel);
                    touched.add(root.relativize(other));
                }
            }
        }
        return touched;
    }

    private static Content load(Path root) {
        ContentLoader.Loaded loaded = new ContentLoader(root, false).loadAll();
        assertEquals(List.of(), loaded.errors().stream().map(Throwable::getMessage).toList());
        return loaded.content();
    }

    /** The pages rendered, those of files not touched the very objects of before (as the engine keeps them). */
    private static List<RenderedPage> render(Path root, Map<Path, RenderedPage> before, Set<Path> touched) {
        Content content = load(root);
        MarkdownRenderer markdown = new MarkdownRenderer(content.config().allowHtml(), new RelativeUrls(false));
        return content.pages().stream().map(p -> before.containsKey(p.file()) && !touched.contains(p.file())
                ? before.get(p.file()) : markdown.render(p)).toList();
    }

    /** Every list of the site, as text. */
    private static String describe(Site site) {
        StringBuilder out = new StringBuilder();
        out.append("trang ").append(urls(site.pages())).append('\n');
        site.sections().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.append("mục ").append(e.getKey()).append(' ').append(urls(e.getValue())).append('\n'));
        site.tags().forEach(t -> out.append("thẻ ").append(t.name()).append('|').append(t.slug()).append(' ').append(urls(t.pages())).append('\n'));
        site.campaignYears().forEach(y -> out.append("năm chiến dịch ").append(y.campaign()).append(' ').append(y.year()).append(' ')
                .append(y.week()).append(' ').append(urls(y.plans())).append(urls(y.news()))
                .append(y.events().stream().map(SiteUpdateTest::event).toList()).append('\n'));
        site.events().forEach(e -> out.append("sự kiện ").append(event(e)).append(' ').append(e.campaign() == null ? "" : e.campaign().id())
                .append(' ').append(e.year()).append(' ').append(e.anchor()).append('\n'));
        site.years().forEach(y -> out.append("năm ").append(y.year()).append(' ').append(y.plans()).append('/').append(y.news()).append('/')
                .append(y.events()).append(' ').append(entries(y.entries())).append('\n'));
        site.units().forEach(u -> out.append("đơn vị ").append(u.slug()).append('|').append(u.name()).append('|').append(u.spellings())
                .append(' ').append(u.issued()).append('/').append(u.leads()).append('/').append(u.joins()).append(' ')
                .append(entries(u.entries())).append('\n'));
        return out.toString();
    }

    private static List<String> urls(List<RenderedPage> pages) {
        return pages.stream().map(r -> r.page().url()).toList();
    }

    private static String event(Event e) {
        return e.page().page().url() + "#" + e.id();
    }

    private static List<String> entries(List<ArchiveEntry> entries) {
        return entries.stream().map(a -> a.kind() + ":" + (a.event() != null ? event(a.event()) : a.page().page().url())
                + (a.role() == null ? "" : ":" + a.role().id())).toList();
    }

    /** The event links of the new site, sharing what the last site's made of the same events, are those made anew. */
    private static void assertSameLinks(Site last, Site now) {
        EventLinks before = EventLinks.of(last);
        last.section(vn.loa.load.Section.NEWS).forEach(before::reportedBy);
        EventLinks shared = EventLinks.of(now, before);
        EventLinks fresh = EventLinks.of(now);
        for (RenderedPage r : now.section(vn.loa.load.Section.NEWS)) {
            assertEquals(fresh.reportedBy(r), shared.reportedBy(r), r.page().url());
        }
    }

    /** The lists hold the pages given and the events of the site's list, not copies of them. */
    private static void assertOneObjectPerItem(Site site, List<RenderedPage> rendered) {
        Set<Object> pages = Collections.newSetFromMap(new IdentityHashMap<>());
        pages.addAll(rendered);
        Set<Object> events = Collections.newSetFromMap(new IdentityHashMap<>());
        events.addAll(site.events());
        site.pages().forEach(r -> assertTrue(pages.contains(r), r.page().url()));
        site.tags().forEach(t -> t.pages().forEach(r -> assertTrue(pages.contains(r), t.slug())));
        site.campaignYears().forEach(y -> y.events().forEach(e -> assertTrue(events.contains(e), event(e))));
        Stream.concat(site.years().stream().flatMap(y -> y.entries().stream()), site.units().stream().flatMap(u -> u.entries().stream()))
                .forEach(a -> assertTrue(a.event() != null ? events.contains(a.event()) : pages.contains(a.page()), a.toString()));
        site.events().forEach(e -> assertTrue(pages.contains(e.page()), event(e)));
    }
}

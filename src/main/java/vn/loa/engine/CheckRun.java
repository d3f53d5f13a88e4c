package vn.loa.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.loa.LoaException;
import vn.loa.check.CheckReport;
import vn.loa.check.SiteChecker;
import vn.loa.index.Site;
import vn.loa.index.SiteIndexer;
import vn.loa.load.ContentLoader;
import vn.loa.load.Page;
import vn.loa.load.SiteConfig;
import vn.loa.load.YamlMap;
import vn.loa.render.MarkdownRenderer;
import vn.loa.render.RelativeUrls;
import vn.loa.render.RenderedPage;
import vn.loa.theme.Output;
import vn.loa.theme.SiteRenderer;
import vn.loa.theme.Theme;

/**
 * {@code loa check} on the engine: its stages as far as the plan of outputs ({@link SiteChecker.Stages}), each
 * giving every problem it finds instead of stopping, with the pages a build (or an earlier check) of the site left in
 * the build cache: a file whose path, size and time of change are those the cache knows is not read again, nor its
 * page rendered. The cache is the one {@code loa build} uses with its defaults (output {@code site/}, no drafts, no
 * base URL), and the pages this check reads are written back to it, for the next build or check. Nothing else is
 * written: not the output, nor anything outside the cache folder.
 */
public final class CheckRun implements SiteChecker.Stages {

    private final Path root;
    private final BuildOptions options;
    private final LocalDate today;
    private final PageMemo memo;
    private final BuildCache cache;
    private final ContentLoader loader;
    private final AtomicInteger rendered = new AtomicInteger();
    /** The pages the load stage took from the cache, without their bodies, by file. */
    private final Map<Path, Page> withoutBody = new HashMap<>();
    /** The bodies of those pages, read with their front matter and kept until the page is checked. */
    private final Map<Path, String> bodies = new ConcurrentHashMap<>();
    /** Whether the load stage found the content (else there is nothing to keep). */
    private boolean loaded;

    private CheckRun(Path source, LocalDate today, boolean useCache) {
        this.root = source.toAbsolutePath().normalize();
        this.today = today;
        // The settings of a plain `loa build`: the drafts loa check loads are not those the build keeps, and neither
        // changes what a page is read or rendered as.
        this.options = BuildOptions.of(root).withToday(today).withCache(useCache);
        long settings = CacheKeys.settings(options);
        this.memo = new PageMemo(root);
        this.cache = new BuildCache(BuildCache.folderFor(root, settings), Engine.VERSION, settings);
        this.loader = new ContentLoader(root, true, memo).withBodyBudget(CacheKeys.bodyBudget()).keepingFrontMatter();
    }

    /**
     * Checks the site under {@code source} as {@code loa check} does.
     *
     * @param drafts whether drafts get every check
     * @param today  the day the index stage takes as today
     */
    public static CheckReport check(Path source, boolean drafts, LocalDate today) {
        return new CheckRun(source, today, true).run(drafts);
    }

    /** The same without reading the build cache (it is still written), for tests that compare the two. */
    static CheckRun withoutCache(Path source, LocalDate today) {
        return new CheckRun(source, today, false);
    }

    static CheckRun withCache(Path source, LocalDate today) {
        return new CheckRun(source, today, true);
    }

    CheckReport run(boolean drafts) {
        if (options.cache()) {
            cache.loadPages(memo);
            cache.loadTitleKeys();
        }
        CheckReport report;
        try {
            report = new SiteChecker(root, drafts, today).check(this);
        } catch (RuntimeException e) {
            throw Builder.relative(e, root);
        }
        if (loaded) {
            memo.lighten();
            cache.savePages(memo, memo.takeDirty());
            cache.saveTitleKeys();
        }
        return report;
    }

    /** How many Markdown files this check read (not taken from the cache). */
    int pagesRead() {
        return memo.reads();
    }

    /** How many pages this check rendered (not taken from the cache). */
    int pagesRendered() {
        return rendered.get();
    }

    @Override
    public ContentLoader.Loaded load() {
        memo.begin();
        try {
            ContentLoader.Loaded l = loader.loadAll();
            loaded = true;
            l.content().pages().stream().filter(p -> p.markdown().isEmpty()).forEach(p -> withoutBody.put(p.file(), p));
            return l;
        } finally {
            memo.end();
        }
    }

    @Override
    public Optional<YamlMap> yaml(Path file) {
        try {
            Page kept = withoutBody.get(file);
            if (kept != null && !loader.light()) {
                // A page of an earlier build: its file is read once for its front matter and its body.
                ContentLoader.Source source = loader.sourceOf(file);
                bodies.put(file, source.body());
                return Optional.of(source.frontMatter());
            }
            return Optional.of(loader.yamlOf(file));
        } catch (LoaException e) {
            return Optional.empty(); // the load stage has reported it
        }
    }

    @Override
    public Page withBody(Page page) {
        return withBody(page, false);
    }

    /** The page with its body; {@code again}: the body is kept for the checks, which ask for it next. */
    private Page withBody(Page page, boolean again) {
        if (!page.markdown().isEmpty()) {
            return page;
        }
        String body = again ? bodies.get(page.file()) : bodies.remove(page.file());
        return page.withBody(body != null ? body : loader.markdownOf(page));
    }

    /**
     * As the engine renders (see {@link Engine}), giving each page's error instead of stopping at the first. A page
     * rendered here is not kept for the build: the build keeps what search indexes of each page, which a check does
     * not need and would take longer to make than the check's own work.
     */
    @Override
    public List<Object> render(List<Page> pages, SiteConfig config) {
        memo.renderWith(CacheKeys.render(config, options.offline()));
        MarkdownRenderer markdown = new MarkdownRenderer(config.allowHtml(), new RelativeUrls(options.offline()));
        return vn.loa.Parallel.map(pages, p -> {
            RenderedPage known = memo.rendered(p);
            if (known != null) {
                return known;
            }
            rendered.incrementAndGet();
            try {
                RenderedPage r = markdown.render(withBody(p, true));
                // Kept as the engine keeps a page of a site too big to hold every body: the index needs no more.
                return loader.light() ? new RenderedPage(p, null, List.of(), null, p.summary() != null ? null : r.summary(),
                        r.eventAnchors(), r.links()) : r;
            } catch (LoaException e) {
                return e;
            }
        });
    }

    @Override
    public Site index(SiteConfig config, List<RenderedPage> pages) {
        return SiteIndexer.index(config, pages, today);
    }

    @Override
    public Theme theme(SiteConfig config) {
        return Theme.resolve(root, config.theme());
    }

    @Override
    public List<String> plan(Theme theme, Site site) {
        return new SiteRenderer(theme, site.config(), options.offline(), false).plan(site).stream().map(Output::path).toList();
    }
}

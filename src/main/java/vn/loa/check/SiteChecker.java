package vn.loa.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.loa.LoaException;
import vn.loa.index.Site;
import vn.loa.load.Campaign;
import vn.loa.load.Content;
import vn.loa.load.ContentErrors;
import vn.loa.load.ContentLoader;
import vn.loa.load.EventSpec;
import vn.loa.load.FocusWeek;
import vn.loa.load.Page;
import vn.loa.load.Section;
import vn.loa.load.SiteConfig;
import vn.loa.load.YamlMap;
import vn.loa.render.RenderedPage;
import vn.loa.theme.Theme;

/**
 * {@code loa check}: validates a site's content without building it. The engine runs the build's own stages up to
 * planning the output ({@link Stages}: load, render, index, the theme's list of files, with the pages an earlier build
 * or check left in the cache), and this collects every error they report instead of stopping, then checks what the
 * build does not: the schema of front matter and {@code site.yaml}, dates in the body, events against their campaign's
 * focus week and their quoted sentence, links, files and text alternatives of images, images too large
 * ({@code image_max_kb}) and images no page uses ({@link ImageFiles}). Nothing is written.
 */
public final class SiteChecker {

    /**
     * The engine's stages as {@code loa check} runs them ({@code vn.loa.engine.CheckRun}): each as the build runs it,
     * giving what went wrong instead of stopping at it.
     */
    public interface Stages {
        /**
         * The load stage, drafts included: every page that could be read, and the problem of every file left out
         * (an error in {@code site.yaml}: its built-in defaults are used). A missing {@code content/} throws.
         */
        ContentLoader.Loaded load();

        /**
         * A YAML file of the content ({@code content/site.yaml}, or a Markdown file's front matter) with the line of
         * every key; empty when it cannot be read (the load stage has said why).
         */
        Optional<YamlMap> yaml(Path file);

        /** The page with its Markdown body: the engine keeps pages of earlier builds without theirs. */
        Page withBody(Page page);

        /** The render stage: each page rendered, or the {@link LoaException} that stops it, in the pages' order. */
        List<Object> render(List<Page> pages, SiteConfig config);

        /** The index stage; {@link ContentErrors} with every problem it finds. */
        Site index(SiteConfig config, List<RenderedPage> rendered);

        /** The site's theme; a {@link LoaException} when it cannot be read. */
        Theme theme(SiteConfig config);

        /** The files of the built site as the theme stage plans them (content files aside); a {@link LoaException} when it cannot. */
        List<String> plan(Theme theme, Site site);
    }

    private final Path siteRoot;
    private final boolean drafts;
    private final LocalDate today;

    /**
     * @param siteRoot the folder holding {@code content/}
     * @param drafts   whether pages marked {@code draft: true} get every check (without it they are only loaded, as
     *                 the build loads them)
     * @param today    the day the index stage takes as today; its year is the year of undated standalone pages
     */
    public SiteChecker(Path siteRoot, boolean drafts, LocalDate today) {
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
        this.drafts = drafts;
        this.today = today;
    }

    /** Checks the site whose stages these are. */
    public CheckReport check(Stages stages) {
        Findings out = new Findings();
        List<LoaException> rejected;
        Content content;
        try {
            ContentLoader.Loaded loaded = stages.load();
            rejected = loaded.errors();
            content = loaded.content();
        } catch (LoaException e) {
            out.error(e);
            return new CheckReport(out.sorted(), 0, 0);
        }
        rejected.forEach(out::error);
        SiteConfig config = content.config();

        // Front matter and site.yaml against the schema, also for the files the loader rejected.
        Map<Path, YamlMap> yaml = new HashMap<>();
        Path siteYaml = Path.of("content", "site.yaml");
        Optional<YamlMap> siteMap = Files.exists(siteRoot.resolve(siteYaml)) ? stages.yaml(siteYaml) : Optional.empty();
        siteMap.ifPresent(y -> Schema.site(y, f -> addFinding(out, f)));
        Set<Path> markdown = new LinkedHashSet<>();
        content.pages().stream().filter(p -> drafts || !p.draft()).forEach(p -> markdown.add(p.file()));
        for (LoaException e : rejected) {
            if (e.file() != null && e.file().toString().endsWith(".md")) {
                markdown.add(e.file());
            }
        }
        List<Path> mdList = List.copyOf(markdown);
        List<Optional<YamlMap>> frontMatters = vn.loa.Parallel.map(mdList, stages::yaml);
        for (int i = 0; i < mdList.size(); i++) {
            Path md = mdList.get(i);
            frontMatters.get(i).ifPresent(fm -> {
                yaml.put(md, fm);
                Schema.frontMatter(fm, sectionOf(md), f -> addFinding(out, f));
            });
        }

        List<Page> pages = content.pages().stream().filter(p -> drafts || !p.draft()).toList();
        int skipped = content.pages().size() - pages.size();
        int files = pages.size() + (int) rejected.stream().filter(e -> e.file() != null && e.file().toString().endsWith(".md")).count();

        // The render stage: an event whose source sentence is not in the body.
        List<RenderedPage> rendered = new ArrayList<>();
        for (Object r : stages.render(pages, config)) {
            if (r instanceof RenderedPage page) {
                rendered.add(page);
            } else {
                out.error((LoaException) r);
            }
        }

        // The index stage: URLs, campaigns, event ids, focus weeks.
        Site site = null;
        try {
            site = stages.index(config, rendered);
        } catch (ContentErrors errors) {
            for (LoaException e : errors.errors()) {
                out.error(e, e.line() > 0 ? e.line() : keyLine(e, yaml));
            }
        }

        // The theme stage reads theme.yaml and i18n/vi.yaml again, without the loader's limits: not when the loader
        // refused a file of a theme.
        boolean themeRead = rejected.stream().noneMatch(e -> e.file() != null && e.file().startsWith("themes"));
        SitePaths paths = paths(stages, content, config, themeRead ? site : null, themeRead, pages, out);
        Map<String, Campaign> campaigns = campaigns(config, pages);

        // Every page: dates, events, links, images.
        Map<String, Page> byUrl = new HashMap<>();
        Map<Path, Page> byFile = new HashMap<>();
        content.pages().forEach(p -> {
            byUrl.putIfAbsent(p.url(), p);
            byFile.put(p.file(), p);
        });
        siteMap.ifPresent(new LinkChecks(paths, byUrl, byFile, drafts, out)::menu);
        Map<String, List<EventSpec>> campaignEvents = new HashMap<>();
        for (Page p : pages) {
            if (p.campaign() != null && p.yearOfCampaign() != null) {
                campaignEvents.computeIfAbsent(p.campaign() + " " + p.yearOfCampaign(), k -> new ArrayList<>()).addAll(p.events());
            }
        }
        ImageFiles images = new ImageFiles(content.files(), imageMaxKb(siteMap.orElse(null), out));
        List<Findings> perPage = vn.loa.Parallel.map(pages, p -> {
            Findings found = new Findings();
            checkPage(stages.withBody(p), found, campaigns, campaignEvents, paths, byUrl, byFile, yaml.get(p.file()), images);
            return found;
        });
        perPage.forEach(out::addAll);
        // Images used only by pages not checked (drafts) are used all the same.
        vn.loa.Parallel.forEach(content.pages().stream().filter(p -> !drafts && p.draft()).toList(),
                p -> images.useAll(stages.withBody(p)));
        images.unused(siteRoot, siteRoot.resolve(siteYaml), out);
        return new CheckReport(out.sorted(), files, skipped);
    }

    /**
     * The checks {@code loa check} makes on each page, for {@code loa serve}, which makes them on the
     * pages a save changed: the schema of the front matter, dates in the body, events against their
     * campaign's week and their quoted sentence, links and images. Made once for a site (its pages,
     * drafts included, and every file the build makes), and kept while the site's lists stay.
     */
    public static final class PageChecks {
        private final ContentLoader loader;
        private final SitePaths paths = new SitePaths();
        private final Map<String, Page> byUrl = new HashMap<>();
        private final Map<Path, Page> byFile = new HashMap<>();
        private final Map<String, List<EventSpec>> campaignEvents = new HashMap<>();
        private final Map<String, Campaign> campaigns;
        private final SiteChecker checker;

        /** @param loader the engine's loader, which reads a page's front matter again */
        public PageChecks(Path siteRoot, ContentLoader loader, List<Page> pages, SiteConfig config, java.util.Collection<String> outputs,
                          boolean drafts, LocalDate today) {
            this.loader = loader;
            outputs.forEach(paths::add);
            pages.forEach(p -> {
                byUrl.putIfAbsent(p.url(), p);
                byFile.put(p.file(), p);
            });
            List<Page> live = pages.stream().filter(p -> drafts || !p.draft()).toList();
            for (Page p : live) {
                if (p.campaign() != null && p.yearOfCampaign() != null) {
                    campaignEvents.computeIfAbsent(p.campaign() + " " + p.yearOfCampaign(), k -> new ArrayList<>()).addAll(p.events());
                }
            }
            this.campaigns = campaigns(config, live);
            this.checker = new SiteChecker(siteRoot, drafts, today);
        }

        /** What the checks find in these pages (each with its body), in file and line order. */
        public List<Finding> check(List<Page> changed) {
            Findings out = new Findings();
            for (Page p : changed) {
                Optional<YamlMap> fm = yamlOf(loader, p.file());
                fm.ifPresent(y -> Schema.frontMatter(y, sectionOf(p.file()), f -> addFinding(out, f)));
                checker.checkPage(p, out, campaigns, campaignEvents, paths, byUrl, byFile, fm.orElse(null), null);
            }
            return out.sorted();
        }
    }

    /** The checks of one page: dates in its body, its events, its links and images ({@code images} null: not their files). */
    private void checkPage(Page p, Findings out, Map<String, Campaign> campaigns, Map<String, List<EventSpec>> campaignEvents,
                           SitePaths paths, Map<String, Page> byUrl, Map<Path, Page> byFile, YamlMap fm, ImageFiles images) {
        String file = Findings.name(p.file());
        int year = DateChecks.yearOf(p, today.getYear());
        List<DateChecks.Stated> stated = DateChecks.read(p, year);
        DateChecks.problems(file, year, stated, out);
        DateChecks.sources(p, year, out);
        Campaign c = p.campaign() == null ? null : campaigns.get(p.campaign());
        Integer campaignYear = p.yearOfCampaign();
        if (c != null && campaignYear != null) {
            FocusWeek week = c.week(campaignYear);
            DateChecks.windows(p, c.id(), campaignYear, week, out);
            List<EventSpec> pool = p.isPlan() ? p.events() : campaignEvents.get(c.id() + " " + campaignYear);
            DateChecks.coverage(p, week, stated, pool, p.isPlan(), out);
        }
        new LinkChecks(paths, byUrl, byFile, drafts, out, images).check(p, fm);
    }

    /**
     * {@code image_max_kb} of {@code site.yaml}: the largest image file, in KB, a page may use without a warning
     * ({@link ImageFiles#DEFAULT_MAX_KB} when not given); a value that is not a positive whole number is an error.
     */
    private static int imageMaxKb(YamlMap site, Findings out) {
        if (site == null || !site.has("image_max_kb")) {
            return ImageFiles.DEFAULT_MAX_KB;
        }
        try {
            int kb = site.integer("image_max_kb", ImageFiles.DEFAULT_MAX_KB);
            if (kb > 0) {
                return kb;
            }
        } catch (LoaException e) {
            // reported below, as for 0 or less
        }
        out.error(Findings.name(site.file()), site.lineOf("image_max_kb"), "image_max_kb phải là một số nguyên dương (số KB)",
                "ví dụ: image_max_kb: " + ImageFiles.DEFAULT_MAX_KB);
        return ImageFiles.DEFAULT_MAX_KB;
    }

    private static void addFinding(Findings out, Finding f) {
        out.add(f.severity(), f.file(), f.line(), f.message(), f.fix());
    }

    /** The YAML of a content file as the loader reads it; empty when it cannot be read (the loader has said why). */
    private static Optional<YamlMap> yamlOf(ContentLoader loader, Path file) {
        try {
            return Optional.of(loader.yamlOf(file));
        } catch (LoaException e) {
            return Optional.empty(); // the loader has reported it
        }
    }

    private static Section sectionOf(Path file) {
        if (file.getNameCount() < 3) {
            return null;
        }
        return Section.ofFolder(file.getName(1).toString()).orElse(null);
    }

    /**
     * The index stage names some problems by file alone; the key that causes them gives the line: {@code campaign:}
     * for an unknown campaign, {@code focus_week:} for a week moved two ways, {@code slug:} for a URL used twice.
     */
    private static int keyLine(LoaException e, Map<Path, YamlMap> yaml) {
        YamlMap fm = e.file() == null ? null : yaml.get(e.file());
        if (fm == null) {
            return 0;
        }
        String problem = e.problem();
        for (String key : List.of("campaign", "focus_week", "slug")) {
            boolean about = switch (key) {
                case "campaign" -> problem.startsWith("chiến dịch '");
                case "focus_week" -> problem.startsWith("tuần trọng tâm");
                default -> problem.contains("địa chỉ");
            };
            if (about && fm.keys().contains(key)) {
                return fm.lineOf(key);
            }
        }
        return 0;
    }

    /** The focus weeks: the site's campaigns, with the weeks that pages move ({@code focus_week:}). */
    private static Map<String, Campaign> campaigns(SiteConfig config, List<Page> pages) {
        Map<String, Campaign> out = new HashMap<>(config.campaigns());
        for (Page p : pages) {
            Campaign c = p.campaign() == null ? null : out.get(p.campaign());
            if (c != null && p.focusWeek() != null && p.yearOfCampaign() != null
                    && !c.movedWeeks().containsKey(p.yearOfCampaign())) {
                out.put(c.id(), c.withMovedWeek(p.yearOfCampaign(), p.focusWeek()));
            }
        }
        return out;
    }

    /**
     * The files of the built site: as the theme stage plans them when the index stage succeeded, else the pages,
     * the content's files, the theme's static files and the generated areas as a whole.
     */
    private static SitePaths paths(Stages stages, Content content, SiteConfig config, Site site, boolean themeRead, List<Page> pages,
                                   Findings out) {
        SitePaths paths = new SitePaths();
        content.files().forEach(f -> paths.add(f.target()));
        Theme theme = null;
        try {
            theme = themeRead ? stages.theme(config) : null;
        } catch (LoaException e) {
            out.error(e);
        }
        if (site != null && theme != null) {
            try {
                stages.plan(theme, site).forEach(paths::add);
                return paths;
            } catch (LoaException e) {
                out.error(e);
            }
        }
        pages.forEach(p -> paths.add(p.url()));
        if (theme != null) {
            theme.staticFiles().keySet().forEach(paths::add);
        }
        for (String generated : List.of("", "404.html", "robots.txt", "sitemap.xml", "ke-hoach/", "tin-tuc/",
                "ke-hoach/index.xml", "tin-tuc/index.xml")) {
            paths.add(generated);
        }
        for (String prefix : List.of("the/", "chien-dich/", "ke-hoach/trang/", "tin-tuc/trang/")) {
            paths.addGenerated(prefix);
        }
        return paths;
    }
}

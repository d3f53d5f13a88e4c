package vn.loa.engine;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import vn.loa.Key;
import vn.loa.LoaException;
import vn.loa.index.Site;
import vn.loa.index.SiteIndexer;
import vn.loa.load.Content;
import vn.loa.load.ContentErrors;
import vn.loa.load.ContentLoader;
import vn.loa.load.SiteConfig;
import vn.loa.render.MarkdownRenderer;
import vn.loa.render.RelativeUrls;
import vn.loa.render.RenderedPage;
import vn.loa.theme.Output;
import vn.loa.theme.SiteRenderer;
import vn.loa.theme.Theme;
import vn.loa.write.SiteWriter;

/**
 * The incremental engine that {@code build}, {@code serve} and {@code check} share. It runs the
 * stages in order (load → render → index → theme → write) and keys each stage's work by what it
 * was made from, so that a build after an edit redoes only what the edit changed:
 *
 * <ul>
 * <li>load: a Markdown file whose path, size, time of change and attachments are those of the
 * last build is not read again ({@link PageMemo});</li>
 * <li>render: nor is its page rendered again, while the settings of rendering stay;</li>
 * <li>index: the site's lists, tags, archives and calendars are made again from the pages'
 * summaries (a fraction of a second for ten thousand pages);</li>
 * <li>theme: every output is declared with the key of what it reads ({@link vn.loa.theme.OutputPlan}),
 * and only outputs whose key changed are made again;</li>
 * <li>write: only files whose bytes changed are written, and files no longer made are removed
 * ({@link OutputUpdate}).</li>
 * </ul>
 *
 * One engine lives as long as its process: {@code loa serve} keeps it, and with it the pages and
 * the manifest of the output in memory, between builds; a new process starts from the build
 * cache on disk ({@link BuildCache}).
 */
public final class Engine {

    /** Loa's version: part of every key, so that a new Loa never trusts the cache of another. */
    static final String VERSION = version();

    private final BuildOptions options;
    private final Path root;
    private final SiteWriter writer;
    private final PageMemo memo;
    private final BuildCache cache;
    private OutputManifest manifest;
    private boolean lookedAtOutput;
    private SiteRenderer renderer;
    private long rendererKey;
    private Site site;
    /** Files a watcher saw change, relative to the root: what was made from them is made again at the next build. */
    private final java.util.Set<Path> staleFiles = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public Engine(BuildOptions options) {
        this.options = options;
        this.root = options.source().toAbsolutePath().normalize();
        this.writer = new SiteWriter(options.output());
        this.memo = new PageMemo(root);
        long settings = Key.of("settings").add(writer.output().toString()).add(options.drafts()).add(options.offline())
                .add(options.baseUrl()).get();
        this.cache = options.cache() ? new BuildCache(BuildCache.folderFor(root, settings), VERSION, settings) : null;
    }

    /** The site of the last build that got through the index stage, or null. */
    public Site site() {
        return site;
    }

    /** Files that changed (a watcher saw them): read again at the next build whatever their stamps say. */
    public void changed(Collection<Path> files) {
        List<Path> relative = new ArrayList<>();
        for (Path f : files) {
            Path abs = f.toAbsolutePath().normalize();
            if (abs.startsWith(root)) {
                relative.add(root.relativize(abs));
            }
        }
        memo.invalidate(relative);
        staleFiles.addAll(relative);
    }

    /** Builds the site; the output changes only when every output was made. */
    public BuildResult build() {
        try {
            return run();
        } catch (RuntimeException e) {
            throw Builder.relative(e, root);
        }
    }

    private BuildResult run() {
        long start = System.nanoTime();
        Stopwatch clock = new Stopwatch();
        OutputPlaces.check(options.source(), options.output());
        writer.recover();
        writer.checkOutput();
        if (manifest == null) {
            restore();
        }

        memo.begin();
        ContentLoader loader = new ContentLoader(root, options.drafts(), memo);
        ContentLoader.Loaded loaded;
        try {
            loaded = loader.loadAll();
        } finally {
            memo.end();
        }
        Content content = loaded.content();
        clock.lap("load");
        forgetStale(content);
        SiteConfig config = withBaseUrl(content.config());
        // The theme is compiled while nothing else needs the templates; its errors come first. When
        // the content already has errors the pages are still rendered, for the errors only rendering
        // finds, and every content error of the run is reported at once.
        SiteRenderer themeStage = loaded.errors().isEmpty() ? renderer(config) : null;

        List<RenderedPage> rendered = render(content, config, loaded.errors());
        clock.lap("render");

        LocalDate today = options.today() != null ? options.today() : LocalDate.now(config.timeZone());
        site = SiteIndexer.index(config, rendered, today);
        clock.lap("index");
        MarkdownRenderer markdown = new MarkdownRenderer(config.allowHtml(), new RelativeUrls(options.offline()));
        List<Output> outputs = themeStage.plan(site, memo.keysFor(rendered, loader, markdown), VERSION);
        clock.lap("plan");

        boolean trusted = manifest.generation() != null && writer.generation().map(manifest.generation()::equals).orElse(false);
        Map<String, SiteWriter.FileStamp> onDisk = null;
        // Looked at again whenever the manifest is not the output's: another build wrote the output,
        // or this engine's last commit failed and recover() finished it; either left files the
        // manifest does not know, which only a look at the output finds and removes.
        if (!lookedAtOutput || !trusted) {
            onDisk = filesOf(writer.output());
            if (trusted) {
                manifest = verified(manifest, onDisk);
            }
            lookedAtOutput = true;
        }
        OutputManifest before = trusted ? manifest : new OutputManifest(Map.of(), writer.generation().orElse(null));
        OutputUpdate.Result r = new OutputUpdate(writer, before, trusted, onDisk).run(outputs, content.files());
        manifest = r.manifest();
        clock.lap("write");
        memo.lighten();
        if (cache != null) {
            cache.saveManifest(manifest);
            if (memo.reads() > 0) {
                cache.savePages(memo);
            }
        }
        return new BuildResult(content.pages().size(), r.files(), r.written(), r.removed(), memo.reads(), r.made(),
                (System.nanoTime() - start) / 1_000_000, clock.laps());
    }

    /**
     * Forgets what was made from files a watcher saw change, whatever their stamps say (an edit within one tick of a
     * coarse clock keeps a file's size and time): the compiled theme, and the copies of the content's files.
     */
    private void forgetStale(Content content) {
        List<Path> stale = List.copyOf(staleFiles);
        if (stale.isEmpty()) {
            return;
        }
        staleFiles.removeAll(stale);
        if (stale.stream().anyMatch(p -> p.startsWith("themes"))) {
            renderer = null;
        }
        java.util.Set<Path> set = new java.util.HashSet<>(stale);
        for (Content.StaticFile f : content.files()) {
            if (set.contains(root.relativize(f.source().toAbsolutePath().normalize()))) {
                manifest.entries().remove(f.target());
            }
        }
    }

    /** The pages and manifest of the last build of this site, from the cache; nothing when there is none. */
    private void restore() {
        manifest = OutputManifest.empty();
        if (cache == null) {
            return;
        }
        BuildCache.sweep();
        cache.loadPages(memo);
        manifest = cache.loadManifest();
    }

    private SiteConfig withBaseUrl(SiteConfig config) {
        if (options.baseUrl() == null) {
            return config;
        }
        if (!options.baseUrl().matches("https?://[^/\\s]+(/\\S*)?")) {
            throw new LoaException(null, 0, "--base-url phải là địa chỉ web đầy đủ, không phải '" + options.baseUrl() + "'",
                    "viết ví dụ '--base-url https://example.gov.vn/khcn/'");
        }
        String b = options.baseUrl().endsWith("/") ? options.baseUrl() : options.baseUrl() + "/";
        return new SiteConfig(config.title(), config.description(), config.language(), b, config.theme(),
                config.timeZone(), config.pageSize(), config.allowHtml(), config.organisation(), config.pressContact(),
                config.menu(), config.campaigns(), config.params());
    }

    /** The theme stage of the site's theme, compiled again only when a file of the theme or its settings changed. */
    private SiteRenderer renderer(SiteConfig config) {
        Theme theme = Theme.resolve(root, config.theme());
        long key = Key.of("theme").add(config.theme()).addValue(config).add(options.offline()).add(options.strictTemplates())
                .addValue(stamps(root.resolve("themes"))).get();
        if (renderer == null || key != rendererKey) {
            renderer = new SiteRenderer(theme, config, options.offline(), options.strictTemplates());
            rendererKey = key;
        }
        return renderer;
    }

    /** Every page rendered: taken from an earlier build when its file and the settings are the same. */
    private List<RenderedPage> render(Content content, SiteConfig config, List<LoaException> loadErrors) {
        memo.renderWith(Key.of("render").add(config.allowHtml()).add(options.offline()).get());
        MarkdownRenderer markdown = new MarkdownRenderer(config.allowHtml(), new RelativeUrls(options.offline()));
        ConcurrentLinkedQueue<LoaException> errors = new ConcurrentLinkedQueue<>(loadErrors);
        List<RenderedPage> rendered = vn.loa.Parallel.map(content.pages(), p -> {
            RenderedPage known = memo.rendered(p);
            if (known != null) {
                return known;
            }
            try {
                RenderedPage r = markdown.render(p);
                memo.remember(r);
                return r;
            } catch (LoaException e) {
                errors.add(e);
                return null;
            }
        });
        if (!errors.isEmpty()) {
            throw new ContentErrors(ContentLoader.sorted(errors));
        }
        return rendered;
    }

    /**
     * The manifest without the files that are no longer in the output as it says: deleted, or changed by hand (another
     * size, or a time of change after the mark's, which every build that changes the output writes last). A folder output
     * one of whose files is dropped is dropped too, so that it is made again whole.
     */
    private static OutputManifest verified(OutputManifest m, Map<String, SiteWriter.FileStamp> onDisk) {
        SiteWriter.FileStamp mark = onDisk.get(SiteWriter.MARK);
        long written = mark == null ? Long.MIN_VALUE : mark.modified();
        Map<String, OutputManifest.Entry> kept = new HashMap<>();
        List<String> dropped = new ArrayList<>();
        m.entries().forEach((path, e) -> {
            SiteWriter.FileStamp there = onDisk.get(path);
            if (path.endsWith("/") || there != null && there.size() == e.size() && there.modified() <= written) {
                kept.put(path, e);
            } else {
                dropped.add(path);
            }
        });
        for (String d : dropped) {
            kept.keySet().removeIf(folder -> folder.endsWith("/") && d.startsWith(folder));
        }
        return new OutputManifest(kept, m.generation());
    }

    /** The files of the output folder, by path relative to it, with their sizes. */
    private static Map<String, SiteWriter.FileStamp> filesOf(Path output) {
        Map<String, SiteWriter.FileStamp> out = new HashMap<>();
        if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        try {
            Files.walkFileTree(output, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    out.put(output.relativize(file).toString().replace('\\', '/'),
                            new SiteWriter.FileStamp(attrs.size(), attrs.lastModifiedTime().toMillis()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** Path, size and time of change of every file under a folder, for the key of a theme. */
    private static List<Object> stamps(Path folder) {
        List<Object> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (var s = Files.walk(folder)) {
            s.filter(Files::isRegularFile).sorted().forEach(p -> {
                out.add(p.toString());
                out.addAll(vn.loa.load.PageSource.stamp(p));
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private static String version() {
        String v = Engine.class.getPackage().getImplementationVersion();
        return (v == null ? "dev" : v) + "/" + buildStamp() + "/" + System.getProperty("java.version");
    }

    /** When Loa's classes were made: a rebuilt Loa (same version number, other code) never trusts an old cache. */
    private static String buildStamp() {
        try {
            java.net.URL url = Engine.class.getProtectionDomain().getCodeSource().getLocation();
            return String.valueOf(Files.getLastModifiedTime(Path.of(url.toURI())).toMillis());
        } catch (Exception e) {
            return "?";
        }
    }
}

package vn.loa.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
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
import vn.loa.image.PhotoCache;
import vn.loa.theme.Output;
import vn.loa.theme.PlanScope;
import vn.loa.theme.PageKeys;
import vn.loa.theme.SiteRenderer;
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
 * cache on disk ({@link BuildCache}), which {@code --no-cache} keeps it from reading (it is still
 * written, for the next build).
 */
public final class Engine {

    /** Pages read by a save above which serve makes every output at once, not those of the pages first. */
    private static final int QUICK_READS = 20;
    /** Whether a save in serve made the outputs of its pages and left the rest for later. */
    private boolean restPending;
    /** Builds of serve that left a task for later: a task whose build is no longer the last one makes nothing. */
    private long tasksLeft;
    /** A watcher saw files change since the last build began: the rest of a site being made stops for it. */
    private volatile boolean saveWaiting;

    /**
     * Markdown bytes above which pages are loaded and kept without their bodies ({@link ContentLoader#withBodyBudget}):
     * a page's body is held as its Markdown, HTML and text, some six times its file's size, while
     * the heap must also hold the site's lists and the search index being built. The system
     * property {@code loa.bodyBudget} sets it (tests build small sites both ways).
     */
    private final long bodyBudget = CacheKeys.bodyBudget();

    /** Pages read in one build above which its plan is not kept (it would hold their bodies); see {@link #run}. */
    private static final int LIGHTEN_PLAN_AFTER = 200;

    /** Loa's version: part of every key, so that a new Loa never trusts the cache of another. */
    static final String VERSION = CacheKeys.loaVersion();

    private final BuildOptions options;
    private final Path root;
    private final SiteWriter writer;
    private final PageMemo memo;
    private final BuildCache cache;
    /** What the output holds; read by the search index made on serve's task thread ({@link WrittenFiles}). */
    private volatile OutputManifest manifest;
    private final CompiledTheme themes;
    /** The theme of the build under way while it compiles: its errors come before the content's ({@link #themeErrorFirst}). */
    private CompiledTheme.Pending compiling;
    /** How many sites were made by updating the last ({@link SiteIndexer#update}): each one's index key is its own. */
    private long siteUpdates;
    private Plan plan;
    /** The last plan that declared every output: what the output holds, but for the first outputs of saves since. */
    private Plan whole;
    /** The content of the last load without errors, and the files changed since (a watcher saw them). */
    private ContentLoader.Loaded lastLoaded;
    /** The pages of {@link #lastLoaded} that still hold their bodies: kept without them by the next reload. */
    private java.util.Set<Path> lastRead = java.util.Set.of();
    /** The settings of the last build that read them, for the editor's forms. */
    private volatile SiteConfig lastConfig;
    private final java.util.Set<Path> pending = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** What the checks of loa check say of the pages serve read again. */
    private final SavedPageChecks checks;
    /** Files a watcher saw change, relative to the root: what was made from them is made again at the next build. */
    private final java.util.Set<Path> staleFiles = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The photos of the content ({@link Photos}), as the last build read them. */
    private final Photos photos;
    private final FreshOutputs fresh = new FreshOutputs();
    /** The output as the manifest says it was written, for the theme ({@link WrittenFiles}). */
    private final WrittenFiles written;

    public Engine(BuildOptions options) {
        this.options = options;
        this.root = options.source().toAbsolutePath().normalize();
        this.writer = new SiteWriter(options.output());
        this.memo = new PageMemo(root);
        this.written = new WrittenFiles(writer, () -> manifest);
        this.themes = new CompiledTheme(root, options, written);
        this.checks = new SavedPageChecks(root, options.drafts());
        long settings = CacheKeys.settings(options);
        this.cache = new BuildCache(BuildCache.folderFor(root, settings), VERSION, settings);
        this.photos = new Photos(new PhotoCache(BuildCache.base().resolve("photos"), options.cache()),
                BuildCache.folderFor(root, settings).resolve("photos.bin"), options.cache());
    }

    /** Files that changed (a watcher saw them): read again at the next build whatever their stamps say. */
    public void changed(Collection<Path> files) {
        saveWaiting = true;
        fresh.pending(null, null); // until the save is built, the files written are served: no plan held but the engine's
        files.forEach(f -> pending.add(f.toAbsolutePath().normalize()));
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

    /** serve: the output at {@code path} as the plan of now makes it, while the rest of the site is being written ({@link FreshOutputs}). */
    public java.util.Optional<byte[]> fresh(String path) {
        return fresh.of(path);
    }

    /** Whether the last build of serve left outputs besides the search index for later (a template or a summary changed). */
    public synchronized boolean restPending() {
        return restPending;
    }

    /** The site's settings as the last build read them; empty before the first build. */
    public java.util.Optional<SiteConfig> config() {
        return java.util.Optional.ofNullable(lastConfig);
    }

    /** Builds the site; the output changes only when every output was made. */
    public BuildResult build() {
        return build(null);
    }

    /**
     * Builds the site, for {@code loa serve}: the outputs that read the bodies of many pages (the
     * search index, and the search page that names its version) are made by a task handed to
     * {@code later}, to run once the other outputs are in place, so that an edit shows at once and
     * search catches up a moment later. Null: everything now. The task makes them for the pages of
     * the moment it runs, without holding the engine, and puts them in place holding it.
     */
    public synchronized BuildResult build(Consumer<Runnable> later) {
        return build(later, java.util.Set.of());
    }

    /**
     * The same, making first, with the outputs of the pages a save read, the files {@code open}
     * names (the pages open in a browser, {@code tin-tuc/bai/index.html}): after a template is
     * changed, they show it at once and the rest of the site follows.
     */
    public synchronized BuildResult build(Consumer<Runnable> later, java.util.Set<String> open) {
        try (OutputLock lock = OutputLock.take(writer.output(), System.err)) {
            return run(later, open);
        } catch (RuntimeException e) {
            throw Builder.relative(themeErrorFirst(e), root);
        } finally {
            compiling = null;
        }
    }

    /** A build that failed while its theme compiled fails with the theme's errors, when it has some, as it did before the pages were rendered. */
    private RuntimeException themeErrorFirst(RuntimeException e) {
        if (compiling != null) {
            try {
                themes.join(compiling);
            } catch (RuntimeException themeError) {
                return themeError;
            }
        }
        return e;
    }

    private BuildResult run(Consumer<Runnable> deferTo, java.util.Set<String> open) {
        // The first build of an engine makes everything at once: it may find any file in the output.
        Consumer<Runnable> later = manifest == null ? null : deferTo;
        saveWaiting = false;
        written.takeReads();
        long start = System.nanoTime();
        Stopwatch clock = new Stopwatch();
        OutputPlaces.check(options.source(), options.output());
        writer.recover();
        writer.checkOutput();
        Map<String, SiteWriter.FileStamp> onDisk = null;
        java.util.concurrent.CompletableFuture<Map<String, SiteWriter.FileStamp>> walk = null;
        long inputs = 0;
        if (manifest == null) {
            // A new process: when no source changed since the build that wrote the output, and the
            // output is as that build left it, there is nothing to do.
            // The output is looked at (its files and folders against the manifest; a walk of every
            // file when they differ) while the cache is read and the content loaded, on a thread of its own.
            // The stamps of the sources are taken meanwhile too.
            java.util.concurrent.CompletableFuture<Long> sources = java.util.concurrent.CompletableFuture.supplyAsync(this::inputsKey,
                    task -> OutputOnDisk.daemon(task, "loa-sources"));
            manifest = options.cache() ? cache.loadManifest() : OutputManifest.empty();
            walk = OutputOnDisk.looking(writer.output(), manifest, trusted());
            inputs = OutputOnDisk.join(sources);
            // Not for serve, whose next builds start from the pages this one keeps.
            if (deferTo == null && trusted() && inputs == manifest.inputs().key()
                    && ((onDisk = OutputOnDisk.join(walk)) == null || OutputOnDisk.intact(writer.output(), manifest, onDisk))) {
                clock.lap("load");
                OutputManifest.Inputs in = manifest.inputs();
                return new BuildResult(in.pages(), (int) manifest.paths().stream().filter(p -> !p.endsWith("/")).count(), 0, 0, 0,
                        List.of(), 0, in.drafts().stream().map(Path::of).toList(), (System.nanoTime() - start) / 1_000_000,
                        clock.laps());
            }
            restorePages();
        }

        memo.begin();
        ContentLoader loader = new ContentLoader(root, options.drafts(), memo).withBodyBudget(bodyBudget);
        ContentLoader.Loaded loaded;
        boolean onlyMarkdown;
        try {
            // After a save of Markdown files alone, only those are read: content/ is not walked again.
            java.util.Set<Path> changed = java.util.Set.copyOf(pending);
            pending.removeAll(changed);
            java.util.Set<Path> readLast = lastRead;
            java.util.Optional<ContentLoader.Loaded> reloaded = lastLoaded == null ? java.util.Optional.empty()
                    : loader.reload(lastLoaded, changed, p -> readLast.contains(p.file()) ? memo.kept(p) : p);
            if (reloaded.isPresent()) {
                memo.keepAll();
            }
            onlyMarkdown = reloaded.isPresent();
            loaded = reloaded.orElseGet(loader::loadAll);
        } finally {
            memo.end();
        }
        lastLoaded = loaded.errors().isEmpty() ? loaded : null;
        Content content = loaded.content();
        clock.lap("load");
        forgetStale(content);
        SiteConfig config = withBaseUrl(content.config());
        lastConfig = config;
        boolean precompress = config.serving().precompress();
        // The theme compiles while the pages are rendered and indexed, which do not need it; its errors
        // come first. When the content already has errors the pages are still rendered, for the errors
        // only rendering finds, and every content error of the run is reported at once.
        compiling = loaded.errors().isEmpty() ? themes.start(config, onlyMarkdown) : null;

        List<RenderedPage> rendered = render(content, config, loaded.errors(), loader);
        clock.lap("render");

        LocalDate today = options.today() != null ? options.today() : LocalDate.now(config.timeZone());
        MarkdownRenderer markdown = new MarkdownRenderer(config.allowHtml(), new RelativeUrls(options.offline()));
        PageKeys keys = memo.keys(loader, markdown);
        // When no page's summary changed (nor the pages, the settings, the theme or the day), the
        // lists, tags, archives and calendars are those of the last build, and so is the plan of
        // outputs: only the bodies the outputs read are those of now.
        vn.loa.image.Photos photoSet = photos.of(content.files());
        List<Content.StaticFile> copied = photos.copied(content.files());
        clock.lap("photos");
        // After a save of bodies alone (no page added or removed, no summary changed, the same day)
        // the shape is the last plan's, without going through every page again.
        boolean summariesKept = onlyMarkdown && plan != null && today.equals(plan.day()) && themes.join(compiling) == plan.theme()
                && memo.summariesKept();
        // After a save of Markdown files alone, on the same day, the last site with the pages read taken
        // out and put in again: a new site has a key of its own (the next save compares it with its
        // own), without a look at every page. Else every page is keyed, and indexed unless the key is the last.
        Site updated = summariesKept || !onlyMarkdown || plan == null || !today.equals(plan.day()) ? null
                : SiteIndexer.update(plan.site(), rendered).orElse(null);
        long indexKey = summariesKept || updated != null && updated == plan.site() ? plan.indexKey()
                : updated != null ? Key.of("index-updated").add(plan.indexKey()).add(++siteUpdates).get()
                : CacheKeys.index(config, today, rendered, keys);
        long shape = summariesKept ? plan.shape()
                : Key.of("with-photos").add(indexKey).add(compiling.generation()).add(photoSet.key()).get();
        boolean samePlan = plan != null && plan.isWhole() && shape == plan.shape();
        Plan planBefore = plan;
        // A build without a save's task plans the whole site or, below, the outputs since a save: its shape is kept.
        long savedShape = later == null ? Plan.shapeOf(indexKey, compiling.key(), photoSet, copied) : 0;
        // loa build after a save of bodies alone: the outputs that read them (the output as it was: below).
        PlanScope sinceSaved = deferTo == null && planBefore == null && trusted() ? Plan.sinceSaved(manifest, savedShape, memo.read()) : null;
        // serve, after a few Markdown files were saved: first the outputs that read or show them, the
        // own outputs of a page now gone, and the open pages; the rest of the site (the lists a page
        // left among them) follows.
        boolean firstOnly = later != null && trusted() && (samePlan && onlyMarkdown || memo.reads() <= QUICK_READS);
        List<Output> ownGone = !firstOnly || planBefore == null ? List.of() : planBefore.ownOutputs(memo.gone(), whole);
        if (!samePlan) {
            // The index stage does not read the theme: after a template edit its lists are the last build's.
            Site site = plan != null && indexKey == plan.indexKey() ? plan.site() : updated != null ? updated
                    : SiteIndexer.index(config, rendered, today, plan == null ? null : plan.site());
            clock.lap("index");
            CurrentPages pages = new CurrentPages(keys);
            if (firstOnly && onlyMarkdown && whole != null) {
                // Only the kinds of output those are of (and a page's own for these pages alone), each
                // output as the whole plan declares it; the whole plan is made with the rest of the site.
                java.util.Set<String> paths = new java.util.HashSet<>(open);
                ownGone.forEach(o -> paths.add(o.path()));
                PlanScope since = planBefore.isWhole() ? PlanScope.NONE : planBefore.scope();
                plan = whole.scoped(memo.read(), paths, since, shape, indexKey, site, today, pages, photoSet);
            } else if (sinceSaved != null) {
                plan = new Plan(shape, indexKey, site, today, themes.join(compiling), pages, photoSet, sinceSaved);
            } else {
                plan = new Plan(shape, indexKey, site, today, themes.join(compiling), pages, photoSet, PlanScope.ALL);
                whole = plan;
            }
            clock.lap("plan");
        } else {
            plan.pages().set(keys);
            clock.lap("index");
        }

        SiteRenderer themeStage = themes.join(compiling);
        compiling = null;
        if (walk != null) {
            onDisk = OutputOnDisk.join(walk);
        }
        if (sinceSaved != null && onDisk != null) {
            // The output is not as the manifest says: every output is looked at.
            sinceSaved = null;
            plan = new Plan(shape, indexKey, plan.site(), today, themeStage, plan.pages(), photoSet, PlanScope.ALL);
            whole = plan;
        }
        boolean trusted = trusted();
        // Looked at again whenever the manifest is not the output's: another build wrote the output,
        // or this engine's last commit failed and recover() finished it; either left files the
        // manifest does not know, which only a look at the output finds and removes.
        if (onDisk == null && !trusted) {
            onDisk = OutputOnDisk.filesOf(writer.output());
        }
        if (onDisk != null && trusted) {
            manifest = OutputOnDisk.verified(writer.output(), manifest, onDisk);
        }
        OutputManifest before = trusted ? manifest : new OutputManifest(Map.of(), writer.generation().orElse(null));
        List<Output> now = later == null ? plan.outputs() : plan.notDeferred();
        List<Output> deferred = later == null ? List.of() : plan.deferred();
        OutputUpdate update = new OutputUpdate(writer, plan.pages(), before, trusted, onDisk).precompress(precompress);
        OutputUpdate.Result r;
        boolean bodiesOnly = samePlan && onlyMarkdown;
        Plan.First first = null;
        if (firstOnly) {
            // serve: first the outputs that read or show the pages read again. After a save of bodies
            // alone they are the only ones whose keys can have changed; after another save of a few
            // pages (a title, a new page, a rename) the rest follows with the search index.
            first = plan.first(memo.read(), ownGone, open);
            r = update.runSome(first.outputs(), first.removed());
            restPending |= !bodiesOnly;
        } else if (sinceSaved != null) {
            r = update.runSome(plan.outputs(), List.of());
        } else {
            r = update.run(now, copied, pathsOf(deferred));
            restPending = false;
        }
        OutputManifest.Inputs read = new OutputManifest.Inputs(later == null ? (inputs != 0 ? inputs : inputsKey()) : 0,
                content.pages().size(), loaded.drafts().stream().map(Path::toString).toList(), savedShape,
                savedShape == 0 ? List.of() : sinceSaved != null ? manifest.inputs().bodyKinds() : plan.bodyKinds(r.manifest()));
        manifest = r.manifest().withInputs(read);
        clock.lap("write");
        fresh.pending(later != null && restPending ? plan : null, first);
        memo.lighten();
        // The next save's load starts from the pages as the memo keeps them, without their bodies:
        // the few read now are let go of theirs as it passes them, many at once here.
        lastRead = memo.read();
        if (lastLoaded != null && lastRead.size() > LIGHTEN_PLAN_AFTER) {
            java.util.Set<Path> readNow = lastRead;
            lastLoaded = new ContentLoader.Loaded(new Content(root, lastLoaded.content().config(),
                    lastLoaded.content().pages().stream().map(p -> readNow.contains(p.file()) ? memo.kept(p) : p).toList(),
                    lastLoaded.content().files()), lastLoaded.errors(), lastLoaded.drafts());
            lastRead = java.util.Set.of();
        }
        if (later == null) {
            memo.indexWritten();
            save();
        } else {
            Plan planned = plan;
            List<Content.StaticFile> contentFiles = copied;
            long task = ++tasksLeft;
            later.accept(() -> afterIndex(() -> {
                // Planned and made without holding the engine, so that the next save is built meanwhile;
                // put in place while holding it. Keyed before they are made (see OutputUpdate).
                Plan full = planned.whole();
                full.indexByPage(); // which the next save asks, to find the outputs of the pages it reads
                List<Output> deferredNow = full.deferred();
                List<Output> made = new ArrayList<>();
                for (Output o : deferredNow) {
                    if (saveWaiting) {
                        return false; // a newer save came: its task makes them, for the pages of then
                    }
                    long key = o.key(planned.pages());
                    if (o.isFolder()) {
                        Map<String, byte[]> files = o.files().get();
                        made.add(Output.folder(o.path(), key, List.of(), () -> files));
                    } else {
                        byte[] bytes = o.content().get();
                        made.add(new Output(o.path(), key, () -> bytes));
                    }
                }
                synchronized (this) {
                    if (task != tasksLeft || !trusted()) {
                        // A later save came while this was under way: its own task makes the rest, for the
                        // pages of now. Or another build wrote the output: the next save looks at it again.
                        return false;
                    }
                    if (plan == planned) {
                        plan = full;
                        whole = full;
                    }
                    try (OutputLock lock = OutputLock.take(writer.output(), System.err)) {
                        if (restPending) {
                            // The rest of the site after a template or a summary changed: many outputs,
                            // stopped when a save comes, which goes on from where it stopped.
                            OutputUpdate rest = new OutputUpdate(writer, planned.pages(), manifest, true, null)
                                    .precompress(precompress).stoppedBy(() -> {
                                        fresh.yieldToAsked();
                                        return saveWaiting;
                                    });
                            manifest = rest.run(full.notDeferred(), contentFiles, pathsOf(deferredNow)).manifest().withInputs(read);
                            if (rest.stopped()) {
                                return false;
                            }
                            restPending = false;
                            fresh.pending(null, null);
                        }
                        OutputUpdate.Result more = new OutputUpdate(writer, planned.pages(), manifest, true, null).precompress(precompress)
                                .run(made, List.of(), p -> !pathsOf(deferredNow).test(p));
                        manifest = more.manifest().withInputs(read);
                        // Held while the next save waits: given up for it, whose own task writes the cache.
                        cache.save(manifest, photos, memo, () -> saveWaiting);
                        return true;
                    }
                }
            }));
        }
        if (later != null && memo.reads() > 0) {
            // serve: what loa check says of the pages this save changed is found by check(), once
            // the pages are shown.
            checks.read(memo.read(), content, config, today, loader);
        }
        checks.retain(f -> memo.pageOf(f) != null);
        if (memo.reads() > LIGHTEN_PLAN_AFTER && !loader.light()) {
            // A plan of many pages read whole holds their bodies: it is made again from the pages kept.
            // A site loaded without its bodies (too big to hold them) keeps its plan: the pages it lists have none.
            plan = null;
            whole = null;
            if (deferTo != null) {
                // serve: a moment later, so that the first save finds it (else that save makes it); put
                // in place if no build came since.
                long task = ++tasksLeft;
                List<vn.loa.load.Page> pagesNow = content.pages();
                deferTo.accept(() -> {
                    Plan again = Plan.ofKept(memo, pagesNow, config, today, shape, indexKey, themeStage, keys, photoSet);
                    synchronized (this) {
                        if (again != null && task == tasksLeft && plan == null) {
                            plan = again;
                            whole = again;
                        }
                    }
                    if (again != null) {
                        again.indexByPage();
                    }
                });
            }
        } else if (deferTo != null && later == null) {
            // serve's first build: its plan, kept for the saves, gets its index by page meanwhile.
            deferTo.accept(plan::indexByPage);
        }
        return new BuildResult(content.pages().size(), r.files(), r.written(), r.removed(), memo.reads(), r.made(), written.takeReads(),
                loaded.drafts(), (System.nanoTime() - start) / 1_000_000, clock.laps());
    }

    /**
     * Runs the checks of {@code loa check} on the pages the last builds read again (serve, after it
     * shows them), warnings too, and gives what they found of every page: kept for each page until
     * it is read again. Nothing to check: the findings as they were.
     */
    public synchronized List<String> check() {
        return checks.check(plan, manifest::paths, memo::pageOf);
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
            themes.forget();
        }
        java.util.Set<Path> set = new java.util.HashSet<>(stale);
        stale.forEach(p -> photos.forget(root.resolve(p)));
        for (Content.StaticFile f : content.files()) {
            if (set.contains(root.relativize(f.source().toAbsolutePath().normalize()))) {
                manifest.entries().remove(f.target());
            }
        }
    }

    /** Writes the cache, also after --no-cache, which only keeps a build from reading it. */
    private void save() {
        cache.save(manifest, photos, memo, () -> false);
    }

    /**
     * Runs a task of serve that makes the search index and tells whether it put it in the output:
     * if not (a newer save came), the memo gives back what the pages were when the output's index was made.
     */
    private void afterIndex(java.util.function.BooleanSupplier placed) {
        boolean written = false;
        try {
            written = placed.getAsBoolean();
        } finally {
            if (written) {
                memo.indexWritten();
            } else {
                memo.indexDropped();
            }
        }
    }

    /** Whether a path of the output belongs to one of these outputs (a folder output: anything in it). */
    private static java.util.function.Predicate<String> pathsOf(List<Output> outputs) {
        java.util.Set<String> files = new java.util.HashSet<>();
        List<String> folders = new ArrayList<>();
        outputs.forEach(o -> (o.isFolder() ? folders : files).add(o.path()));
        return p -> files.contains(p) || folders.stream().anyMatch(p::startsWith);
    }

    /** The pages of the last build of this site, from the cache; nothing when there is none. */
    private void restorePages() {
        if (options.cache()) {
            BuildCache.sweep();
            cache.loadPages(memo);
            cache.loadTitleKeys();
        }
    }

    /** Whether the manifest describes the output: the output's mark names its generation. */
    private boolean trusted() {
        return manifest.generation() != null && writer.generation().map(manifest.generation()::equals).orElse(false);
    }

    /**
     * The key of everything a build reads: every file of {@code content/} and {@code themes/} by
     * path, size and time of change, the options, Loa's version and the day (which a page may show).
     */
    private long inputsKey() {
        LocalDate today = options.today() != null ? options.today() : LocalDate.now();
        BuildOptions o = options.withCache(true); // reading the cache or not makes the same site
        return Key.of("inputs").add(VERSION).addValue(o.toString()).add(today.toString())
                .addValue(CacheKeys.stamps(root.resolve("content"))).addValue(CacheKeys.stamps(root.resolve("themes"))).get();
    }

    private SiteConfig withBaseUrl(SiteConfig config) {
        if (options.baseUrl() == null) {
            return config;
        }
        String b = vn.loa.load.BaseUrl.ofOption("--base-url", options.baseUrl());
        return config.withBaseUrl(b);
    }

    /** Every page rendered: taken from an earlier build when its file and the settings are the same. */
    private List<RenderedPage> render(Content content, SiteConfig config, List<LoaException> loadErrors, ContentLoader loader) {
        memo.renderWith(CacheKeys.render(config, options.offline()));
        MarkdownRenderer markdown = new MarkdownRenderer(config.allowHtml(), new RelativeUrls(options.offline()));
        ConcurrentLinkedQueue<LoaException> errors = new ConcurrentLinkedQueue<>(loadErrors);
        List<RenderedPage> rendered = vn.loa.Parallel.map(content.pages(), p -> {
            RenderedPage known = memo.rendered(p);
            if (known != null) {
                return known;
            }
            try {
                if (loader.light()) {
                    // A site too big to hold every body: each is read again, rendered, keyed, and let go.
                    return memo.remember(p, markdown.render(p.withBody(loader.markdownOf(p))), false);
                }
                // A page loa check left in the cache comes without its body, and unrendered.
                return memo.remember(p, markdown.render(p.markdown().isEmpty() ? p.withBody(loader.markdownOf(p)) : p), true);
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
}

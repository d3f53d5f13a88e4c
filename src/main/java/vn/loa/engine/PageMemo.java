package vn.loa.engine;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.loa.SpillFile;
import vn.loa.load.ContentLoader;
import vn.loa.load.Page;
import vn.loa.load.PageSource;
import vn.loa.render.MarkdownRenderer;
import vn.loa.render.RenderedPage;
import vn.loa.search.DocTerms;
import vn.loa.theme.PageKeys;

/**
 * The pages of earlier builds, by Markdown file: the page read from it, the page rendered, and
 * the keys of its two parts. The load stage asks it before reading a file ({@link PageSource});
 * a file whose key (path, size, time of change, attachments) has not changed is not read again,
 * and its page is not rendered again while the settings of rendering stay the same.
 */
final class PageMemo implements PageSource {

    /**
     * One Markdown file as a build left it: its page, rendered, the keys of its two parts, and what
     * search indexes of it ({@link DocTerms#toBytes}; null before it is rendered), so that its
     * text need not be kept.
     */
    record Entry(long fileKey, Page page, RenderedPage rendered, long summary, long body, byte[] keptTerms,
                 SpillFile.Spilled spilledTerms, SpillFile.Spilled spilledBody) {

        Entry(long fileKey, Page page, RenderedPage rendered, long summary, long body, byte[] terms) {
            this(fileKey, page, rendered, summary, body, terms, null, null);
        }

        /** The terms, kept in the heap or read back from the disk ({@link SpillFile}); null when none. */
        byte[] terms() {
            return keptTerms != null ? keptTerms : spilledTerms == null ? null : spilledTerms.read();
        }

        boolean hasTerms() {
            return keptTerms != null || spilledTerms != null;
        }
    }

    private final Path root;
    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final Set<Path> seen = ConcurrentHashMap.newKeySet();
    private final Map<Path, Long> fileKeys = new ConcurrentHashMap<>();
    /** Files to read again whatever their key says: the ones a watcher saw change. */
    private final Set<Path> stale = ConcurrentHashMap.newKeySet();
    private final Set<Path> readNow = ConcurrentHashMap.newKeySet();
    /** The pages this build rendered (it read most of them; some it kept, and rendered with new settings). */
    private final Set<Path> rememberedNow = ConcurrentHashMap.newKeySet();
    /** The summary keys of the pages this build read again, as the last build left them. */
    private final Map<Path, Long> summariesBefore = new ConcurrentHashMap<>();
    /**
     * The pages read again since the search index was last made, as they were before ({@link
     * PageKeys#indexed}): the first time since, so that the index in the output can be patched.
     */
    private final Map<Path, Entry> indexedBefore = new ConcurrentHashMap<>();
    /**
     * What {@link #indexedBefore} held of the pages of an index made but not yet in the output: given
     * back if that index is not written ({@link #indexDropped}), as the output still holds the one before.
     */
    private final Map<Path, Entry> indexing = new ConcurrentHashMap<>();
    /** The key of the settings the remembered pages were rendered with. */
    private long renderKey;
    /** The files of the build cache whose pages changed since it was last written. */
    private final Set<Integer> dirty = ConcurrentHashMap.newKeySet();

    PageMemo(Path root) {
        this.root = root;
    }

    @Override
    public Page page(Path file, long key, Supplier<Page> read) {
        Path made = root.relativize(file.toAbsolutePath().normalize());
        Entry e = entries.get(made);
        // The path the memo holds already, which the sets of this build then share (not a copy per build).
        Path rel = e != null && e.page() != null && made.equals(e.page().file()) ? e.page().file() : made;
        seen.add(rel);
        fileKeys.put(rel, key);
        if (e != null && e.fileKey() == key && !stale.remove(rel)) {
            return e.page();
        }
        Entry was = entries.remove(rel);
        if (was != null && was.rendered() != null) {
            summariesBefore.put(rel, was.summary());
            if (was.hasTerms()) {
                indexedBefore.putIfAbsent(rel, was);
            }
        }
        dirty.add(BuildCache.bucket(rel));
        readNow.add(rel);
        Page page = read.get();
        entries.put(rel, new Entry(key, page, null, 0, 0, null)); // a draft is read, and never rendered
        return page;
    }

    @Override
    public void gone(Path file) {
        Path rel = root.relativize(file.toAbsolutePath().normalize());
        if (entries.remove(rel) != null) {
            dirty.add(BuildCache.bucket(rel));
        }
        goneNow.add(rel);
    }

    /** The files this build was told are no longer part of the site ({@link #gone}), relative to the root. */
    private final Set<Path> goneNow = ConcurrentHashMap.newKeySet();

    Set<Path> gone() {
        return Set.copyOf(goneNow);
    }

    /** The rendered page of a page read by this build, when an earlier build rendered the same file. */
    RenderedPage rendered(Page page) {
        Entry e = entries.get(page.file());
        return e != null && e.page() == page ? e.rendered() : null;
    }

    /** The page as the memo keeps it now (without its body after {@link #lighten}): the same read of the same file. */
    Page kept(Page page) {
        Entry e = entries.get(page.file());
        return e != null ? e.page() : page;
    }

    /** Whether this build read the file of a page (or took it from an earlier build). */
    boolean knows(Page page) {
        Entry e = entries.get(page.file());
        return e != null && e.page() == page;
    }

    /**
     * Remembers a page this build rendered, and gives it as the build keeps it: whole, or without
     * its HTML and text ({@code keepBody} false: read and rendered again when an output shows it),
     * the page as it was loaded in either case.
     */
    RenderedPage remember(Page loaded, RenderedPage r, boolean keepBody) {
        // Without its body, a page keeps no headings (they come with its body, PageView#getToc), and
        // no summary of its text when its front matter gives one: lists, search and keys show that
        // one (100,000 pages: 48 MB and 39 MB).
        RenderedPage kept = keepBody ? r
                : new RenderedPage(loaded, null, List.of(), null, loaded.summary() != null ? null : r.summary(), r.eventAnchors(), r.links());
        Long key = fileKeys.get(loaded.file());
        if (key == null && entries.get(loaded.file()) != null) {
            key = entries.get(loaded.file()).fileKey(); // kept from the last build ({@link #keepAll})
        }
        rememberedNow.add(loaded.file());
        dirty.add(BuildCache.bucket(loaded.file())); // a page loa check left unrendered is kept rendered now
        if (key != null) {
            byte[] terms = termsOf(r);
            // A page kept without its body is one of a site too big for the heap: its terms go to disk.
            SpillFile.Spilled spilled = keepBody || terms == null ? null : termsFile.put(terms);
            entries.put(loaded.file(), new Entry(key, loaded, kept, PageKeys.summaryOf(r), PageKeys.bodyOf(r),
                    spilled == null ? terms : null, spilled, keepBody ? null : bodies.put(r)));
        }
        return kept;
    }

    /** The search terms of the pages kept without their bodies. */
    private final SpillFile termsFile = new SpillFile("loa-terms-");
    /** The bodies of the pages kept without them, rendered by this process. */
    private final SpilledBodies bodies = new SpilledBodies();

    /** Bytes of search terms the pages read from the build cache keep in the heap, and how many they may. */
    private final java.util.concurrent.atomic.AtomicLong cachedTerms = new java.util.concurrent.atomic.AtomicLong();
    private final long termsBudget = CacheKeys.bodyBudget();

    /**
     * A page as the build cache kept it. Its terms stay in the heap while those of the pages read
     * so far weigh less than the body budget ({@link CacheKeys#bodyBudget}); past it they go to
     * disk, as those of a page rendered without keeping its body: 100,000 pages' terms weigh
     * about 200 MB, a fifth of the default heap, that {@code loa serve} would otherwise hold.
     */
    Entry cached(long fileKey, Page page, RenderedPage rendered, long summary, long body, byte[] terms) {
        if (terms != null && cachedTerms.addAndGet(terms.length) > termsBudget) {
            SpillFile.Spilled spilled = termsFile.put(terms);
            if (spilled != null) {
                return new Entry(fileKey, page, rendered, summary, body, null, spilled, null);
            }
        }
        return new Entry(fileKey, page, rendered, summary, body, terms);
    }

    /** What search indexes of a rendered page, as bytes; null for a page too big to keep them (made again when needed). */
    static byte[] termsOf(RenderedPage r) {
        try {
            return PageKeys.termsOf(r).toBytes();
        } catch (IllegalStateException e) {
            return null;
        }
    }

    /** Starts a build: forgets which files the last one saw, read and rendered. */
    void begin() {
        seen.clear();
        fileKeys.clear();
        readNow.clear();
        rememberedNow.clear();
        summariesBefore.clear();
        goneNow.clear();
        whole = true;
    }

    /** Keeps every page of the last build: this one read only the files that changed. */
    void keepAll() {
        whole = false;
    }

    /** Whether this build saw every file (else it read only those that changed, and kept the rest: {@link #keepAll}). */
    private boolean whole = true;

    /** Ends a build: forgets the files it did not see (deleted, or now unreadable). */
    void end() {
        if (whole) {
            entries.keySet().stream().filter(rel -> !seen.contains(rel)).forEach(rel -> dirty.add(BuildCache.bucket(rel)));
            entries.keySet().retainAll(seen);
            indexedBefore.keySet().retainAll(seen);
        }
        stale.clear();
    }

    /**
     * Whether every page this build read again has the summary the last build left, and none is
     * gone: with no page added or removed, the lists, archives and calendars are then those of the last build.
     */
    boolean summariesKept() {
        if (!goneNow.isEmpty()) {
            return false;
        }
        for (Path rel : readNow) {
            Long before = summariesBefore.get(rel);
            Entry e = entries.get(rel);
            if (before == null || e == null || e.rendered() == null || e.summary() != before) {
                return false;
            }
        }
        return true;
    }

    /** The page read from a file of the site (relative to its root), as the memo keeps it; null when none. */
    Page pageOf(Path rel) {
        Entry e = entries.get(rel);
        return e == null ? null : e.page();
    }

    /** The cache files to write again, and forgets them. */
    Set<Integer> takeDirty() {
        Set<Integer> out = Set.copyOf(dirty);
        dirty.removeAll(out);
        return out;
    }

    /** How many files the last build read (not taken from an earlier build). */
    int reads() {
        return readNow.size();
    }

    /** The files the last build read, relative to the site root. */
    Set<Path> read() {
        return Set.copyOf(readNow);
    }

    /** Marks files to be read again at the next build, whatever their key. */
    void invalidate(Collection<Path> relative) {
        stale.addAll(relative);
    }

    Collection<Entry> entries() {
        return entries.values();
    }

    void put(Path rel, Entry e) {
        entries.put(rel, e);
    }

    /** The search index made last is in the output: what the pages were before it is forgotten. */
    void indexWritten() {
        indexing.clear();
    }

    /**
     * The search index made last was not written (a newer save came, or its task failed): the
     * output holds the one before, made from the pages as {@link #indexedBefore} held them then.
     */
    void indexDropped() {
        indexedBefore.putAll(indexing);
        indexing.clear();
    }

    /** Forgets every page when the settings of rendering are not those the remembered pages were rendered with. */
    void renderWith(long key) {
        if (renderKey != 0 && key != renderKey) {
            entries.clear();
            indexedBefore.clear();
            indexing.clear();
            for (int b = 0; b < BuildCache.BUCKETS; b++) {
                dirty.add(b);
            }
        }
        renderKey = key;
    }

    long renderKey() {
        return renderKey;
    }

    /**
     * Keeps the pages without their bodies (HTML and text), which are read again when an output
     * needs one; search has their terms.
     */
    void lighten() {
        // Only pages read or rendered by this build hold a body: the others were lightened by the
        // build that made them, or come from the cache without.
        Set<Path> now = new java.util.HashSet<>(readNow);
        now.addAll(rememberedNow);
        rememberedNow.clear();
        for (Path rel : now) {
            entries.computeIfPresent(rel, (k, e) -> {
                RenderedPage r = e.rendered();
                if (e.page().markdown().isEmpty() && (r == null || r.html() == null && (r.text() == null || !e.hasTerms()))) {
                    return e;
                }
                Page light = e.page().withoutBody();
                return new Entry(e.fileKey(), light, r == null ? null
                        : new RenderedPage(light, null, r.toc(), e.hasTerms() ? null : r.text(), r.summary(), r.eventAnchors(),
                        r.links()), e.summary(), e.body(), e.keptTerms(), e.spilledTerms(), e.spilledBody());
            });
        }
    }

    /** How this build reads and renders a body again, for {@link #keys}. */
    private volatile ContentLoader loader;
    private volatile MarkdownRenderer markdown;

    /**
     * The keys of the pages of now, and their bodies for the outputs that show them: a page is
     * found by its file, so that the lists of an earlier build (kept while only bodies change)
     * lead to the page of now; one kept without its HTML gets it by reading and rendering its file
     * again. A view of the memo, not a copy: a build after a save costs nothing for the pages it
     * did not read. (While {@code loa serve} makes the search index of one save and reads the
     * next, the index may see pages newer than its key: it is then made once more, never kept
     * older than its key.)
     */
    PageKeys keys(ContentLoader loader, MarkdownRenderer markdown) {
        this.loader = loader;
        this.markdown = markdown;
        return keys;
    }

    private final PageKeys keys = new PageKeys() {
        private Entry of(RenderedPage page) {
            Entry e = entries.get(page.page().file());
            return e != null && e.rendered() != null ? e : null;
        }

        @Override
        public long summary(RenderedPage page) {
            Entry e = of(page);
            return e != null ? e.summary() : PageKeys.summaryOf(page);
        }

        @Override
        public long body(RenderedPage page) {
            Entry e = of(page);
            return e != null ? e.body() : PageKeys.bodyOf(page);
        }

        @Override
        public RenderedPage current(RenderedPage page) {
            Entry e = of(page);
            return e != null ? e.rendered() : page;
        }

        @Override
        public RenderedPage whole(RenderedPage page) {
            Entry e = of(page);
            RenderedPage now = e != null ? e.rendered() : page;
            if (now.html() != null && now.text() != null) {
                return now;
            }
            if (e != null && e.spilledBody() != null) {
                return SpilledBodies.read(e.spilledBody(), now);
            }
            return markdown.render(now.page().withBody(loader.markdownOf(now.page())));
        }

        @Override
        public DocTerms terms(RenderedPage page) {
            Entry e = of(page);
            byte[] terms = e == null ? null : e.terms();
            if (terms != null) {
                try {
                    return DocTerms.fromBytes(terms);
                } catch (java.io.IOException ex) {
                    // made by this process, or read back whole from the cache: cannot be; made again below all the same
                }
            }
            return PageKeys.super.terms(page);
        }

        @Override
        public Indexed indexed(RenderedPage page) {
            // An index made but not yet written (the task of a save, which may make it again when a
            // newer save changed the pages meanwhile): the output holds the index of before it.
            Entry e = indexing.get(page.page().file());
            e = e != null ? e : indexedBefore.get(page.page().file());
            byte[] terms = e == null ? null : e.terms();
            try {
                return terms == null ? null : new Indexed(e.body(), DocTerms.fromBytes(terms));
            } catch (java.io.IOException ex) {
                return null; // made by this process, or read back whole from the cache: cannot be; the index is built whole
            }
        }

        @Override
        public void reindexed(Collection<RenderedPage> pages) {
            for (RenderedPage p : pages) {
                Entry was = indexedBefore.remove(p.page().file());
                if (was != null) {
                    indexing.putIfAbsent(p.page().file(), was);
                }
            }
        }
    };
}

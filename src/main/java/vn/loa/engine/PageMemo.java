package vn.loa.engine;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.HashMap;
import java.util.List;
import vn.loa.Parallel;
import vn.loa.load.ContentLoader;
import vn.loa.load.Page;
import vn.loa.load.PageSource;
import vn.loa.render.MarkdownRenderer;
import vn.loa.render.RenderedPage;
import vn.loa.search.DocTerms;
import vn.loa.search.SearchDoc;
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
    record Entry(long fileKey, Page page, RenderedPage rendered, long summary, long body, byte[] terms) {
    }

    private final Path root;
    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final Set<Path> seen = ConcurrentHashMap.newKeySet();
    private final Map<Path, Long> fileKeys = new ConcurrentHashMap<>();
    /** Files to read again whatever their key says: the ones a watcher saw change. */
    private final Set<Path> stale = ConcurrentHashMap.newKeySet();
    private final Set<Path> readNow = ConcurrentHashMap.newKeySet();
    /** The key of the settings the remembered pages were rendered with. */
    private long renderKey;
    /** The files of the build cache whose pages changed since it was last written. */
    private final Set<Integer> dirty = ConcurrentHashMap.newKeySet();

    PageMemo(Path root) {
        this.root = root;
    }

    @Override
    public Page page(Path file, long key, Supplier<Page> read) {
        Path rel = root.relativize(file.toAbsolutePath().normalize());
        seen.add(rel);
        fileKeys.put(rel, key);
        Entry e = entries.get(rel);
        if (e != null && e.fileKey() == key && !stale.remove(rel)) {
            return e.page();
        }
        entries.remove(rel);
        dirty.add(BuildCache.bucket(rel));
        readNow.add(rel);
        Page page = read.get();
        entries.put(rel, new Entry(key, page, null, 0, 0, null)); // a draft is read, and never rendered
        return page;
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
        RenderedPage kept = keepBody ? r
                : new RenderedPage(loaded, null, r.toc(), null, r.summary(), r.eventAnchors(), r.links());
        Long key = fileKeys.get(loaded.file());
        if (key != null) {
            entries.put(loaded.file(), new Entry(key, loaded, kept, PageKeys.summaryOf(r), PageKeys.bodyOf(r), termsOf(r)));
        }
        return kept;
    }

    /** What search indexes of a rendered page, as bytes; null for a page too big to keep them (made again when needed). */
    static byte[] termsOf(RenderedPage r) {
        try {
            return DocTerms.of(SearchDoc.of(r, u -> u)).toBytes();
        } catch (IllegalStateException e) {
            return null;
        }
    }

    /** Starts a build: forgets which files the last one saw. */
    void begin() {
        seen.clear();
        fileKeys.clear();
        readNow.clear();
    }

    /** Keeps every page of the last build: this one read only the files that changed. */
    void keepAll() {
        seen.addAll(entries.keySet());
        entries.forEach((rel, e) -> fileKeys.putIfAbsent(rel, e.fileKey()));
    }

    /** Ends a build: forgets the files it did not see (deleted, or now unreadable). */
    void end() {
        entries.keySet().stream().filter(rel -> !seen.contains(rel)).forEach(rel -> dirty.add(BuildCache.bucket(rel)));
        entries.keySet().retainAll(seen);
        stale.clear();
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

    /** Forgets every page when the settings of rendering are not those the remembered pages were rendered with. */
    void renderWith(long key) {
        if (renderKey != 0 && key != renderKey) {
            entries.clear();
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
        entries.replaceAll((rel, e) -> {
            RenderedPage r = e.rendered();
            if (e.page().markdown().isEmpty() && (r == null || r.html() == null && (r.text() == null || e.terms() == null))) {
                return e;
            }
            Page light = e.page().withoutBody();
            return new Entry(e.fileKey(), light, r == null ? null
                    : new RenderedPage(light, null, r.toc(), e.terms() != null ? null : r.text(), r.summary(), r.eventAnchors(), r.links()),
                    e.summary(), e.body(), e.terms());
        });
    }

    /**
     * The keys of this build's pages, made once, and their bodies for the outputs that show them:
     * a page is found by its file, so that the lists of an earlier build (kept while only bodies
     * change) lead to the page of now; one kept from an earlier build has no HTML, and gets it by
     * reading and rendering its file again.
     */
    PageKeys keysFor(List<RenderedPage> pages, ContentLoader loader, MarkdownRenderer markdown) {
        Map<Path, RenderedPage> byFile = new HashMap<>();
        Map<Path, long[]> keys = new HashMap<>();
        Map<Path, byte[]> terms = new HashMap<>();
        List<long[]> made = Parallel.map(pages, r -> {
            Entry e = entries.get(r.page().file());
            return e != null && e.rendered() == r ? new long[] {e.summary(), e.body()}
                    : new long[] {PageKeys.summaryOf(r), PageKeys.bodyOf(r)};
        });
        for (int i = 0; i < pages.size(); i++) {
            Path file = pages.get(i).page().file();
            byFile.put(file, pages.get(i));
            keys.put(file, made.get(i));
            Entry e = entries.get(file);
            if (e != null && e.rendered() == pages.get(i) && e.terms() != null) {
                terms.put(file, e.terms());
            }
        }
        return new PageKeys() {
            @Override
            public long summary(RenderedPage page) {
                long[] k = keys.get(page.page().file());
                return k != null ? k[0] : PageKeys.summaryOf(page);
            }

            @Override
            public long body(RenderedPage page) {
                long[] k = keys.get(page.page().file());
                return k != null ? k[1] : PageKeys.bodyOf(page);
            }

            @Override
            public RenderedPage current(RenderedPage page) {
                return byFile.getOrDefault(page.page().file(), page);
            }

            @Override
            public RenderedPage whole(RenderedPage page) {
                RenderedPage now = current(page);
                if (now.html() != null && now.text() != null) {
                    return now;
                }
                return markdown.render(now.page().withBody(loader.markdownOf(now.page())));
            }

            @Override
            public DocTerms terms(RenderedPage page) {
                byte[] kept = terms.get(page.page().file());
                if (kept != null) {
                    try {
                        return DocTerms.fromBytes(kept);
                    } catch (java.io.IOException e) {
                        // made by this process: cannot be; made again below all the same
                    }
                }
                return PageKeys.super.terms(page);
            }
        };
    }
}

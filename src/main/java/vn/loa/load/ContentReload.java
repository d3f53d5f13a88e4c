package vn.loa.load;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.loa.LoaException;

/**
 * The content after some files under {@code content/} were saved, added, removed or renamed,
 * made from the content of the last load without walking the folder again: each Markdown file
 * that is there is read (as {@link ContentLoader#loadAll} reads it), each that is gone leaves the
 * site, and the checks only the whole site can make are made again when a page's part in them
 * changed. What this cannot tell without a walk makes it give up ({@link #of} is empty), and the
 * caller loads everything: a page bundle added or removed, a folder, a file that is not Markdown
 * (a photo, {@code site.yaml}, a theme's file), a symbolic link, or a last load with errors.
 */
final class ContentReload {

    private final ContentLoader loader;
    private final Path siteRoot;
    private final Path contentDir;
    private final boolean drafts;
    private final PageSource source;

    ContentReload(ContentLoader loader, Path siteRoot, boolean drafts, PageSource source) {
        this.loader = loader;
        this.siteRoot = siteRoot;
        this.contentDir = siteRoot.resolve("content");
        this.drafts = drafts;
        this.source = source;
    }

    Optional<ContentLoader.Loaded> of(ContentLoader.Loaded before, Collection<Path> changed, java.util.function.UnaryOperator<Page> kept) {
        if (!before.errors().isEmpty() || changed.isEmpty()) {
            return Optional.empty();
        }
        Map<Path, Path> wanted = new LinkedHashMap<>(); // relative to the root → absolute
        for (Path c : changed) {
            Path abs = c.toAbsolutePath().normalize();
            if (!abs.startsWith(contentDir) || abs.equals(contentDir)) {
                return Optional.empty();
            }
            wanted.put(siteRoot.relativize(abs), abs);
        }
        // The pages of the changed files, found in one pass: a save costs a look at each page, no more.
        Map<Path, Page> was = new HashMap<>();
        for (Page p : before.content().pages()) {
            if (wanted.containsKey(p.file())) {
                was.put(p.file(), p);
            }
        }
        Set<Path> draftsBefore = new HashSet<>(before.drafts());
        Map<Path, List<Attachment>> bundles = new HashMap<>();
        List<Path> toRead = new ArrayList<>();
        Set<Path> gone = new HashSet<>();
        for (Map.Entry<Path, Path> w : wanted.entrySet()) {
            Path rel = w.getKey();
            Path abs = w.getValue();
            Page page = was.get(rel);
            boolean known = page != null || draftsBefore.contains(rel);
            if (hidden(abs)) {
                continue; // never part of the site (an editor's temporary file)
            }
            if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
                if (known && !bundleIndex(abs)) {
                    gone.add(rel);
                } else if (known || holdsAnything(abs, before)) {
                    return Optional.empty(); // a bundle's files, or a folder of pages, went with it
                }
                continue; // came and went between two looks: nothing of the site
            }
            if (!markdown(abs) || !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            if (bundleIndex(abs)) {
                if (page == null) {
                    return Optional.empty(); // a new bundle: its files are published beside it
                }
                bundles.put(abs.getParent(), page.attachments());
            } else if (page == null && inBundle(abs)) {
                return Optional.empty(); // the error the walk reports for it
            }
            toRead.add(abs);
        }

        List<LoaException> problems = new ArrayList<>();
        Map<Path, PageReader.Read> fresh = new HashMap<>();
        Set<Path> draftsNow = new HashSet<>(draftsBefore);
        draftsNow.removeAll(gone);
        for (Path md : toRead) {
            Path rel = siteRoot.relativize(md);
            draftsNow.remove(rel);
            try {
                PageReader.Read r = loader.readPage(md, bundles);
                if (drafts || !r.page().draft()) {
                    fresh.put(rel, r);
                } else {
                    draftsNow.add(rel);
                }
            } catch (LoaException e) {
                problems.add(e);
            }
        }
        gone.forEach(rel -> source.gone(siteRoot.resolve(rel)));

        // One pass over the pages, each kept as it was but those saved: a save costs a look at each page, no more.
        List<Page> pages = new ArrayList<>(before.content().pages().size() + fresh.size());
        boolean sameSiteFacts = problems.isEmpty() && gone.isEmpty();
        int placed = 0;
        for (Page p : before.content().pages()) {
            if (!wanted.containsKey(p.file())) {
                pages.add(kept.apply(p));
                continue;
            }
            PageReader.Read r = fresh.get(p.file());
            if (r == null) {
                sameSiteFacts = false;
                continue; // gone, a draft now, or unreadable: its error is reported
            }
            sameSiteFacts &= SiteChecks.sameFacts(p, r.page());
            pages.add(r.page());
            placed++;
        }
        if (placed < fresh.size()) {
            // Pages new to the site, each put in its place in the order of the walk (by path), which the pages kept are in.
            sameSiteFacts = false;
            Comparator<Page> byPath = Comparator.comparing(p -> p.file().toString());
            fresh.forEach((rel, r) -> {
                if (!was.containsKey(rel)) {
                    int at = java.util.Collections.binarySearch(pages, r.page(), byPath);
                    pages.add(at < 0 ? -at - 1 : at, r.page());
                }
            });
        }
        SiteConfig config = before.content().config();
        if (!sameSiteFacts) {
            // What only the whole site can tell is told again only when a page's part of it changed.
            // The site before passed them all: what the pages saved or gone can have broken is checked.
            List<PageReader.Read> reads = new ArrayList<>(pages.size());
            List<PageReader.Read> saved = new ArrayList<>(fresh.size());
            for (Page p : pages) {
                PageReader.Read r = fresh.get(p.file());
                if (r != null && r.page() == p) {
                    reads.add(r);
                    saved.add(r);
                } else {
                    reads.add(new PageReader.Read(p, () -> loader.frontMatterOf(siteRoot.resolve(p.file()), p.file())));
                }
            }
            boolean eventsMoved = was.values().stream().anyMatch(p -> !p.events().isEmpty())
                    || saved.stream().anyMatch(r -> !r.page().events().isEmpty());
            SiteChecks.checkAfterSave(reads, saved, eventsMoved, config, problems);
        }
        List<Path> skipped = new ArrayList<>(draftsNow);
        skipped.sort(Comparator.comparing(Path::toString));
        return Optional.of(new ContentLoader.Loaded(new Content(siteRoot, config, pages, before.content().files()),
                ContentLoader.sorted(problems), skipped));
    }

    private static boolean markdown(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
    }

    /** A file or folder the walk never enters: its name, or a folder's above it, starts with a dot. */
    private boolean hidden(Path abs) {
        for (Path p = abs; p != null && !p.equals(contentDir); p = p.getParent()) {
            if (p.getFileName().toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The {@code index.md} of a page bundle: a folder of its own under a section. */
    private boolean bundleIndex(Path abs) {
        return abs.getFileName().toString().equals("index.md") && !abs.getParent().equals(contentDir);
    }

    /** Whether a folder above the file holds an {@code index.md}: the file is one of a bundle's. */
    private boolean inBundle(Path abs) {
        for (Path p = abs.getParent(); p != null && !p.equals(contentDir); p = p.getParent()) {
            if (Files.exists(p.resolve("index.md"), LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a path that is gone held a page, a draft or a file of the last load: a folder moved away. */
    private boolean holdsAnything(Path abs, ContentLoader.Loaded before) {
        Path rel = siteRoot.relativize(abs);
        return before.content().pages().stream().anyMatch(p -> p.file().startsWith(rel))
                || before.drafts().stream().anyMatch(d -> d.startsWith(rel))
                || before.content().files().stream().anyMatch(f -> f.source().toAbsolutePath().normalize().startsWith(abs));
    }
}

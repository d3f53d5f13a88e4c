package vn.loa.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.loa.check.Finding;
import vn.loa.check.SiteChecker;
import vn.loa.load.Content;
import vn.loa.load.ContentLoader;
import vn.loa.load.Page;
import vn.loa.load.SiteConfig;

/**
 * What the checks of {@code loa check} say of the pages {@code loa serve} read again after each
 * save, warnings too: the pages of a build are noted when it ends, and checked once they are shown
 * ({@link Engine#check}). What is found is kept for each page until it is read again.
 */
final class SavedPageChecks {

    /** What a build read, and what the checks need of it. */
    private record Read(Set<Path> files, Content content, SiteConfig config, LocalDate today, ContentLoader loader) {
    }

    private final Path root;
    private final boolean drafts;
    private Read toCheck;
    /** The checks for the pages of the site of a plan, made once for it. */
    private SiteChecker.PageChecks checks;
    private Object checksFor;
    private final Map<Path, List<String>> found = new TreeMap<>();

    SavedPageChecks(Path root, boolean drafts) {
        this.root = root;
        this.drafts = drafts;
    }

    /** Notes the files a build read (relative to the root), with those of a build not checked yet. */
    void read(Set<Path> files, Content content, SiteConfig config, LocalDate today, ContentLoader loader) {
        Set<Path> all = new HashSet<>(files);
        if (toCheck != null) {
            all.addAll(toCheck.files());
        }
        toCheck = new Read(all, content, config, today, loader);
    }

    /** Forgets what was found in pages that are no longer there. */
    void retain(Predicate<Path> present) {
        found.keySet().removeIf(present.negate());
    }

    /**
     * Checks the pages noted, and gives what the checks found of every page.
     *
     * @param plan   the plan of outputs the checks' paths come from; a new one makes new checks (null: always)
     * @param paths  every path of the output, asked for when the checks are made
     * @param pageOf the page kept for a file
     */
    List<String> check(Object plan, Supplier<? extends Collection<String>> paths, Function<Path, Page> pageOf) {
        Read c = toCheck;
        toCheck = null;
        if (c != null) {
            // A file gone since the build (removed or renamed away): the save that follows checks what is left.
            List<Page> pages = c.files().stream().sorted().filter(f -> java.nio.file.Files.isRegularFile(root.resolve(f)))
                    .map(pageOf).filter(p -> p != null && (drafts || !p.draft()))
                    .map(p -> p.markdown().isEmpty() ? p.withBody(c.loader().markdownOf(p)) : p).toList();
            if (checks == null || checksFor != plan || plan == null) {
                Set<String> all = new HashSet<>(paths.get());
                c.content().files().forEach(f -> all.add(f.target()));
                checks = new SiteChecker.PageChecks(root, c.loader(), c.content().pages(), c.config(), all, drafts, c.today());
                checksFor = plan;
            }
            c.files().forEach(found::remove);
            for (Finding f : checks.check(pages)) {
                found.computeIfAbsent(Path.of(f.file()), k -> new ArrayList<>()).add(f.format());
            }
        }
        return found.values().stream().flatMap(List::stream).toList();
    }
}

package vn.loa.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.loa.text.Vietnamese;

/**
 * Every file the site will have, by path relative to the output ({@code tin-tuc/x/index.html}): the pages, lists,
 * feeds and calendars the theme stage plans, the content's own files and bundle files, and the theme's static files.
 * When the theme stage cannot plan (the index stage found errors), the areas Loa generates are accepted as a whole.
 */
final class SitePaths {

    private final Set<String> paths = new HashSet<>();
    /**
     * The paths that have capitals, by their lower case; a path without keeps no entry (nearly every path Loa makes:
     * 400,000 entries fewer at 100,000 pages: 55 → 28 MB of heap held by these paths, in a heap dump of serve).
     */
    private final Map<String, String> withCapitals = new HashMap<>();
    private final List<String> generatedPrefixes = new ArrayList<>();

    void add(String path) {
        synchronized (this) {
            suggestions = null;
            nearest.clear();
        }
        String p = Vietnamese.nfc(path.startsWith("/") ? path.substring(1) : path);
        if (p.isEmpty() || p.endsWith("/")) {
            p = p + "index.html";
        }
        paths.add(p);
        String lower = p.toLowerCase(java.util.Locale.ROOT);
        if (!lower.equals(p)) {
            withCapitals.putIfAbsent(lower, p);
        }
    }

    /** Accepts every path under {@code prefix} ({@code the/}): used when the theme stage could not plan. */
    void addGenerated(String prefix) {
        generatedPrefixes.add(prefix);
    }

    /** Whether a path of the site ({@code tin-tuc/x/}, {@code ke-hoach/x/qd.pdf}, no leading slash) is a file. */
    boolean exists(String path) {
        String p = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        if (paths.contains(p)) {
            return true;
        }
        for (String prefix : generatedPrefixes) {
            if (p.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The same path written with other capitals, when there is one: servers on Linux tell them apart. */
    Optional<String> otherCase(String path) {
        String p = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        String lower = p.toLowerCase(java.util.Locale.ROOT);
        return Optional.ofNullable(paths.contains(lower) ? lower : withCapitals.get(lower))
                .map(found -> path.endsWith("/") || path.isEmpty() ? found.substring(0, found.length() - "index.html".length()) : found);
    }

    /** The site-absolute URLs of the HTML pages, {@code /tin-tuc/x/}: candidates for a suggestion. */
    List<String> pageUrls() {
        List<String> out = new ArrayList<>();
        for (String p : paths) {
            if (p.endsWith("/index.html")) {
                out.add("/" + p.substring(0, p.length() - "index.html".length()));
            }
        }
        out.sort(null);
        return out;
    }

    private List<String> suggestions;
    private List<String> normalised;
    private final Map<String, Optional<String>> nearest = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The page URL nearest to a broken path ({@code /tin-tuc/khai-mac}), at most {@code allowed} edits away. The
     * candidates are listed once, and each broken path looked up once: a page with thousands of broken links costs
     * what one costs, times the links.
     */
    Optional<String> nearestPage(String path, int allowed) {
        List<String> candidates;
        List<String> normal;
        synchronized (this) {
            if (suggestions == null) {
                suggestions = pageUrls();
                normalised = suggestions.stream().map(Closest::normal).toList();
            }
            candidates = suggestions;
            normal = normalised;
        }
        return nearest.computeIfAbsent(path + " " + allowed, k -> Closest.to(path, candidates, normal, allowed));
    }
}

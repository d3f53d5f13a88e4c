package vn.loa.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * What a publish changes on the target, in the order that keeps the site whole for a reader at every moment: new and
 * changed assets (styles, scripts, images, attachments) first, then pages, the deepest first (an article before the
 * list that links to it), then the home page and what links into the pages from outside (feeds, calendars, the
 * sitemap, the search index), and removals last.
 */
record Plan(List<Step> steps) {

    enum Action { ADD, CHANGE, DELETE }

    /** The order of the work. */
    enum Phase { ASSET, PAGE, FRONT, DELETION }

    record Step(Action action, String path, FileState file) {
        Phase phase() {
            return action == Action.DELETE ? Phase.DELETION : phaseOf(path);
        }
    }

    static Plan between(SortedMap<String, FileState> local, Map<String, FileState> published) {
        List<Step> steps = new ArrayList<>();
        local.forEach((path, f) -> {
            FileState before = published.get(path);
            if (before == null) {
                steps.add(new Step(Action.ADD, path, f));
            } else if (!before.equals(f)) {
                steps.add(new Step(Action.CHANGE, path, f));
            }
        });
        published.keySet().stream().filter(p -> !local.containsKey(p)).sorted()
                .forEach(p -> steps.add(new Step(Action.DELETE, p, published.get(p))));
        steps.sort(Comparator.comparing(Step::phase)
                .thenComparing(s -> s.phase() == Phase.PAGE ? -depth(s.path()) : 0)
                .thenComparing(Step::path));
        return new Plan(List.copyOf(steps));
    }

    static Phase phaseOf(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.equals("index.html") || lower.endsWith(".xml") || lower.endsWith(".atom") || lower.endsWith(".rss")
                || lower.endsWith(".ics") || lower.endsWith(".json")) {
            return Phase.FRONT;
        }
        return lower.endsWith(".html") ? Phase.PAGE : Phase.ASSET;
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }

    long count(Action action) {
        return steps.stream().filter(s -> s.action() == action).count();
    }

    /** The bytes the uploads send. */
    long bytes() {
        return steps.stream().filter(s -> s.action() != Action.DELETE).mapToLong(s -> s.file().size()).sum();
    }

    boolean isEmpty() {
        return steps.isEmpty();
    }
}

package vn.loa.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.loa.index.Site;
import vn.loa.theme.Output;
import vn.loa.theme.SiteRenderer;

/**
 * The site of the last index stage (with the key of what it read) and the outputs of the last
 * theme stage (for a day and a compiled theme), and, made when asked for, the outputs by the
 * pages they read or show.
 */
record Plan(long shape, long indexKey, Site site, LocalDate day, SiteRenderer theme, CurrentPages pages, List<Output> outputs,
            Map<Path, List<Output>> byPage, java.util.concurrent.atomic.AtomicInteger asked, List<Output> notDeferred,
            List<Output> deferred) {

    Plan(long shape, long indexKey, Site site, LocalDate day, SiteRenderer theme, CurrentPages pages, List<Output> outputs) {
        this(shape, indexKey, site, day, theme, pages, outputs, new java.util.concurrent.ConcurrentHashMap<>(), new java.util.concurrent.atomic.AtomicInteger(),
                outputs.stream().filter(o -> !deferrable(o)).toList(), outputs.stream().filter(Plan::deferrable).toList());
    }

    /**
     * The outputs that read or show the bodies of these pages (files relative to the root): a
     * look at every output the first time a plan is asked (after a save that made a new plan),
     * an index by page from the second (saves of bodies alone, which keep the plan).
     */
    List<Output> reading(java.util.Collection<Path> files) {
        if (byPage.isEmpty() && asked.getAndIncrement() == 0) {
            java.util.Set<Path> wanted = java.util.Set.copyOf(files);
            return outputs.stream().filter(o -> o.reads().stream().anyMatch(r -> wanted.contains(r.page().file()))
                    || o.shows().stream().anyMatch(r -> wanted.contains(r.page().file()))).toList();
        }
        synchronized (byPage) {
            if (byPage.isEmpty()) {
                Map<Path, List<Output>> index = new HashMap<>();
                for (Output o : outputs) {
                    java.util.Set<Path> of = new java.util.HashSet<>();
                    o.reads().forEach(r -> of.add(r.page().file()));
                    o.shows().forEach(r -> of.add(r.page().file()));
                    of.forEach(f -> index.computeIfAbsent(f, k -> new ArrayList<>()).add(o));
                }
                byPage.putAll(index);
            }
        }
        java.util.Set<Output> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        files.forEach(f -> out.addAll(byPage.getOrDefault(f, List.of())));
        return List.copyOf(out);
    }

    /** The outputs at these paths. */
    List<Output> at(java.util.Set<String> paths) {
        return paths.isEmpty() ? List.of() : outputs.stream().filter(o -> paths.contains(o.path())).toList();
    }

    /** The outputs that read the bodies of many pages: slow to make, and not what an edit is checked on. */
    static boolean deferrable(Output o) {
        return o.isFolder() || o.reads().size() > 1;
    }
}

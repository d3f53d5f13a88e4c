package vn.loa.engine;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to build: the site root (the folder holding {@code content/}), where to write, whether
 * drafts are kept, an optional base URL overriding site.yaml's, offline links, the day the build
 * takes as today (the home page features the current or next campaign week), whether a missing
 * template variable is an error, and whether the build cache is used ({@code --no-cache}: read and
 * render everything, and compare with the output on disk).
 */
public record BuildOptions(Path source, Path output, boolean drafts, String baseUrl, boolean offline,
                           LocalDate today, boolean strictTemplates, boolean cache) {

    public static BuildOptions of(Path source) {
        return new BuildOptions(source, source.resolve("site"), false, null, false, null, false, true);
    }

    public BuildOptions withOutput(Path o) {
        return new BuildOptions(source, o, drafts, baseUrl, offline, today, strictTemplates, cache);
    }

    public BuildOptions withToday(LocalDate d) {
        return new BuildOptions(source, output, drafts, baseUrl, offline, d, strictTemplates, cache);
    }

    public BuildOptions withDrafts(boolean d) {
        return new BuildOptions(source, output, d, baseUrl, offline, today, strictTemplates, cache);
    }

    public BuildOptions withBaseUrl(String u) {
        return new BuildOptions(source, output, drafts, u, offline, today, strictTemplates, cache);
    }

    public BuildOptions withOffline(boolean o) {
        return new BuildOptions(source, output, drafts, baseUrl, o, today, strictTemplates, cache);
    }

    public BuildOptions withStrictTemplates(boolean s) {
        return new BuildOptions(source, output, drafts, baseUrl, offline, today, s, cache);
    }

    public BuildOptions withCache(boolean c) {
        return new BuildOptions(source, output, drafts, baseUrl, offline, today, strictTemplates, c);
    }
}

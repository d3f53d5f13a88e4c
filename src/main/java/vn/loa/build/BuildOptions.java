package vn.loa.build;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to build: the site root (the folder holding {@code content/}), where to write, whether
 * drafts are kept, an optional base URL overriding site.yaml's, offline links, and the day the
 * build takes as today (the home page features the current or next campaign week).
 */
public record BuildOptions(Path source, Path output, boolean drafts, String baseUrl, boolean offline,
                           LocalDate today, boolean strictTemplates) {

    public static BuildOptions of(Path source) {
        return new BuildOptions(source, source.resolve("site"), false, null, false, null, false);
    }

    public BuildOptions withOutput(Path o) {
        return new BuildOptions(source, o, drafts, baseUrl, offline, today, strictTemplates);
    }

    public BuildOptions withToday(LocalDate d) {
        return new BuildOptions(source, output, drafts, baseUrl, offline, d, strictTemplates);
    }

    public BuildOptions withDrafts(boolean d) {
        return new BuildOptions(source, output, d, baseUrl, offline, today, strictTemplates);
    }

    public BuildOptions withBaseUrl(String u) {
        return new BuildOptions(source, output, drafts, u, offline, today, strictTemplates);
    }

    public BuildOptions withOffline(boolean o) {
        return new BuildOptions(source, output, drafts, baseUrl, o, today, strictTemplates);
    }

    public BuildOptions withStrictTemplates(boolean s) {
        return new BuildOptions(source, output, drafts, baseUrl, offline, today, s);
    }
}

package vn.loa.engine;

import vn.loa.Key;
import vn.loa.load.SiteConfig;

/**
 * What the engine's caches are keyed by, and how much of the content it keeps whole: shared by
 * the builds ({@link Engine}) and {@code loa check} ({@link CheckRun}), so that one finds what the
 * other left.
 */
final class CacheKeys {

    private CacheKeys() {
    }

    /** The key of what the build cache holds besides the files: a build and {@code loa check} with the same key share it. */
    static long settings(BuildOptions options) {
        return Key.of("settings").add(options.output().toAbsolutePath().normalize().toString()).add(options.drafts())
                .add(options.offline()).add(options.baseUrl()).get();
    }

    /** The key of the settings a page is rendered with. */
    static long render(SiteConfig config, boolean offline) {
        return Key.of("render").add(config.allowHtml()).add(offline).get();
    }

    /**
     * The bytes of Markdown above which a build keeps no page's body (see {@link Engine}); the
     * system property {@code loa.bodyBudget} sets it.
     */
    static long bodyBudget() {
        return Long.getLong("loa.bodyBudget", Runtime.getRuntime().maxMemory() / 24);
    }
}

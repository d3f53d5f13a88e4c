package vn.loa.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.loa.Key;
import vn.loa.load.SiteConfig;
import vn.loa.render.RenderedPage;
import vn.loa.theme.PageKeys;

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

    /**
     * Every entry under a folder but folders themselves, by path and what it is: a file by its size
     * and time of change, a symbolic link by its target and what that is, anything else by its kind.
     * The key of a theme, and of the sources of a build.
     */
    static List<Object> stamps(Path folder) {
        List<Object> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (var s = Files.walk(folder)) {
            s.sorted().forEach(p -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (a.isDirectory()) {
                        return;
                    }
                    out.add(p.toString());
                    if (a.isSymbolicLink()) {
                        out.add("-> " + Files.readSymbolicLink(p));
                        out.add(Files.exists(p) ? (Files.isDirectory(p) ? "folder" : "file") : "missing");
                        if (Files.isRegularFile(p)) {
                            out.addAll(vn.loa.load.PageSource.stamp(p));
                        }
                    } else {
                        out.add(a.isRegularFile() ? a.size() : -1L);
                        out.add(a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
                    }
                } catch (IOException e) {
                    out.add("?");
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            out.add("unreadable");
        }
        return out;
    }

    /** Loa's version, when its classes were made, and the JDK's: a cache of another is never read. */
    static String loaVersion() {
        String v = Engine.class.getPackage().getImplementationVersion();
        return (v == null ? "dev" : v) + "/" + buildStamp() + "/" + System.getProperty("java.version");
    }

    /** When Loa's classes were made: a rebuilt Loa (same version number, other code) never trusts an old cache. */
    private static String buildStamp() {
        try {
            java.net.URL url = Engine.class.getProtectionDomain().getCodeSource().getLocation();
            return String.valueOf(Files.getLastModifiedTime(Path.of(url.toURI())).toMillis());
        } catch (Exception e) {
            return "?";
        }
    }

    /** The key of what the index stage makes: the settings, the day, every page's file and summary. */
    static long index(SiteConfig config, LocalDate today, List<RenderedPage> pages, PageKeys keys) {
        Key k = Key.of("index").addValue(config).add(today.toString());
        for (RenderedPage r : pages) {
            k.add(r.page().file().toString()).add(keys.summary(r));
        }
        return k.get();
    }
}

package vn.loa.engine;

import java.nio.file.Path;

/**
 * A clean build (no cache) of a site in a JVM of its own, as {@link DeterminismTest} runs it: some
 * orders (the hash seeds of {@code Map.of} and {@code Set.of}) change only from one JVM to the next.
 *
 * <p>Arguments: the site root and the output folder.
 */
public final class BuildInOtherJvm {

    private BuildInOtherJvm() {
    }

    public static void main(String[] args) {
        Builder.build(BuildOptions.of(Path.of(args[0])).withOutput(Path.of(args[1])).withToday(SiteFiles.TODAY)
                .withStrictTemplates(true).withCache(false));
    }
}

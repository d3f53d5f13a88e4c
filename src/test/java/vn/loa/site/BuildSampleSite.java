package vn.loa.site;

import java.nio.file.Path;

/**
 * Builds the sample site exactly as {@link SampleSiteTest} does, in a JVM of its own: the
 * determinism test runs it as a separate process, because some orders (hash seeds of
 * {@code Map.of}, {@code Set.of}) change only from one JVM to the next.
 *
 * <p>Arguments: the repository root and the output folder.
 */
public final class BuildSampleSite {

    private BuildSampleSite() {
    }

    public static void main(String[] args) {
        SampleSiteTest.build(Path.of(args[0]), Path.of(args[1]));
    }
}

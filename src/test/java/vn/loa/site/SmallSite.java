package vn.loa.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.Builder;

/** A site written for one test: its {@code site.yaml} and content files, built with strict templates. */
final class SmallSite {

    private SmallSite() {
    }

    /** Writes {@code site.yaml} and the files (path, text, path, text…) under {@code dir/content}, builds, and returns the output. */
    static Path build(Path dir, String siteYaml, LocalDate today, String... files) throws IOException {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/site.yaml"), siteYaml);
        for (int i = 0; i < files.length; i += 2) {
            Path f = dir.resolve("content").resolve(files[i]);
            Files.createDirectories(f.getParent());
            Files.writeString(f, files[i + 1]);
        }
        Path out = dir.resolve("site");
        Builder.build(BuildOptions.of(dir).withOutput(out).withToday(today).withStrictTemplates(true));
        return out;
    }
}

package vn.loa.load;

import java.nio.file.Path;
import java.util.List;

/** Everything the load stage read: the site configuration, its pages and the files to copy. */
public record Content(Path root, SiteConfig config, List<Page> pages, List<StaticFile> files) {

    public Content {
        pages = List.copyOf(pages);
        files = List.copyOf(files);
    }

    /** A file copied as it is: {@code source} is absolute, {@code target} relative to the output. */
    public record StaticFile(Path source, String target, long size) {
    }
}

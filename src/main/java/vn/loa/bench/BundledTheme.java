package vn.loa.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The default theme inside Loa, copied out for the bench to edit. */
final class BundledTheme {

    private BundledTheme() {
    }

    /**
     * Copies the theme inside Loa (the jar's, or the classes folder's) to {@code target}, as a
     * checkout of Loa has it, so that its partials can be edited; nothing when Loa has none.
     */
    static void copyTo(Path target) throws IOException {
        URL url = BundledTheme.class.getClassLoader().getResource("loa/themes/default/theme.yaml");
        if (url == null) {
            return;
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                copyTree(Path.of(uri).getParent(), target);
                return;
            }
            FileSystem jar;
            boolean opened = false;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            try {
                copyTree(jar.getPath("/loa/themes/default"), target);
            } finally {
                if (opened) {
                    jar.close();
                }
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }
}

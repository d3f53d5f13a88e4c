package vn.loa.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of the theme inside Loa, found as Loa finds them when it runs from its jar (in the
 * jar's own list of entries) and from compiled classes (in their folder): each by its path below
 * the folder asked for and its resource name; folders are not files.
 */
class BundledThemeFilesTest {

    private static final String[] FILES = {
        "loa/themes/default/static/css/loa.css",
        "loa/themes/default/static/img/chia-se.png",
        "loa/themes/default/templates/base.peb",
    };

    @Test
    void insideAJarTheFilesAreTheJarsEntriesUnderTheFolder(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("loa.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // A folder entry for each level, as Maven's jars have them (the class loader finds a folder by its entry).
            for (String folder : new String[] {"loa/", "loa/themes/", "loa/themes/default/", "loa/themes/default/static/",
                    "loa/themes/default/static/css/", "loa/themes/default/static/img/", "loa/themes/default/templates/", "loa/khac/"}) {
                out.putNextEntry(new JarEntry(folder));
            }
            for (String file : FILES) {
                out.putNextEntry(new JarEntry(file));
                out.write(file.getBytes(StandardCharsets.UTF_8));
            }
            out.putNextEntry(new JarEntry("loa/khac/static.txt"));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertFound(loader);
        }
    }

    @Test
    void inCompiledClassesTheFilesAreThoseOfTheFolder(@TempDir Path dir) throws Exception {
        for (String file : FILES) {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.writeString(dir.resolve(file), file);
        }
        Files.createDirectories(dir.resolve("loa/themes/default/static/rong"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertFound(loader);
        }
    }

    private static void assertFound(ClassLoader loader) {
        assertEquals(Map.of("css/loa.css", FILES[0], "img/chia-se.png", FILES[1]), found(loader, "static"));
        assertEquals(Map.of("static/css/loa.css", FILES[0], "static/img/chia-se.png", FILES[1], "templates/base.peb", FILES[2]),
                found(loader, ""));
        assertEquals(Map.of(), found(loader, "i18n"), "a folder the theme lacks");
    }

    private static Map<String, String> found(ClassLoader loader, String sub) {
        Map<String, String> found = new TreeMap<>();
        Theme.forBundled(loader, sub, found::put);
        return found;
    }

    /** A site without a themes/ folder of its own: every static file of the theme inside Loa is read through its resource name. */
    @Test
    void aSiteWithoutAThemeReadsTheBundledStaticFiles(@TempDir Path site) {
        Map<String, Theme.StaticSource> files = Theme.resolve(site, "default").staticFiles();
        assertTrue(files.containsKey("css/loa.css"), files::toString);
        files.forEach((rel, src) -> {
            assertEquals("loa/themes/default/static/" + rel, src.resource());
            assertTrue(src.bytes().length > 0, rel);
        });
    }
}

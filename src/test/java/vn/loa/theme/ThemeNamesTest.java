package vn.loa.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.LoaException;

/** Theme and template names never lead out of themes/ (the load stage checks too; this is the theme's own guard). */
class ThemeNamesTest {

    @TempDir
    Path dir;

    @Test
    void aThemeNameIsAFolderRightInThemes() throws IOException {
        Files.createDirectories(dir.resolve("themes/mine"));
        Files.createDirectories(dir.resolve("ngoai"));
        for (String name : new String[] {"../ngoai", "mine/../../ngoai", "/etc", ".", "..", "", "mine/x", "..\\ngoai"}) {
            LoaException e = assertThrows(LoaException.class, () -> Theme.resolve(dir, name), name);
            assertEquals(Path.of("content", "site.yaml"), e.file(), name);
            assertTrue(e.problem().contains("không hợp lệ"), e::getMessage);
        }
    }

    @Test
    void anExtendsLeavingThemesIsBlamedOnTheThemeYaml() throws IOException {
        Files.createDirectories(dir.resolve("themes/mine"));
        Files.writeString(dir.resolve("themes/mine/theme.yaml"), "extends: ../../ngoai\n");
        LoaException e = assertThrows(LoaException.class, () -> Theme.resolve(dir, "mine"));
        assertEquals(Path.of("themes", "mine", "theme.yaml"), e.file());
    }

    @Test
    void templateNamesStayInsideTemplates() {
        for (String ok : new String[] {"base.peb", "partials/a.peb", "partials/../base.peb", "./a.peb", "a//b.peb"}) {
            assertTrue(ThemeLoader.staysInside(ok), ok);
        }
        for (String bad : new String[] {"../a.peb", "partials/../../a.peb", "/etc/passwd", "\\etc\\passwd", "..\\a.peb",
                "C:/Windows/win.ini", "a\0.peb"}) {
            assertFalse(ThemeLoader.staysInside(bad), bad);
        }
    }

    @Test
    void namesAnswerTheSameWhenAskedAgain() {
        // The loader remembers its answers (Pebble asks at every include): a second answer is the first.
        io.pebbletemplates.pebble.loader.Loader<?> loader = Theme.resolve(dir, "default").loader();
        for (int round = 0; round < 2; round++) {
            assertEquals("partials/b.peb", loader.resolveRelativePath("./b.peb", "partials/a.peb"), "round " + round);
            assertEquals("b.peb", loader.resolveRelativePath("./b.peb", "a.peb"), "round " + round);
            assertEquals("base.peb", loader.resolveRelativePath("../base.peb", "partials/a.peb"), "round " + round);
            assertEquals(null, loader.resolveRelativePath("partials/b.peb", "base.peb"), "round " + round);
            LoaException out = assertThrows(LoaException.class, () -> loader.resolveRelativePath("../../x.peb", "partials/a.peb"));
            assertTrue(out.problem().contains("ngoài thư mục templates/"), out::getMessage);
            assertThrows(LoaException.class, () -> loader.createCacheKey("../x.peb"));
            assertEquals(loader.createCacheKey("partials/b.peb"), loader.createCacheKey("partials/b.peb"));
        }
    }
}

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
}

package vn.loa.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.loa.cli.TinySite.assertMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.cli.TinySite;
import vn.loa.cli.TinySite.Message;
import vn.loa.cli.TinySite.Run;

/**
 * A theme reads only its own files: no symbolic link leading out of the theme's folder, no
 * template name climbing out of {@code templates/}, no theme name leaving {@code themes/}.
 */
class ThemeFilesTest {

    @TempDir
    Path dir;

    private TinySite siteWithTheme() {
        TinySite site = new TinySite(dir);
        site.write("content/ke-hoach/ke-hoach-2024.md", ThemeErrorsTest.PLAN);
        site.write("themes/mine/theme.yaml", "extends: default\n");
        site.write("themes/mine/static/css/mine.css", "body { color: #222; }\n");
        site.write("content/site.yaml", TinySite.SITE_YAML + "theme: mine\n");
        return site;
    }

    /** A stylesheet's published name, with its fingerprint: {@code css/mine.3f2a9c1e.css}. */
    private static String published(TinySite site, String folder, String name) {
        try (java.util.stream.Stream<Path> s = Files.list(site.output.resolve(folder))) {
            return folder + "/" + s.map(p -> p.getFileName().toString()).filter(f -> f.matches(name + "\\.[0-9a-f]{8}\\.css"))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + folder));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void link(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aStaticFileLinkedToEtcPasswdIsRefused() {
        assumeTrue(Files.isReadable(Path.of("/etc/passwd")));
        TinySite site = siteWithTheme();
        Run r = site.breakAndRebuild(() -> link(site.source.resolve("themes/mine/static/passwd.txt"), Path.of("/etc/passwd")));
        Message m = assertMessage(r, "themes/mine/static/passwd.txt", 0, "liên kết trỏ ra ngoài thư mục giao diện", "/etc/passwd");
        assertTrue(m.fix().contains("chép tệp"), m::toString);
        assertFalse(Files.exists(site.output.resolve("passwd.txt")));
    }

    @Test
    void aStaticFileLinkedElsewhereInTheSiteIsRefusedToo() {
        TinySite site = siteWithTheme();
        Run r = site.breakAndRebuild(() -> link(site.source.resolve("themes/mine/static/cau-hinh.txt"), Path.of("../../../content/site.yaml")));
        assertMessage(r, "themes/mine/static/cau-hinh.txt", 0, "ngoài thư mục giao diện");
    }

    @Test
    void aStaticFolderLinkedOutOfTheThemeIsRefused() {
        TinySite site = siteWithTheme();
        Run r = site.breakAndRebuild(() -> link(site.source.resolve("themes/mine/static/noi-dung"), site.source.resolve("content")));
        assertMessage(r, "themes/mine/static/noi-dung", 0, "ngoài thư mục giao diện");
    }

    @Test
    void aLinkWithinTheThemeIsPublished() {
        TinySite site = siteWithTheme();
        link(site.source.resolve("themes/mine/static/css/ban-sao.css"), Path.of("mine.css"));
        site.buildGood();
        String published = published(site, "css", "ban-sao");
        assertEquals("body { color: #222; }\n", site.read(published));
        assertFalse(Files.isSymbolicLink(site.output.resolve(published)), "the file is copied, not linked");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aPipeInStaticIsNotRead() throws Exception {
        TinySite site = siteWithTheme();
        Path fifo = site.source.resolve("themes/mine/static/ong.txt");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available");
            return;
        }
        assumeTrue(p.waitFor() == 0, "mkfifo failed");
        site.buildGood();
        assertFalse(Files.exists(site.output.resolve("ong.txt")));
        assertTrue(Files.exists(site.output.resolve(published(site, "css", "mine"))));
    }

    @Test
    void svgInAThemeIsPublishedAsItIs() throws IOException {
        // The theme is trusted with its own files: an SVG of the theme is copied byte for byte.
        TinySite site = siteWithTheme();
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>1</script><circle r=\"4\"/></svg>\n"
                .getBytes(StandardCharsets.UTF_8);
        site.writeBytes("themes/mine/static/img/logo.svg", svg);
        site.buildGood();
        assertArrayEquals(svg, Files.readAllBytes(site.output.resolve("img/logo.svg")));
    }

    @Test
    void aTemplateLinkedOutOfTheThemeIsRefused() {
        assumeTrue(Files.isReadable(Path.of("/etc/passwd")));
        TinySite site = siteWithTheme();
        Run r = site.breakAndRebuild(() -> {
            link(site.source.resolve("themes/mine/templates/partials/x.peb"), Path.of("/etc/passwd"));
            site.write("themes/mine/templates/plan.peb", """
                    {% extends "base.peb" %}
                    {% block content %}{% include "partials/x.peb" %}{% endblock %}
                    """);
        });
        assertMessage(r, "themes/mine/templates/partials/x.peb", 0, "mẫu này là liên kết trỏ ra ngoài thư mục giao diện");
        assertFalse(r.err().contains("root:"), r::toString);
    }

    @Test
    void aTemplateNameClimbingOutOfTemplatesIsRefused() {
        TinySite site = siteWithTheme();
        Run r = site.breakAndRebuild(() -> site.write("themes/mine/templates/plan.peb", """
                {% extends "base.peb" %}
                {% block content %}
                {% include "../../../content/site.yaml" %}
                {% endblock %}
                """));
        assertMessage(r, "themes/mine/templates/plan.peb", 3, "'../../../content/site.yaml'", "ngoài thư mục templates/");
    }

    @Test
    void anAbsoluteTemplateNameIsRefused() {
        TinySite site = siteWithTheme();
        Run r = site.breakAndRebuild(() -> site.write("themes/mine/templates/plan.peb", """
                {% extends "base.peb" %}
                {% block content %}{% include "/etc/passwd" %}{% endblock %}
                """));
        assertMessage(r, "themes/mine/templates/plan.peb", 2, "'/etc/passwd'");
    }

    @Test
    void aClimbFromAPartialIsRefused() {
        // Pebble resolves "../" against the including template's folder: partials/ → templates/ → out.
        TinySite site = siteWithTheme();
        Run r = site.breakAndRebuild(() -> site
                .write("themes/mine/templates/partials/a.peb", "{% include \"../../theme.yaml\" %}\n")
                .write("themes/mine/templates/plan.peb", """
                        {% extends "base.peb" %}
                        {% block content %}{% include "partials/a.peb" %}{% endblock %}
                        """));
        Message m = r.messages().get(0);
        assertTrue(m.problem().contains("ngoài thư mục templates/"), r::toString);
    }

    @Test
    void aThemeNameLeavingThemesIsRefused() {
        TinySite site = siteWithTheme();
        Run r = site.breakAndRebuild(() -> site.write("content/site.yaml", TinySite.SITE_YAML + "theme: ../portal/themes/mine\n"));
        assertMessage(r, "content/site.yaml", 2, "không hợp lệ");
    }

    @Test
    void anExtendsLeavingThemesIsRefused() {
        TinySite site = siteWithTheme();
        Run r = site.breakAndRebuild(() -> site.write("themes/mine/theme.yaml", "extends: ../../khac\n"));
        assertMessage(r, "themes/mine/theme.yaml", 1, "không hợp lệ");
    }

    @Test
    void interfaceStringsLinkedOutOfTheThemeAreRefused() {
        TinySite site = siteWithTheme();
        Run r = site.breakAndRebuild(() -> {
            site.write("bi-mat.yaml", "mat_khau: 123456\n");
            link(site.source.resolve("themes/mine/i18n/vi.yaml"), site.source.resolve("bi-mat.yaml"));
        });
        assertMessage(r, "themes/mine/i18n/vi.yaml", 0, "ngoài thư mục giao diện");
    }
}

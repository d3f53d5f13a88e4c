package vn.loa.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.Builder;

/** A site whose site.yaml names a Git host publishes its editor at /admin/, configured for that host. */
class HostedEditorTest {

    @TempDir
    Path root;

    void site(String siteYaml) throws Exception {
        Files.createDirectories(root.resolve("content/tin-tuc"));
        Files.writeString(root.resolve("content/site.yaml"), siteYaml);
        Files.writeString(root.resolve("content/tin-tuc/tin.md"), "---\ntitle: Tin\ndate: 2025-05-01\n---\nBài.\n");
    }

    @Test
    void theEditorIsPublishedWithTheGitHostOfSiteYaml() throws Exception {
        site("title: Cổng thử\neditor:\n  backend: gitlab\n  repo: so-khcn/cong\n  workflow: true\n");
        Builder.build(BuildOptions.of(root));
        Path admin = root.resolve("site/admin");
        Map<String, Object> config = EditorConfigTest.parse(Files.readString(admin.resolve("config.yml"), StandardCharsets.UTF_8));
        assertEquals("gitlab", ((Map<?, ?>) config.get("backend")).get("name"));
        assertEquals("editorial_workflow", config.get("publish_mode"));
        assertTrue(Files.readString(admin.resolve("index.html"), StandardCharsets.UTF_8).contains("loa-editor.js"));
        assertTrue(Files.readString(admin.resolve("loa-editor.js"), StandardCharsets.UTF_8).contains("decap/decap-cms.js"));
        assertTrue(Files.size(admin.resolve("decap/decap-cms.js")) > 1_000_000);
    }

    @Test
    void aSiteWithoutAGitHostHasNoEditorInIt() throws Exception {
        site("title: Cổng thử\n");
        Builder.build(BuildOptions.of(root));
        assertFalse(Files.exists(root.resolve("site/admin")));
    }
}

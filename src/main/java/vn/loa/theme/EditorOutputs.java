package vn.loa.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.loa.editor.EditorConfig;
import vn.loa.editor.EditorPage;
import vn.loa.editor.EditorSettings;

/**
 * The editor of the published site, when {@code site.yaml} names a Git host ({@code editor:}):
 * {@code /admin/} with its configuration for that host and Decap CMS's bundle. Keyed by the site
 * key (which holds the settings) and the bundle's version.
 */
final class EditorOutputs {

    private EditorOutputs() {
    }

    static void plan(OutputPlan plan) {
        Optional<EditorSettings> settings = EditorSettings.of(plan.site.config());
        if (settings.isEmpty()) {
            return;
        }
        long key = plan.key("editor").add(EditorPage.VERSION).get();
        plan.add(new Output("admin/index.html", key, () -> EditorPage.html(plan.site.config()).getBytes(StandardCharsets.UTF_8)));
        plan.add(new Output("admin/" + EditorPage.SCRIPT, key, EditorPage::script));
        plan.add(new Output("admin/config.yml", key,
                () -> EditorConfig.hosted(plan.site.config(), settings.get()).getBytes(StandardCharsets.UTF_8)));
        plan.add(Output.folder("admin/" + EditorPage.BUNDLE, key, List.of(), EditorOutputs::bundle));
    }

    private static Map<String, byte[]> bundle() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream sums = EditorPage.bundleFile("SHA256SUMS")) {
            for (String line : new String(sums.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                String name = line.split("\\s+", 2)[1];
                if (name.endsWith(".js") || name.endsWith(".wasm") || name.endsWith(".txt")) {
                    try (InputStream in = EditorPage.bundleFile(name)) {
                        files.put(name, in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}

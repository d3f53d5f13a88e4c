package vn.loa.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Loa's copy of Decap CMS is the pinned published bundle, file for file (bench/update-decap made SHA256SUMS). */
class EditorBundleTest {

    @Test
    void everyFileOfTheBundleIsTheOnePinned() throws Exception {
        String sums;
        try (InputStream in = EditorPage.bundleFile("SHA256SUMS")) {
            assertNotNull(in, "the bundle's SHA256SUMS");
            sums = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int files = 0;
        for (String line : sums.lines().toList()) {
            String[] parts = line.split("\\s+", 2);
            try (InputStream in = EditorPage.bundleFile(parts[1])) {
                assertNotNull(in, parts[1]);
                assertEquals(parts[0], HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())), parts[1]);
            }
            files++;
        }
        assertTrue(files > 50, "the main script and its chunks");
        try (InputStream in = EditorPage.bundleFile("package.json")) {
            String pkg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(pkg.contains("\"version\": \"" + EditorPage.VERSION + "\""), "package.json names the pinned version");
            assertTrue(pkg.contains("\"license\": \"MIT\""));
        }
    }

    @Test
    void onlyPlainNamesOfTheBundleAreServed() throws IOException {
        assertNull(EditorPage.bundleFile("../EditorPage.class"));
        assertNull(EditorPage.bundleFile(".hidden"));
        try (InputStream in = EditorPage.bundleFile("decap-cms.js")) {
            assertNotNull(in);
        }
    }
}

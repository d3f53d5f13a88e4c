package vn.loa.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's local API answers as decap-server does, and only ever touches content/. */
class LocalBackendTest {

    @TempDir
    Path root;
    LocalBackend api;
    final List<Path> saved = new ArrayList<>();

    @BeforeEach
    void site() throws IOException {
        Files.createDirectories(root.resolve("content/tin-tuc/hoi-thao"));
        Files.writeString(root.resolve("content/tin-tuc/hoi-thao/index.md"), "---\ntitle: Hội thảo\n---\nNội dung.\n");
        Files.writeString(root.resolve("content/tin-tuc/hoi-thao/anh.jpg"), "jpeg");
        Files.writeString(root.resolve("content/tin-tuc/tin-cu.md"), "---\ntitle: Tin cũ\n---\n");
        Files.writeString(root.resolve("secret.txt"), "không được đọc");
        api = new LocalBackend(root, saved::addAll);
    }

    LocalBackend.Answer call(String action, String params) {
        return api.handle("{\"action\":\"" + action + "\",\"branch\":\"main\",\"params\":" + params + "}");
    }

    @Test
    void listsTheEntriesOfAFolderWithTheirText() {
        LocalBackend.Answer a = call("entriesByFolder", "{\"folder\":\"content/tin-tuc\",\"extension\":\"md\",\"depth\":2}");
        assertEquals(200, a.status());
        JsonArray entries = JsonParser.parseString(a.json()).getAsJsonArray();
        assertEquals(2, entries.size());
        JsonObject first = entries.get(0).getAsJsonObject();
        assertEquals("content/tin-tuc/hoi-thao/index.md", first.getAsJsonObject("file").get("path").getAsString());
        assertTrue(first.get("data").getAsString().contains("title: Hội thảo"));
        assertEquals(64, first.getAsJsonObject("file").get("id").getAsString().length());
    }

    @Test
    void savesAnEntryAndItsPictureInTheBundleInNfc() throws IOException {
        String decomposed = Normalizer.normalize("---\ntitle: Ngày hội khởi nghiệp\n---\nNội dung mới.\n", Normalizer.Form.NFD);
        JsonObject entry = new JsonObject();
        entry.addProperty("path", "content/tin-tuc/ngay-hoi/index.md");
        entry.addProperty("raw", decomposed);
        entry.addProperty("slug", "ngay-hoi");
        JsonObject asset = new JsonObject();
        asset.addProperty("path", "content/tin-tuc/ngay-hoi/anh.png");
        asset.addProperty("content", Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}));
        asset.addProperty("encoding", "base64");
        JsonArray assets = new JsonArray();
        assets.add(asset);
        JsonObject params = new JsonObject();
        params.add("entry", entry);
        params.add("assets", assets);
        assertEquals(200, call("persistEntry", params.toString()).status());
        String written = Files.readString(root.resolve("content/tin-tuc/ngay-hoi/index.md"), StandardCharsets.UTF_8);
        assertTrue(Normalizer.isNormalized(written, Normalizer.Form.NFC));
        assertTrue(written.contains("Ngày hội khởi nghiệp"));
        assertEquals(3, Files.size(root.resolve("content/tin-tuc/ngay-hoi/anh.png")));
        assertTrue(saved.contains(root.resolve("content/tin-tuc/ngay-hoi/index.md")));
    }

    @Test
    void aNewSlugMovesTheWholeBundle() {
        JsonObject entry = new JsonObject();
        entry.addProperty("path", "content/tin-tuc/hoi-thao/index.md");
        entry.addProperty("newPath", "content/tin-tuc/hoi-thao-so/index.md");
        entry.addProperty("raw", "---\ntitle: Hội thảo số\n---\n");
        JsonObject params = new JsonObject();
        params.add("entry", entry);
        params.add("assets", new JsonArray());
        assertEquals(200, call("persistEntry", params.toString()).status());
        assertTrue(Files.exists(root.resolve("content/tin-tuc/hoi-thao-so/index.md")));
        assertTrue(Files.exists(root.resolve("content/tin-tuc/hoi-thao-so/anh.jpg")), "the bundle's files move with it");
        assertFalse(Files.exists(root.resolve("content/tin-tuc/hoi-thao")));
    }

    @Test
    void mediaIsReadWrittenAndDeleted() {
        LocalBackend.Answer m = call("getMediaFile", "{\"path\":\"content/tin-tuc/hoi-thao/anh.jpg\"}");
        assertEquals(200, m.status());
        assertEquals("anh.jpg", JsonParser.parseString(m.json()).getAsJsonObject().get("name").getAsString());
        assertEquals(200, call("deleteFile", "{\"path\":\"content/tin-tuc/hoi-thao/anh.jpg\",\"options\":{}}").status());
        assertFalse(Files.exists(root.resolve("content/tin-tuc/hoi-thao/anh.jpg")));
        assertEquals(200, call("getMedia", "{\"mediaFolder\":\"content/anh\"}").status(), "a media folder not made yet is empty");
    }

    @Test
    void refusesEveryPathOutsideContent(@TempDir Path outside) throws IOException {
        Files.createSymbolicLink(root.resolve("content/lien-ket"), outside);
        for (String path : List.of("secret.txt", "content/../secret.txt", "/etc/passwd", "content/tin-tuc/../../secret.txt",
                "content\\..\\secret.txt", "content/lien-ket/x.md", "site/index.html", "content", "C:/x", "content/./x.md",
                "content/tin-tuc//x.md", "content/x\u0000.md")) {
            JsonObject p = new JsonObject();
            p.addProperty("path", path);
            assertEquals(403, call("getEntry", p.toString()).status(), path);
            JsonObject entry = new JsonObject();
            entry.addProperty("path", path);
            entry.addProperty("raw", "x");
            JsonObject params = new JsonObject();
            params.add("entry", entry);
            params.add("assets", new JsonArray());
            assertEquals(403, call("persistEntry", params.toString()).status(), path);
        }
        assertEquals("không được đọc", Files.readString(root.resolve("secret.txt")));
        try (var s = Files.list(outside)) {
            assertEquals(0, s.count(), "nothing written through the link");
        }
        assertTrue(saved.isEmpty());
    }

    @Test
    void anAssetOutsideContentStopsTheWholeSave() {
        JsonObject entry = new JsonObject();
        entry.addProperty("path", "content/tin-tuc/moi/index.md");
        entry.addProperty("raw", "---\ntitle: Mới\n---\n");
        JsonObject asset = new JsonObject();
        asset.addProperty("path", "content/../x.png");
        asset.addProperty("content", "AA==");
        asset.addProperty("encoding", "base64");
        JsonArray assets = new JsonArray();
        assets.add(asset);
        JsonObject params = new JsonObject();
        params.add("entry", entry);
        params.add("assets", assets);
        assertEquals(403, call("persistEntry", params.toString()).status());
        assertFalse(Files.exists(root.resolve("content/tin-tuc/moi")), "nothing written when one path is refused");
    }

    @Test
    void badRequestsGetAnErrorNotAnException() {
        assertEquals(400, api.handle("không phải JSON").status());
        assertEquals(400, api.handle("[1,2]").status());
        assertEquals(422, call("xoaHet", "{}").status());
        assertEquals(400, call("getEntry", "{}").status());
        assertEquals(404, call("getMediaFile", "{\"path\":\"content/khong-co.jpg\"}").status());
        assertEquals("local_fs", JsonParser.parseString(call("info", "{}").json()).getAsJsonObject().get("type").getAsString());
    }
}

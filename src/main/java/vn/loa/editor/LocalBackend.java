package vn.loa.editor;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The editor's local backend: the actions Decap CMS's proxy backend sends ({@code info},
 * {@code entriesByFolder}, {@code entriesByFiles}, {@code getEntry}, {@code persistEntry},
 * {@code getMedia}, {@code getMediaFile}, {@code persistMedia}, {@code deleteFile},
 * {@code deleteFiles}, {@code getDeployPreview}), answered as {@code decap-server} answers them,
 * on the files of {@code content/} only ({@link ContentFiles}). Text is written in Unicode NFC.
 * Who may call it is the server's business ({@code EditorRoutes}); this class sees only requests
 * already let in.
 */
public final class LocalBackend {

    /** An answer: an HTTP status and its JSON. */
    public record Answer(int status, String json) {
    }

    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private final ContentFiles files;
    private final String repoName;
    private final Consumer<List<Path>> saved;

    /**
     * @param saved told the files each action wrote or deleted (absolute paths), so the preview
     *              rebuilds at once
     */
    public LocalBackend(Path siteRoot, Consumer<List<Path>> saved) {
        this.files = new ContentFiles(siteRoot);
        this.repoName = siteRoot.toAbsolutePath().normalize().getFileName() == null ? "loa"
                : siteRoot.toAbsolutePath().normalize().getFileName().toString();
        this.saved = saved;
    }

    public Answer handle(String body) {
        JsonObject request;
        try {
            JsonElement e = JsonParser.parseString(body);
            if (!e.isJsonObject()) {
                return error(400, "yêu cầu phải là một đối tượng JSON");
            }
            request = e.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            return error(400, "yêu cầu không phải JSON hợp lệ");
        }
        String action = string(request, "action");
        JsonObject params = request.has("params") && request.get("params").isJsonObject() ? request.getAsJsonObject("params") : new JsonObject();
        try {
            return switch (action == null ? "" : action) {
                case "info" -> ok(Map.of("repo", repoName, "publish_modes", List.of("simple"), "type", "local_fs"));
                case "entriesByFolder" -> ok(entries(files.list(files.resolve(string(params, "folder")),
                        "." + orDefault(string(params, "extension"), "md").replaceFirst("^\\.", ""), params.has("depth") ? params.get("depth").getAsInt() : 1)));
                case "entriesByFiles" -> {
                    List<Path> list = new ArrayList<>();
                    for (JsonElement f : array(params, "files")) {
                        list.add(files.resolve(string(f.getAsJsonObject(), "path")));
                    }
                    yield ok(entries(list));
                }
                case "getEntry" -> ok(entries(List.of(files.resolve(string(params, "path")))).get(0));
                case "persistEntry" -> persist(params);
                case "getMedia" -> {
                    List<Object> media = new ArrayList<>();
                    for (Path f : files.list(files.resolve(string(params, "mediaFolder")), "", 1)) {
                        media.add(media(f));
                    }
                    yield ok(media);
                }
                case "getMediaFile" -> ok(media(files.resolve(string(params, "path"))));
                case "persistMedia" -> {
                    Path f = writeAsset(params.getAsJsonObject("asset"));
                    saved.accept(List.of(f));
                    yield ok(media(f));
                }
                case "deleteFile" -> {
                    Path f = files.resolve(string(params, "path"));
                    files.delete(f);
                    saved.accept(List.of(f));
                    yield ok(Map.of("message", "đã xóa " + files.name(f)));
                }
                case "deleteFiles" -> {
                    List<Path> gone = new ArrayList<>();
                    for (JsonElement p : array(params, "paths")) {
                        gone.add(files.resolve(p.getAsString()));
                    }
                    for (Path f : gone) {
                        files.delete(f);
                    }
                    saved.accept(gone);
                    yield ok(Map.of("message", "đã xóa " + gone.size() + " tệp"));
                }
                case "getDeployPreview" -> new Answer(200, "null");
                default -> error(422, "trình soạn thảo hỏi việc không có: '" + action + "'");
            };
        } catch (ContentFiles.Refused e) {
            return error(403, e.getMessage());
        } catch (NoSuchFileException e) {
            return error(404, "không có tệp '" + e.getFile() + "'");
        } catch (IOException e) {
            return error(500, "không đọc, ghi được tệp: " + e.getMessage());
        } catch (RuntimeException e) {
            return error(400, "yêu cầu thiếu hoặc sai tham số của '" + action + "'");
        }
    }

    private Answer persist(JsonObject params) throws IOException {
        List<JsonObject> dataFiles = new ArrayList<>();
        if (params.has("dataFiles") && params.get("dataFiles").isJsonArray()) {
            params.getAsJsonArray("dataFiles").forEach(d -> dataFiles.add(d.getAsJsonObject()));
        } else {
            dataFiles.add(params.getAsJsonObject("entry"));
        }
        // Every path is checked before anything is written.
        List<Path> targets = new ArrayList<>();
        List<Path> moves = new ArrayList<>();
        for (JsonObject d : dataFiles) {
            targets.add(files.resolve(string(d, "path")));
            moves.add(d.has("newPath") && !d.get("newPath").isJsonNull() ? files.resolve(string(d, "newPath")) : null);
        }
        List<JsonObject> assets = new ArrayList<>();
        array(params, "assets").forEach(a -> assets.add(a.getAsJsonObject()));
        for (JsonObject a : assets) {
            files.resolve(string(a, "path"));
        }
        List<Path> touched = new ArrayList<>();
        for (int i = 0; i < dataFiles.size(); i++) {
            String raw = Normalizer.normalize(string(dataFiles.get(i), "raw"), Normalizer.Form.NFC);
            files.write(targets.get(i), raw.getBytes(StandardCharsets.UTF_8));
            touched.add(targets.get(i));
        }
        for (JsonObject a : assets) {
            touched.add(writeAsset(a));
        }
        for (int i = 0; i < dataFiles.size(); i++) {
            if (moves.get(i) != null && !moves.get(i).equals(targets.get(i))) {
                files.move(targets.get(i), moves.get(i));
                touched.add(moves.get(i));
            }
        }
        saved.accept(touched);
        return ok(Map.of("message", "đã lưu"));
    }

    private Path writeAsset(JsonObject asset) throws IOException {
        Path f = files.resolve(string(asset, "path"));
        if (!"base64".equals(string(asset, "encoding"))) {
            throw new ContentFiles.Refused("tệp đính kèm phải gửi dạng base64");
        }
        files.write(f, Base64.getDecoder().decode(string(asset, "content")));
        return f;
    }

    private List<Object> entries(List<Path> list) throws IOException {
        List<Object> out = new ArrayList<>();
        for (Path f : list) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("path", files.name(f));
            Map<String, Object> entry = new LinkedHashMap<>();
            try {
                byte[] bytes = files.read(f);
                entry.put("data", new String(bytes, StandardCharsets.UTF_8));
                file.put("id", sha256(bytes));
            } catch (NoSuchFileException e) {
                entry.put("data", null);
                file.put("id", null);
            }
            entry.put("file", file);
            out.add(entry);
        }
        return out;
    }

    private Map<String, Object> media(Path f) throws IOException {
        byte[] bytes = files.read(f);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", sha256(bytes));
        m.put("content", Base64.getEncoder().encodeToString(bytes));
        m.put("encoding", "base64");
        m.put("path", files.name(f));
        m.put("name", f.getFileName().toString());
        return m;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Answer ok(Object value) {
        return new Answer(200, GSON.toJson(value));
    }

    private static Answer error(int status, String message) {
        return new Answer(status, GSON.toJson(Map.of("error", message)));
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static JsonArray array(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonArray() ? e.getAsJsonArray() : new JsonArray();
    }

    private static String orDefault(String s, String d) {
        return s == null || s.isEmpty() ? d : s;
    }
}

package vn.loa.theme;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The theme's stylesheets and scripts under names that carry a fingerprint of their content
 * ({@code css/loa.css} is published as {@code css/loa.3f2a9c1e.css}), so that a server may let
 * browsers keep them for a year: a new version has a new name, and no cache hides it. Templates
 * name them through {@code asset('/css/loa.css')}; {@link TemplateKeys} keys a template by the
 * fingerprints of the assets it names, so a changed stylesheet makes again the pages that link it.
 */
public final class Assets {

    /** The files that get a fingerprint: the theme's CSS and JavaScript. */
    static boolean fingerprinted(String path) {
        return path.endsWith(".css") || path.endsWith(".js");
    }

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, byte[]> bytes = new HashMap<>();

    Assets(Map<String, Theme.StaticSource> files) {
        files.forEach((path, src) -> {
            if (fingerprinted(path)) {
                byte[] b = src.bytes();
                names.put(path, name(path, b));
                bytes.put(path, b);
            }
        });
    }

    /** {@code css/loa.css} with the first 8 hexadecimal digits of its content's SHA-256 before the extension. */
    static String name(String path, byte[] content) {
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        int dot = path.lastIndexOf('.');
        return path.substring(0, dot) + "." + hash + path.substring(dot);
    }

    /** The published path of a static file ({@code /css/loa.css} → {@code /css/loa.3f2a9c1e.css}); others as given. */
    String published(String path) {
        boolean slash = path.startsWith("/");
        String name = names.get(slash ? path.substring(1) : path);
        return name == null ? path : (slash ? "/" : "") + name;
    }

    boolean has(String path) {
        return names.containsKey(path);
    }

    /** The bytes the fingerprint was made of: the same bytes are published. */
    byte[] bytes(String path) {
        return bytes.get(path);
    }

    /** Every fingerprinted name, for a template that names an asset through a variable. */
    String all() {
        return String.join("\n", names.values());
    }
}

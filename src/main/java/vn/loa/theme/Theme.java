package vn.loa.theme;

import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import vn.loa.LoaException;

/**
 * A theme and the themes it extends, nearest first: a site theme in {@code themes/NAME/} may
 * declare {@code extends: default} and hold only the templates it changes. The default theme is
 * read from {@code themes/default/} beside the content when present (the source in this
 * repository), otherwise from inside the jar.
 */
public final class Theme {

    static final String BUNDLED = "loa/themes/default/";

    private final List<Path> folders;
    private final boolean bundledDefault;
    private final Map<String, String> strings;

    private Theme(List<Path> folders, boolean bundledDefault, Map<String, String> strings) {
        this.folders = List.copyOf(folders);
        this.bundledDefault = bundledDefault;
        this.strings = Map.copyOf(strings);
    }

    /** Resolves the theme chain for a site root. */
    public static Theme resolve(Path siteRoot, String name) {
        List<Path> folders = new ArrayList<>();
        String current = name;
        boolean bundled = false;
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (current != null) {
            if (!seen.add(current)) {
                throw new LoaException(Path.of("themes", current, "theme.yaml"), 0, "các giao diện kế thừa nhau thành vòng tròn",
                        "sửa 'extends' để chuỗi kế thừa kết thúc ở 'default'");
            }
            Path dir = siteRoot.resolve("themes").resolve(current).toAbsolutePath().normalize();
            if (Files.isDirectory(dir)) {
                folders.add(dir);
                current = readExtends(dir, siteRoot);
            } else if (current.equals("default")) {
                bundled = true;
                current = null;
            } else {
                throw new LoaException(Path.of("content", "site.yaml"), 0, "không tìm thấy giao diện '" + current + "' trong themes/",
                        "tạo thư mục themes/" + current + "/ hoặc đổi 'theme: default' trong site.yaml");
            }
        }
        Map<String, String> strings = new LinkedHashMap<>();
        if (bundled) {
            strings.putAll(readStrings(readBundled("i18n/vi.yaml"), Path.of(BUNDLED, "i18n", "vi.yaml")));
        }
        for (int i = folders.size() - 1; i >= 0; i--) {
            Path f = folders.get(i).resolve("i18n").resolve("vi.yaml");
            if (Files.exists(f)) {
                strings.putAll(readStrings(read(f), siteRoot.relativize(f)));
            }
        }
        return new Theme(folders, bundled, strings);
    }

    /**
     * The theme a theme extends: its {@code theme.yaml}'s {@code extends}, else the default theme
     * (the load stage has already checked that the file is valid YAML).
     */
    private static String readExtends(Path dir, Path siteRoot) {
        boolean isDefault = dir.getFileName().toString().equals("default");
        Path yaml = dir.resolve("theme.yaml");
        if (Files.exists(yaml)
                && new Load(LoadSettings.builder().build()).loadFromString(read(yaml)) instanceof Map<?, ?> m
                && m.get("extends") != null) {
            return m.get("extends").toString();
        }
        return isDefault ? null : "default";
    }

    /** Pebble's loader: the theme folders nearest first, then the bundled default. */
    public Loader<?> loader() {
        List<Loader<?>> loaders = new ArrayList<>();
        for (Path f : folders) {
            FileLoader l = new FileLoader(f.resolve("templates").toString());
            loaders.add(l);
        }
        if (bundledDefault) {
            ClasspathLoader l = new ClasspathLoader(Theme.class.getClassLoader());
            l.setPrefix(BUNDLED + "templates");
            loaders.add(l);
        }
        return new DelegatingLoader(loaders);
    }

    /**
     * Where a template comes from, for messages: {@code themes/x/templates/plan.peb}, or the
     * default theme inside Loa.
     */
    public Path describe(String template) {
        for (Path f : folders) {
            Path p = f.resolve("templates").resolve(template);
            if (Files.exists(p)) {
                return p;
            }
        }
        return Path.of("(giao diện mặc định trong Loa)", "templates", template);
    }

    /** Where a template names another: its file and line. */
    public record Reference(Path file, int line) {
    }

    /**
     * The first template of the chain that names {@code template} in quotes (an include or
     * extends), or null.
     */
    public Reference referenceTo(String template) {
        for (Path f : folders) {
            Path dir = f.resolve("templates");
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                    List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        String l = lines.get(i);
                        if (l.contains("\"" + template + "\"") || l.contains("'" + template + "'")) {
                            return new Reference(p, i + 1);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }

    /** Interface strings ({@code i18n/vi.yaml}), nearest theme winning. */
    public Map<String, String> strings() {
        return strings;
    }

    /**
     * The theme's {@code static/} files, by path relative to the output, nearest theme winning.
     * The consumer receives each file's bytes.
     */
    public Map<String, StaticSource> staticFiles() {
        Map<String, StaticSource> out = new LinkedHashMap<>();
        if (bundledDefault) {
            forBundled("static", (rel, path) -> out.put(rel, new StaticSource(path)));
        }
        for (int i = folders.size() - 1; i >= 0; i--) {
            Path root = folders.get(i).resolve("static");
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    s.filter(Files::isRegularFile).forEach(p -> out.put(root.relativize(p).toString().replace('\\', '/'), new StaticSource(p)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    /** A static file of a theme, on disk or inside the jar. */
    public record StaticSource(Path path) {
        public byte[] bytes() {
            try {
                return Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void forBundled(String sub, java.util.function.BiConsumer<String, Path> each) {
        URL url = Theme.class.getClassLoader().getResource(BUNDLED + sub);
        if (url == null) {
            return;
        }
        try {
            URI uri = url.toURI();
            Path root;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                root = fs.getPath("/" + BUNDLED + sub);
            } else {
                root = Path.of(uri);
            }
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile).forEach(p -> each.accept(root.relativize(p).toString().replace('\\', '/'), p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (java.nio.file.FileSystemAlreadyExistsException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readBundled(String name) {
        try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(BUNDLED + name)) {
            if (in == null) {
                throw new IllegalStateException("the bundled default theme lacks " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> readStrings(String yaml, Path file) {
        Object parsed;
        try {
            parsed = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        } catch (RuntimeException e) {
            throw new LoaException(file, 0, "tệp chuỗi giao diện không phải YAML hợp lệ: " + e.getMessage().lines().findFirst().orElse(""),
                    "sửa cú pháp 'khoa: Chuỗi hiển thị'");
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (parsed instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : vn.loa.text.Vietnamese.nfc(v.toString())));
        }
        return out;
    }
}

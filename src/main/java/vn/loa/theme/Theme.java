package vn.loa.theme;

import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
        Path themes = siteRoot.resolve("themes").toAbsolutePath().normalize();
        Path askedBy = Path.of("content", "site.yaml");
        while (current != null) {
            if (!isName(current) || !themes.equals(themes.resolve(current).normalize().getParent())) {
                throw new LoaException(askedBy, 0, "tên giao diện '" + current + "' không hợp lệ: giao diện phải là một thư mục ngay trong themes/",
                        "viết tên một thư mục trong themes/, ví dụ 'default'");
            }
            if (!seen.add(current)) {
                throw new LoaException(Path.of("themes", current, "theme.yaml"), 0, "các giao diện kế thừa nhau thành vòng tròn",
                        "sửa 'extends' để chuỗi kế thừa kết thúc ở 'default'");
            }
            Path dir = themes.resolve(current);
            if (Files.isDirectory(dir)) {
                folders.add(dir);
                askedBy = Path.of("themes", current, "theme.yaml");
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
                requireInside(f, folders.get(i), "tệp chuỗi giao diện");
                strings.putAll(readStrings(read(f), siteRoot.relativize(f)));
            }
        }
        return new Theme(folders, bundled, strings);
    }

    /** A theme's name: a folder's name, not '.', '..' or a path. */
    private static boolean isName(String name) {
        return !name.isBlank() && !name.contains("/") && !name.contains("\\") && !name.startsWith(".") && name.indexOf('\0') < 0;
    }

    /**
     * Refuses a file of a theme that is, or lies under, a symbolic link leading out of the theme's
     * folder: a theme could otherwise publish {@code /etc/passwd} or read any file of the machine
     * that builds it. Links within the theme are fine.
     */
    static void requireInside(Path file, Path themeFolder, String what) {
        Path real;
        Path root;
        try {
            real = file.toRealPath();
            root = themeFolder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!real.startsWith(root)) {
            throw new LoaException(file, 0, what + " này là liên kết trỏ ra ngoài thư mục giao diện (tới " + real + "); Loa không đọc tệp ngoài giao diện",
                    "chép tệp vào trong thư mục giao diện thay cho liên kết, hoặc xóa liên kết");
        }
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
        return new ThemeLoader(this, folders, new DelegatingLoader(loaders()));
    }

    private List<Loader<?>> loaders() {
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
        return loaders;
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
     * The consumer receives each file's bytes. Only regular files are published (not a pipe or a
     * device, whose reading could block); a symbolic link is followed when it stays inside its
     * theme's folder and refused when it leads out of it.
     */
    public Map<String, StaticSource> staticFiles() {
        Map<String, StaticSource> out = new LinkedHashMap<>();
        if (bundledDefault) {
            forBundled("static", (rel, resource) -> out.put(rel, StaticSource.bundled(resource)));
        }
        for (int i = folders.size() - 1; i >= 0; i--) {
            Path folder = folders.get(i);
            Path root = folder.resolve("static");
            if (Files.isDirectory(root) || Files.isSymbolicLink(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    for (Path p : (Iterable<Path>) s::iterator) {
                        Path file = p;
                        if (Files.isSymbolicLink(p)) {
                            if (!Files.exists(p)) {
                                continue;
                            }
                            requireInside(p, folder, "tệp tĩnh");
                            file = p.toRealPath();
                        }
                        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                            out.put(root.relativize(p).toString().replace('\\', '/'), new StaticSource(file));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    /** A static file of a theme: a file on disk, or a resource of Loa's own jar (its name there). */
    public record StaticSource(Path path, String resource) {
        StaticSource(Path path) {
            this(path, null);
        }

        static StaticSource bundled(String resource) {
            return new StaticSource(null, resource);
        }

        /** The file's bytes; on disk, never through a link put in its place since it was listed. */
        public byte[] bytes() {
            try (InputStream in = resource != null ? bundledStream(resource) : Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Copies the theme inside Loa to {@code target}, as a checkout of Loa has it (the bench edits its partials). */
    public static void copyBundled(Path target) {
        forBundled("", (rel, resource) -> {
            Path dest = target.resolve(rel);
            try (InputStream in = bundledStream(resource)) {
                Files.createDirectories(dest.getParent());
                Files.copy(in, dest);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void forBundled(String sub, java.util.function.BiConsumer<String, String> each) {
        forBundled(Theme.class.getClassLoader(), sub, each);
    }

    /**
     * Each file of the bundled theme under {@code sub}, as {@code loader} has it: its path below
     * {@code sub} and its resource name. Inside a jar the files are found in the list of entries of
     * the jar Java already has open (a zip file system over it would read its 28,000 entries again:
     * 0.1 s of every build of a site without a theme of its own); from compiled classes (the
     * tests), in their folder.
     */
    static void forBundled(ClassLoader loader, String sub, java.util.function.BiConsumer<String, String> each) {
        String dir = BUNDLED + (sub.isEmpty() ? "" : sub + "/");
        URL url = loader.getResource(dir);
        if (url == null) {
            return;
        }
        try {
            if (url.openConnection() instanceof JarURLConnection jar) {
                jar.getJarFile().stream().filter(e -> !e.isDirectory() && e.getName().startsWith(dir))
                        .forEach(e -> each.accept(e.getName().substring(dir.length()), e.getName()));
                return;
            }
            Path root = Path.of(url.toURI());
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile).forEach(p -> {
                    String rel = root.relativize(p).toString().replace('\\', '/');
                    each.accept(rel, dir + rel);
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream bundledStream(String resource) throws IOException {
        InputStream in = Theme.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new java.io.FileNotFoundException("the bundled default theme lacks " + resource);
        }
        return in;
    }

    private static String readBundled(String name) {
        try (InputStream in = bundledStream(BUNDLED + name)) {
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

package vn.loa.theme;

import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoaderCacheKey;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.loa.LoaException;

/**
 * Pebble's loader for a theme chain (its folders' {@code templates/}, nearest first, then the
 * default theme in the jar) that never reads outside them: a template name that climbs out
 * ({@code ../../etc/passwd}, {@code /etc/passwd}) is refused before any loader sees it (Pebble's
 * file loader refuses it too, but its class-path loader, the next in line, does not), and so is
 * a template file that is a symbolic link leading out of its theme.
 */
final class ThemeLoader implements Loader<DelegatingLoaderCacheKey> {

    /** A name that starts with a Windows drive ({@code C:…}). */
    private static final java.util.regex.Pattern DRIVE = java.util.regex.Pattern.compile("^[A-Za-z]:.*");
    /** How many names found inside are remembered: a theme names a few dozen templates. */
    private static final int KEPT_NAMES = 10_000;

    private final Theme theme;
    private final List<Path> folders;
    private final DelegatingLoader delegate;
    /** Names already found to stay inside: Pebble asks for every include of every output it renders. */
    private final java.util.Set<String> inside = ConcurrentHashMap.newKeySet();
    /**
     * The cache keys of names and the names that includes resolve to, by the template naming them:
     * Pebble makes both anew at every include of every output (string work and a few objects each
     * time, a few percent of a build's template time), and both are functions of the names alone.
     */
    private final Map<String, DelegatingLoaderCacheKey> keys = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> resolved = new ConcurrentHashMap<>();
    /** What {@link #resolved} holds for a name that is not relative (Pebble's answer: null). */
    private static final String NOT_RELATIVE = new String("not relative");

    ThemeLoader(Theme theme, List<Path> folders, DelegatingLoader delegate) {
        this.theme = theme;
        this.folders = folders;
        this.delegate = delegate;
    }

    @Override
    public DelegatingLoaderCacheKey createCacheKey(String templateName) {
        DelegatingLoaderCacheKey known = templateName == null ? null : keys.get(templateName);
        if (known != null) {
            return known;
        }
        checkName(templateName);
        DelegatingLoaderCacheKey key = delegate.createCacheKey(templateName);
        if (templateName != null && keys.size() < KEPT_NAMES) {
            keys.put(templateName, key);
        }
        return key;
    }

    @Override
    public Reader getReader(DelegatingLoaderCacheKey key) {
        String name = key.getTemplateName();
        checkName(name);
        for (Path folder : folders) {
            Path file = folder.resolve("templates").resolve(name);
            if (Files.exists(file)) {
                Theme.requireInside(file, folder, "mẫu");
                break;
            }
        }
        return delegate.getReader(key);
    }

    @Override
    public boolean resourceExists(String templateName) {
        checkName(templateName);
        return delegate.resourceExists(templateName);
    }

    /**
     * A name beginning with {@code ./} or {@code ../} is relative to the folder of the template
     * naming it; Pebble quietly drops the {@code ..} that would climb above {@code templates/},
     * which would make a name that leaves the theme look merely missing.
     */
    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        if (relativePath == null || anchorPath == null) {
            return resolve(relativePath, anchorPath);
        }
        Map<String, String> byName = resolved.get(anchorPath);
        String known = byName == null ? null : byName.get(relativePath);
        if (known != null) {
            return known == NOT_RELATIVE ? null : known;
        }
        String path = resolve(relativePath, anchorPath);
        if (resolved.size() < KEPT_NAMES) {
            byName = resolved.computeIfAbsent(anchorPath, a -> new ConcurrentHashMap<>());
            if (byName.size() < KEPT_NAMES) {
                byName.put(relativePath, path == null ? NOT_RELATIVE : path);
            }
        }
        return path;
    }

    private String resolve(String relativePath, String anchorPath) {
        if (relativePath != null && (relativePath.startsWith("./") || relativePath.startsWith("../"))) {
            String anchor = anchorPath == null ? "" : anchorPath.replace('\\', '/');
            if (!staysInside(anchor.substring(0, anchor.lastIndexOf('/') + 1) + relativePath)) {
                throw outside(relativePath);
            }
        }
        return delegate.resolveRelativePath(relativePath, anchorPath);
    }

    @Override
    public void setCharset(String charset) {
        delegate.setCharset(charset);
    }

    @Override
    public void setPrefix(String prefix) {
        delegate.setPrefix(prefix);
    }

    @Override
    public void setSuffix(String suffix) {
        delegate.setSuffix(suffix);
    }

    /** Whether a template name stays inside {@code templates/}: relative, and no '..' climbing above it. */
    static boolean staysInside(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || DRIVE.matcher(n).matches() || n.indexOf('\0') >= 0) {
            return false;
        }
        int depth = 0;
        for (String segment : n.split("/")) {
            if (segment.equals("..")) {
                if (--depth < 0) {
                    return false;
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                depth++;
            }
        }
        return true;
    }

    private void checkName(String name) {
        if (name == null || inside.contains(name)) {
            return;
        }
        if (!staysInside(name)) {
            throw outside(name);
        }
        if (inside.size() < KEPT_NAMES) {
            inside.add(name);
        }
    }

    private LoaException outside(String name) {
        Theme.Reference ref = theme.referenceTo(name);
        return new LoaException(ref != null ? ref.file() : folders.isEmpty() ? Path.of("themes") : folders.get(0).resolve("templates"),
                ref != null ? ref.line() : 0,
                "tên mẫu '" + name + "' trỏ ra ngoài thư mục templates/ của giao diện",
                "chỉ gọi các mẫu nằm trong templates/ của giao diện, ví dụ \"partials/header.peb\"");
    }
}

package vn.loa.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import vn.loa.LoaException;

/**
 * The load stage: walks {@code content/}, reads {@code site.yaml} and every Markdown file (in
 * parallel), and lists the other files to copy. Nothing outside {@code content/} is read: a
 * symbolic link that leads out of it is an error.
 */
public final class ContentLoader {

    private static final Set<String> DOCUMENT_FORMATS = Set.of("pdf", "doc", "docx", "odt", "xls", "xlsx", "ods",
            "ppt", "pptx", "odp", "zip", "rar", "7z", "txt", "csv");

    private final Path siteRoot;
    private final Path contentDir;
    private final boolean drafts;
    private final PageSource source;
    private long bodyBudget = Long.MAX_VALUE;
    private boolean light;

    /**
     * @param siteRoot the folder that holds {@code content/}
     * @param drafts   whether pages marked {@code draft: true} are kept
     */
    public ContentLoader(Path siteRoot, boolean drafts) {
        this(siteRoot, drafts, PageSource.READ);
    }

    /** @param source reads a Markdown file, or gives the page an earlier build read from the same file */
    /**
     * Reads pages without their Markdown bodies when the Markdown files of {@code content/} add up
     * to more than {@code bytes}: a site too big to hold every body at once (100,000 pages are
     * 350 MB of Markdown, twice that as Java strings). The render stage then reads each body again
     * ({@link #markdownOf}) and keeps none. {@link Long#MAX_VALUE}, the default: always kept.
     */
    public ContentLoader withBodyBudget(long bytes) {
        this.bodyBudget = bytes;
        return this;
    }

    /** Whether the last {@link #loadAll} left the bodies out (see {@link #withBodyBudget}). */
    public boolean light() {
        return light;
    }

    public ContentLoader(Path siteRoot, boolean drafts, PageSource source) {
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
        this.contentDir = this.siteRoot.resolve("content");
        this.drafts = drafts;
        this.source = source;
    }

    /** Loads everything, or throws {@link ContentErrors} listing every problem found. */
    public Content load() {
        Loaded loaded = loadAll();
        if (!loaded.errors().isEmpty()) {
            throw new ContentErrors(loaded.errors());
        }
        return loaded.content();
    }

    /**
     * What a load found: the content that could be read, every problem, sorted by file and line, so
     * that one run reports them all, and the drafts left out. A missing {@code content/} still throws.
     */
    public record Loaded(Content content, List<LoaException> errors, List<Path> drafts) {
        public Loaded {
            errors = List.copyOf(errors);
            drafts = List.copyOf(drafts);
        }
    }

    /**
     * For {@code loa check}: keeps the front matter of every page the next {@link #loadAll} reads, so that
     * {@link #yamlOf} gives it without reading the file again (a page an earlier build read is not parsed now:
     * its front matter is read when asked for).
     */
    public ContentLoader keepingFrontMatter() {
        this.frontMatters = new java.util.concurrent.ConcurrentHashMap<>();
        return this;
    }

    /** The front matter of each page the last load read, by file relative to the site root; null unless kept. */
    private Map<Path, java.util.function.Supplier<YamlMap>> frontMatters;

    /**
     * The YAML of a content file with the line of every key, for {@code loa check}: the front
     * matter of a Markdown file, or the whole of {@code site.yaml}. Throws the loader's own error
     * when the file cannot be read. The front matter the last load kept ({@link #keepingFrontMatter})
     * is not read again.
     */
    public YamlMap yamlOf(Path file) {
        java.util.function.Supplier<YamlMap> kept = frontMatters == null ? null : frontMatters.get(file);
        if (kept != null) {
            return kept.get();
        }
        Path absolute = siteRoot.resolve(file);
        Path relFile = relative(absolute);
        String text = SourceText.decode(readBytes(absolute), relFile);
        return file.getFileName().toString().endsWith(".md") ? PageReader.frontMatter(text, relFile) : Yaml.parseMapping(text, relFile, 1);
    }

    /** The front matter of a Markdown file, with the line of every key, and its body. */
    public record Source(YamlMap frontMatter, String body) {
    }

    /**
     * The front matter and body of a page read earlier, from one read of its file: {@code loa check} needs both of a
     * page the engine kept without its body.
     */
    public Source sourceOf(Path file) {
        Path absolute = siteRoot.resolve(file);
        Path relFile = relative(absolute);
        String text = SourceText.decode(readBytes(absolute), relFile);
        return new Source(PageReader.frontMatter(text, relFile), PageReader.body(text, relFile));
    }

    /**
     * The Markdown body of a page read earlier, read again from its file: the engine keeps pages
     * without their bodies and asks for one only when an output must show it again.
     */
    public String markdownOf(Page page) {
        Path file = siteRoot.resolve(page.file());
        return PageReader.body(SourceText.decode(readBytes(file), page.file()), page.file());
    }

    public Loaded loadAll() {
        if (!Files.isDirectory(contentDir)) {
            throw new LoaException(relative(contentDir), 0, "không có thư mục content/ trong " + siteRoot,
                    "chạy lệnh trong thư mục của cổng thông tin, hoặc chỉ ra nó bằng '--source THƯ_MỤC'");
        }
        Path realContent;
        try {
            realContent = contentDir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (frontMatters != null) {
            frontMatters.clear();
        }
        List<LoaException> problems = new ArrayList<>();
        List<Path> markdown = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        Map<Path, List<Long>> stamps = new java.util.HashMap<>();
        walk(realContent, markdown, others, stamps, problems);
        light = markdown.stream().mapToLong(ContentLoader::size).sum() > bodyBudget;

        SiteConfig config;
        YamlMap configYaml = null;
        try {
            configYaml = readConfigYaml();
            config = configYaml == null ? SiteConfig.defaults() : SiteConfig.read(configYaml);
        } catch (LoaException e) {
            problems.add(e);
            config = SiteConfig.defaults();
            configYaml = null;
        }
        if (configYaml != null || !Files.exists(contentDir.resolve("site.yaml"))) {
            checkTheme(config.theme(), configYaml, problems);
        }
        Map<Path, String> bundleUrls = new java.util.HashMap<>();
        Map<Path, List<Attachment>> bundleFiles = new java.util.HashMap<>();
        for (Path md : markdown) {
            if (md.getFileName().toString().equals("index.md") && !md.getParent().equals(contentDir)) {
                bundleFiles.put(md.getParent(), new ArrayList<>());
            }
        }
        List<Content.StaticFile> files = new ArrayList<>();
        for (Path f : others) {
            Path bundle = bundleOf(f, bundleFiles.keySet());
            long size = size(f);
            if (bundle != null) {
                String name = bundle.relativize(f).toString().replace('\\', '/');
                String ext = extension(name);
                if (DOCUMENT_FORMATS.contains(ext)) {
                    bundleFiles.get(bundle).add(new Attachment(name, ext.toUpperCase(Locale.ROOT), size));
                }
            }
            files.add(new Content.StaticFile(f, contentDir.relativize(f).toString().replace('\\', '/'), size));
        }
        bundleFiles.values().forEach(l -> l.sort(java.util.Comparator.comparing(Attachment::name)));

        ConcurrentLinkedQueue<LoaException> errors = new ConcurrentLinkedQueue<>();
        List<PageReader.Read> read = Collections.synchronizedList(new ArrayList<>());
        List<Path> skipped = Collections.synchronizedList(new ArrayList<>());
        vn.loa.Parallel.forEach(markdown, md -> {
            try {
                PageReader.Read r = readPage(md, bundleFiles, stamps.get(md));
                if (r != null && frontMatters != null) {
                    frontMatters.put(r.page().file(), r.frontMatterSource());
                }
                if (r != null && (drafts || !r.page().draft())) {
                    read.add(r);
                } else if (r != null) {
                    skipped.add(r.page().file());
                }
            } catch (LoaException e) {
                errors.add(e);
            }
        });
        problems.addAll(errors);
        read.sort(java.util.Comparator.comparing(r -> r.page().file().toString()));
        if (configYaml != null || !Files.exists(contentDir.resolve("site.yaml"))) {
            SiteChecks.check(read, config, problems);
        } else {
            SiteChecks.checkUrls(read, problems);
        }
        List<Page> pages = new ArrayList<>(read.size());
        read.forEach(r -> pages.add(r.page()));
        // A bundle's files are published beside its page, whatever the section's URL prefix.
        for (Page p : pages) {
            if (p.file().getFileName().toString().equals("index.md")) {
                bundleUrls.put(siteRoot.resolve(p.file()).getParent(), p.url().substring(1));
            }
        }
        List<Content.StaticFile> placed = new ArrayList<>(files.size());
        for (Content.StaticFile f : files) {
            Path bundle = bundleOf(f.source(), bundleUrls.keySet());
            if (bundle != null) {
                placed.add(new Content.StaticFile(f.source(), bundleUrls.get(bundle) + bundle.relativize(f.source()).toString().replace('\\', '/'), f.size()));
            } else if (bundleOf(f.source(), bundleFiles.keySet()) == null) {
                placed.add(f);
            }
        }
        LoaException logo = LogoCheck.check(config, configYaml, contentDir, placed);
        if (logo != null) {
            problems.add(logo);
        }
        skipped.sort(java.util.Comparator.comparing(Path::toString));
        return new Loaded(new Content(siteRoot, config, pages, placed), sorted(problems), skipped);
    }

    /**
     * The content after some files of {@code content/} changed, without walking it again
     * ({@link ContentReload}); empty when the change may be more than Markdown files saved,
     * added, removed or renamed: the caller then loads everything.
     */
    public java.util.Optional<Loaded> reload(Loaded before, java.util.Collection<Path> changed) {
        return reload(before, changed, java.util.function.UnaryOperator.identity());
    }

    /** The same, each page of {@code before} that was not saved kept as {@code kept} gives it (without its body, say). */
    public java.util.Optional<Loaded> reload(Loaded before, java.util.Collection<Path> changed, java.util.function.UnaryOperator<Page> kept) {
        return new ContentReload(this, siteRoot, drafts, source).of(before, changed, kept);
    }

    YamlMap frontMatterOf(Path md, Path relFile) {
        return PageReader.frontMatter(SourceText.decode(readBytes(md), relFile), relFile);
    }

    /** Errors by file, then line: the order an editor works through them. */
    public static List<LoaException> sorted(java.util.Collection<LoaException> errors) {
        List<LoaException> out = new ArrayList<>(errors);
        out.sort(java.util.Comparator.comparing((LoaException e) -> e.file() == null ? "" : e.file().toString().replace('\\', '/'))
                .thenComparingInt(LoaException::line));
        return out;
    }

    /**
     * The site's theme and the themes it extends must exist: {@code theme: NAME} names a folder
     * {@code themes/NAME/} (or {@code default}, which Loa carries inside), and each
     * {@code theme.yaml} is valid YAML whose {@code extends} names another theme. Each
     * {@code i18n/vi.yaml} is read too, with the same limits as every YAML file of the site.
     */
    private void checkTheme(String name, YamlMap siteYaml, List<LoaException> problems) {
        Path siteFile = Path.of("content", "site.yaml");
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        String current = name;
        Path askedBy = siteFile;
        int askedAt = siteYaml == null ? 0 : siteYaml.lineOf("theme");
        while (current != null) {
            if (current.isBlank() || current.contains("/") || current.contains("\\") || current.startsWith(".")) {
                problems.add(new LoaException(askedBy, askedAt, "tên giao diện '" + current + "' không hợp lệ",
                        "viết tên một thư mục trong themes/, ví dụ 'default'"));
                return;
            }
            if (!seen.add(current)) {
                problems.add(new LoaException(askedBy, askedAt, "các giao diện kế thừa nhau thành vòng tròn: "
                        + String.join(" → ", seen) + " → " + current, "sửa 'extends' để chuỗi kế thừa kết thúc ở 'default'"));
                return;
            }
            Path dir = siteRoot.resolve("themes").resolve(current);
            if (!Files.isDirectory(dir)) {
                if (!current.equals("default")) {
                    problems.add(new LoaException(askedBy, askedAt, "không tìm thấy giao diện '" + current + "': không có thư mục themes/"
                            + current + "/", askedBy.equals(siteFile)
                            ? "sửa thành 'theme: default' (giao diện có sẵn của Loa), hoặc tạo thư mục themes/" + current + "/"
                            : "sửa thành 'extends: default', hoặc tạo thư mục themes/" + current + "/"));
                }
                return;
            }
            Path strings = dir.resolve("i18n").resolve("vi.yaml");
            if (Files.exists(strings, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                // The theme stage reads the theme's strings with no limits of its own: they are read here first.
                Path rel = relative(strings);
                try {
                    Yaml.parseMapping(SourceText.decode(readBytes(strings), rel), rel, 1);
                } catch (LoaException e) {
                    problems.add(e);
                }
            }
            Path yaml = dir.resolve("theme.yaml");
            if (!Files.exists(yaml, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                current = current.equals("default") ? null : "default";
                continue;
            }
            Path rel = relative(yaml);
            YamlMap theme;
            try {
                theme = Yaml.parseMapping(SourceText.decode(readBytes(yaml), rel), rel, 1);
                String parent = theme.string("extends");
                askedBy = rel;
                askedAt = theme.lineOf("extends");
                // A theme that names no parent still stands on the default theme.
                current = parent != null ? parent : (current.equals("default") ? null : "default");
            } catch (LoaException e) {
                problems.add(e);
                return;
            }
        }
    }

    private YamlMap readConfigYaml() {
        Path file = contentDir.resolve("site.yaml");
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        String text = SourceText.decode(readBytes(file), relative(file));
        return Yaml.parseMapping(text, relative(file), 1);
    }

    PageReader.Read readPage(Path md, Map<Path, List<Attachment>> bundles) {
        return readPage(md, bundles, null);
    }

    /** The same, with the file's stamp ({@link PageSource#stamp}) as the walk of content/ found it; null to look. */
    private PageReader.Read readPage(Path md, Map<Path, List<Attachment>> bundles, List<Long> stamp) {
        Path rel = contentDir.relativize(md);
        Path relFile = relative(md);
        String first = rel.getNameCount() > 1 ? rel.getName(0).toString() : null;
        Section section;
        if (first == null) {
            section = Section.PAGES;
        } else {
            section = Section.ofFolder(first).orElseThrow(() -> new LoaException(relFile, 0,
                    "thư mục '" + first + "' không phải là một mục của cổng thông tin",
                    "đặt bài vào content/ke-hoach/, content/tin-tuc/ hoặc content/trang/"));
        }
        String fileName = md.getFileName().toString();
        boolean bundle = fileName.equals("index.md") && rel.getNameCount() > 1;
        if (bundle && rel.getNameCount() == 2) {
            throw new LoaException(relFile, 0, "index.md không được nằm ngay trong content/" + first + "/",
                    "danh sách của mục được Loa tự tạo; đặt bài vào một thư mục con, ví dụ content/" + first + "/ten-bai/index.md");
        }
        Path parentBundle = bundleOf(md, bundles.keySet());
        if (!bundle && parentBundle != null) {
            throw new LoaException(relFile, 0, "thư mục " + relative(parentBundle) + " là một bài (có index.md) nên không chứa bài khác",
                    "chuyển tệp này ra ngoài thư mục đó, hoặc đổi tên nó để không kết thúc bằng .md");
        }
        String slugHint = bundle ? md.getParent().getFileName().toString() : fileName.substring(0, fileName.length() - 3);
        List<Attachment> attachments = bundle ? bundles.getOrDefault(md.getParent(), List.of()) : List.of();
        long key = vn.loa.Key.of("markdown").add(relFile.toString()).add(section.name()).add(slugHint).addValue(attachments)
                .addValue(stamp != null ? stamp : PageSource.stamp(md)).get();
        PageReader.Read[] fresh = new PageReader.Read[1];
        Page page = source.page(md, key, () -> {
            PageReader.Read r = PageReader.readWithFrontMatter(SourceText.decode(readBytes(md), relFile), relFile, section, slugHint,
                    attachments);
            fresh[0] = light ? new PageReader.Read(r.page().withoutBody(), r.frontMatterSource()) : r;
            return fresh[0].page();
        });
        return fresh[0] != null ? fresh[0]
                : new PageReader.Read(page, () -> PageReader.frontMatter(SourceText.decode(readBytes(md), relFile), relFile));
    }

    private static Path bundleOf(Path file, Set<Path> bundles) {
        for (Path p = file.getParent(); p != null; p = p.getParent()) {
            if (bundles.contains(p)) {
                return p;
            }
        }
        return null;
    }

    private void walk(Path realContent, List<Path> markdown, List<Path> others, Map<Path, List<Long>> stamps,
                      List<LoaException> problems) {
        try {
            Files.walkFileTree(contentDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(contentDir) && dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".")) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        Path target;
                        try {
                            target = file.toRealPath();
                        } catch (IOException e) {
                            problems.add(new LoaException(relative(file), 0, "liên kết tượng trưng trỏ tới một tệp không tồn tại ("
                                    + linkTarget(file) + ")", "xóa liên kết hoặc thay bằng một bản sao của tệp"));
                            return FileVisitResult.CONTINUE;
                        }
                        if (!target.startsWith(realContent)) {
                            problems.add(new LoaException(relative(file), 0, "liên kết tượng trưng trỏ ra ngoài thư mục content/ (" + target + ")",
                                    "sao chép tệp vào trong content/ thay vì dùng liên kết"));
                            return FileVisitResult.CONTINUE;
                        }
                        if (Files.isDirectory(target)) {
                            problems.add(new LoaException(relative(file), 0, "Loa không đi theo liên kết tới thư mục",
                                    "thay liên kết bằng một bản sao của thư mục"));
                            return FileVisitResult.CONTINUE;
                        }
                    }
                    if (file.getParent().equals(contentDir) && name.equals("site.yaml")) {
                        return FileVisitResult.CONTINUE; // read, and checked, by readConfigYaml
                    }
                    // A named pipe would make the build wait for a writer for ever, a device read without end.
                    if (!(attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file))) {
                        problems.add(notAFile(file));
                        return FileVisitResult.CONTINUE;
                    }
                    if (name.toLowerCase(Locale.ROOT).endsWith(".md")) {
                        markdown.add(file);
                        if (attrs.isRegularFile()) { // a link's stamp is its target's: looked up when read
                            stamps.put(file, PageSource.stamp(attrs));
                        }
                    } else {
                        others.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String linkTarget(Path link) {
        try {
            return String.valueOf(Files.readSymbolicLink(link));
        } catch (IOException e) {
            return "?";
        }
    }

    private Path relative(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(siteRoot) ? siteRoot.relativize(abs) : abs;
    }

    /** The largest Markdown file Loa reads: far above any page, and a bound on the memory one page takes. */
    public static final long MAX_MARKDOWN_BYTES = 50L * 1024 * 1024;
    /** The largest {@code site.yaml} or {@code theme.yaml}, as large as the YAML reader accepts. */
    public static final long MAX_YAML_BYTES = 8L * 1024 * 1024;

    /**
     * The bytes of a content file: a regular file (a named pipe or a device, also behind a symbolic link, is an
     * error, never read) of at most {@link #MAX_MARKDOWN_BYTES} or {@link #MAX_YAML_BYTES}.
     */
    private byte[] readBytes(Path p) {
        if (!Files.isRegularFile(p)) {
            throw notAFile(p);
        }
        boolean markdown = p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
        long limit = markdown ? MAX_MARKDOWN_BYTES : MAX_YAML_BYTES;
        long size = size(p);
        if (size > limit) {
            throw new LoaException(relative(p), 0, "tệp quá lớn (" + new Attachment("", "", size).sizeLabel() + "; Loa đọc tệp "
                    + (markdown ? "Markdown" : "YAML") + " đến " + limit / (1024 * 1024) + " MB)",
                    markdown ? "chia bài thành nhiều bài nhỏ hơn, hoặc đưa phần dài (bảng số liệu, phụ lục) vào một tệp PDF hay XLSX"
                            + " đính kèm cạnh bài"
                             : "tệp cấu hình chỉ cần vài trăm dòng; xóa phần thừa");
        }
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path under content/ or themes/ that is no regular file: a named pipe, a device, a socket, a folder. */
    private LoaException notAFile(Path p) {
        if (Files.isSymbolicLink(p) && !Files.exists(p)) {
            return new LoaException(relative(p), 0, "liên kết tượng trưng trỏ tới một tệp không tồn tại (" + linkTarget(p) + ")",
                    "xóa liên kết hoặc thay bằng một bản sao của tệp");
        }
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return new LoaException(relative(p), 0, "tệp đã bị xóa hoặc đổi tên trong lúc Loa đọc nó",
                    "chạy lại lệnh khi đã lưu xong tệp");
        }
        String kind = Files.isDirectory(p) ? "một thư mục" : "một tệp đặc biệt (ống dẫn, thiết bị hay socket)";
        return new LoaException(relative(p), 0, "đây là " + kind + (Files.isSymbolicLink(p) ? " (qua liên kết tượng trưng)" : "")
                + ", không phải một tệp thường nên Loa không đọc",
                "xóa nó khỏi thư mục, hoặc thay bằng một tệp thường");
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

}

package vn.loa.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import vn.loa.LoaException;
import vn.loa.index.Site;
import vn.loa.index.SiteIndexer;
import vn.loa.load.Content;
import vn.loa.load.ContentErrors;
import vn.loa.load.ContentLoader;
import vn.loa.load.SiteConfig;
import vn.loa.render.MarkdownRenderer;
import vn.loa.render.RelativeUrls;
import vn.loa.render.RenderedPage;
import vn.loa.theme.Output;
import vn.loa.theme.SiteRenderer;
import vn.loa.theme.Theme;
import vn.loa.write.SiteWriter;

/**
 * Runs the stages in order: load → render → index → theme → write. Theme and write overlap:
 * each output is rendered by its template just before it is written, so their time is one lap.
 */
public final class Builder {

    private Builder() {
    }

    public static BuildResult build(BuildOptions options) {
        Path root = options.source().toAbsolutePath().normalize();
        try {
            return run(options);
        } catch (ContentErrors e) {
            List<LoaException> relative = new ArrayList<>();
            e.errors().forEach(x -> relative.add(relative(x, root)));
            throw relative.equals(e.errors()) ? e : new ContentErrors(relative);
        } catch (LoaException e) {
            throw relative(e, root);
        }
    }

    private static BuildResult run(BuildOptions options) {
        long start = System.nanoTime();
        Stopwatch clock = new Stopwatch();
        checkPlaces(options.source(), options.output());
        SiteWriter writer = new SiteWriter(options.output());
        writer.checkOutput();

        ContentLoader.Loaded loaded = new ContentLoader(options.source(), options.drafts()).loadAll();
        Content content = loaded.content();
        clock.lap("load");
        SiteConfig config = content.config();
        if (options.baseUrl() != null) {
            String b = vn.loa.load.BaseUrl.ofOption("--base-url", options.baseUrl());
            config = new SiteConfig(config.title(), config.description(), config.language(), b, config.theme(),
                    config.timeZone(), config.pageSize(), config.allowHtml(), config.organisation(), config.pressContact(),
                    config.menu(), config.campaigns(), config.params());
        }
        // The theme is compiled while nothing else needs the templates; its errors come first. When
        // the content already has errors the pages are still rendered, for the errors only rendering
        // finds, and every content error of the run is reported at once.
        SiteRenderer renderer = loaded.errors().isEmpty()
                ? new SiteRenderer(Theme.resolve(options.source().toAbsolutePath(), config.theme()), config,
                        options.offline(), options.strictTemplates())
                : null;

        MarkdownRenderer markdown = new MarkdownRenderer(config.allowHtml(), new RelativeUrls(options.offline()));
        ConcurrentLinkedQueue<LoaException> errors = new ConcurrentLinkedQueue<>(loaded.errors());
        List<RenderedPage> rendered = vn.loa.Parallel.map(content.pages(), p -> {
            try {
                return markdown.render(p);
            } catch (LoaException e) {
                errors.add(e);
                return null;
            }
        });
        if (!errors.isEmpty()) {
            throw new ContentErrors(ContentLoader.sorted(errors));
        }
        clock.lap("render");

        LocalDate today = options.today() != null ? options.today() : LocalDate.now(config.timeZone());
        Site site = SiteIndexer.index(config, rendered, today);
        clock.lap("index");
        List<Output> outputs = renderer.plan(site);
        int files = writer.write(outputs, content.files());
        clock.lap("theme");
        return new BuildResult(content.pages().size(), files, (System.nanoTime() - start) / 1_000_000, clock.laps());
    }

    /**
     * The output is replaced whole, so it must not hold the site's own sources: it may not be
     * the site root or a folder above it, nor lie inside {@code content/} (the next build would
     * publish the last one) or {@code themes/}.
     */
    static void checkPlaces(Path source, Path output) {
        Path src = real(source);
        Path out = real(output);
        String fix = "chọn một thư mục xuất riêng bằng '--output', ví dụ '--output " + src.resolve("site") + "'";
        if (src.startsWith(out)) {
            throw new LoaException(output.toAbsolutePath().normalize(), 0,
                    "thư mục xuất chứa cả thư mục nguồn " + src + "; mỗi lần xây dựng Loa thay thế toàn bộ thư mục xuất", fix);
        }
        for (String inside : List.of("content", "themes")) {
            if (out.startsWith(src.resolve(inside))) {
                throw new LoaException(output.toAbsolutePath().normalize(), 0,
                        "thư mục xuất nằm trong " + inside + "/ của cổng; lần xây dựng sau sẽ coi trang đã xuất là nội dung", fix);
            }
        }
    }

    /** The real path of the nearest existing ancestor, with the rest of the path appended. */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    /** Names a file under the site root relative to it, as every other message does. */
    static LoaException relative(LoaException e, Path root) {
        Path f = e.file();
        if (f == null || !f.isAbsolute()) {
            return e;
        }
        Path abs = f.normalize();
        if (!abs.startsWith(root) || abs.equals(root)) {
            return e;
        }
        LoaException r = new LoaException(root.relativize(abs), e.line(), e.problem(), e.fix(), e.getCause());
        r.setStackTrace(e.getStackTrace());
        return r;
    }
}

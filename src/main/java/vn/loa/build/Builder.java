package vn.loa.build;

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
        long start = System.nanoTime();
        Stopwatch clock = new Stopwatch();
        SiteWriter writer = new SiteWriter(options.output());
        writer.checkOutput();

        Content content = new ContentLoader(options.source(), options.drafts()).load();
        clock.lap("load");
        SiteConfig config = content.config();
        if (options.baseUrl() != null) {
            String b = options.baseUrl().endsWith("/") ? options.baseUrl() : options.baseUrl() + "/";
            config = new SiteConfig(config.title(), config.description(), config.language(), b, config.theme(),
                    config.timeZone(), config.pageSize(), config.allowHtml(), config.organisation(), config.pressContact(),
                    config.menu(), config.campaigns(), config.params());
        }
        // The theme is compiled while nothing else needs the templates; its errors come first.
        SiteRenderer renderer = new SiteRenderer(Theme.resolve(options.source().toAbsolutePath(), config.theme()), config,
                options.offline(), options.strictTemplates());

        MarkdownRenderer markdown = new MarkdownRenderer(config.allowHtml(), new RelativeUrls(options.offline()));
        ConcurrentLinkedQueue<LoaException> errors = new ConcurrentLinkedQueue<>();
        List<RenderedPage> rendered = content.pages().parallelStream().map(p -> {
            try {
                return markdown.render(p);
            } catch (LoaException e) {
                errors.add(e);
                return null;
            }
        }).toList();
        if (!errors.isEmpty()) {
            throw new ContentErrors(new ArrayList<>(errors));
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
}

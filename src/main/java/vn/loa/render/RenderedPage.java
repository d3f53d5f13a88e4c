package vn.loa.render;

import java.util.List;
import java.util.Map;
import vn.loa.load.Page;

/**
 * A page after the render stage: its body as sanitised HTML, the table of contents, its plain
 * text (for search and summaries), and the anchors where its events are stated.
 */
public record RenderedPage(Page page, String html, List<TocEntry> toc, String text, String summary,
                           Map<String, String> eventAnchors, List<String> links) {

    public RenderedPage {
        toc = List.copyOf(toc);
        eventAnchors = Map.copyOf(eventAnchors);
        links = List.copyOf(links);
    }

    /** Set while a thread renders an output whose reading of bodies is watched; see {@link #watchBodyReads}. */
    private static final ThreadLocal<boolean[]> BODY_READS = new ThreadLocal<>();

    /**
     * Runs {@code render} and says whether it read the body (HTML, table of contents or text) of
     * any page: the engine learns this way which outputs show more than the summaries of the pages
     * they list, whatever the theme.
     */
    public static boolean watchBodyReads(Runnable render) {
        boolean[] read = {false};
        boolean[] outer = BODY_READS.get();
        BODY_READS.set(read);
        try {
            render.run();
        } finally {
            BODY_READS.set(outer);
        }
        return read[0];
    }

    private static void bodyRead() {
        boolean[] read = BODY_READS.get();
        if (read != null) {
            read[0] = true;
        }
    }

    public String html() {
        bodyRead();
        return html;
    }

    public List<TocEntry> toc() {
        bodyRead();
        return toc;
    }

    public String text() {
        bodyRead();
        return text;
    }

    /** The id of the block that states an event, by event slug, or null when it quotes none. */
    public String anchorOf(String eventSlug) {
        return eventAnchors.get(eventSlug);
    }
}

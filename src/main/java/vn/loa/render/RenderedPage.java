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

    /** The id of the block that states an event, by event slug, or null when it quotes none. */
    public String anchorOf(String eventSlug) {
        return eventAnchors.get(eventSlug);
    }
}

package vn.loa.index;

import java.util.List;
import vn.loa.render.RenderedPage;

/** A tag and its pages, newest first. {@code slug} is the folded name used in its URL. */
public record Tag(String name, String slug, List<RenderedPage> pages) {

    public Tag {
        pages = List.copyOf(pages);
    }

    public String url() {
        return "/the/" + slug + "/";
    }
}

package vn.loa.theme;

import java.util.List;
import java.util.Map;
import vn.loa.Key;
import vn.loa.index.Tag;
import vn.loa.load.Section;
import vn.loa.render.RenderedPage;

/**
 * The paginated lists of plans and of news, the tag index and a paginated list per tag. A list
 * page reads the summaries of the pages it shows and how many there are in all.
 */
final class ListOutputs {

    private ListOutputs() {
    }

    static void plan(OutputPlan plan) {
        for (Section s : List.of(Section.PLANS, Section.NEWS)) {
            pages(plan, s.urlPrefix(), s.label(), plan.site.section(s), "list.peb", plan.key("list").add(s.folder()),
                    Map.of("section", s.folder()), List.of());
        }

        Key tags = plan.key("tags");
        for (Tag t : plan.site.tags()) {
            tags.add(t.name()).add(t.slug()).add(t.pages().size());
        }
        plan.html("/the/", "tags.peb", tags, List.of(), List.of(new Crumb("Thẻ", null)), Map.of("tags", plan.site.tags()));
        for (Tag tag : plan.site.tags()) {
            pages(plan, tag.url(), tag.name(), tag.pages(), "tag.peb", plan.key("tag").add(tag.name()).add(tag.slug()),
                    Map.of("tag", tag), List.of(new Crumb("Thẻ", "/the/")));
        }
    }

    /** A paginated list of pages; a page of it sees its slice as templates do ({@link PageView}) when it is made. */
    static void pages(OutputPlan plan, String url, String title, List<RenderedPage> pages, String template, Key key,
                      Map<String, Object> extra, List<Crumb> parents) {
        plan.paginate(url, title, pages, template, key, extra, parents, plan::summary, r -> r,
                slice -> Map.of("items", plan.views(slice)));
    }
}

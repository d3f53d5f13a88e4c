package vn.loa.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.loa.index.Site;
import vn.loa.load.Campaign;
import vn.loa.load.Section;
import vn.loa.render.RenderedPage;

/**
 * Atom feeds (news, plans, and one per campaign: the summaries of the pages they carry), the
 * sitemap (every page's address), {@code robots.txt} and the 404 page (the site alone).
 */
final class FeedOutputs {

    private FeedOutputs() {
    }

    static void plan(OutputPlan plan) {
        Site site = plan.site;
        plan.html("/404.html", "404.peb", plan.key("404"), List.of(), List.of(new Crumb("Không tìm thấy trang", null)),
                Map.of(LoaExtension.ABSOLUTE_LINKS, true));
        for (Section s : List.of(Section.NEWS, Section.PLANS)) {
            feed(plan, site.config().title() + " — " + s.label(), s.urlPrefix(), site.section(s).stream().limit(30).toList(),
                    site.section(s).stream().map(r -> r.page().date()).findFirst().orElse(null));
        }
        for (Campaign c : site.campaigns()) {
            List<RenderedPage> items = site.pages().stream().filter(r -> c.id().equals(r.page().campaign())).toList();
            feed(plan, site.config().title() + " — " + c.name(), "/chien-dich/" + c.id() + "/", items,
                    items.isEmpty() ? null : items.get(0).page().date());
        }
        if (site.config().baseUrl() != null) {
            List<String> urls = new ArrayList<>();
            urls.add("/");
            site.pages().forEach(r -> urls.add(r.page().url()));
            urls.add("/ke-hoach/");
            urls.add("/tin-tuc/");
            urls.add("/chien-dich/");
            site.campaigns().forEach(c -> {
                urls.add("/chien-dich/" + c.id() + "/");
                site.yearsOf(c).forEach(y -> urls.add(y.url()));
            });
            site.tags().forEach(t -> urls.add(t.url()));
            urls.add("/nam/");
            site.years().forEach(y -> urls.add(y.url()));
            urls.add("/don-vi/");
            site.units().forEach(u -> urls.add(u.url()));
            site.events().forEach(e -> urls.add(e.url())); // every dated event has its page
            plan.text("/sitemap.xml", "sitemap.peb", plan.key("sitemap").addValue(urls), List.of(), Map.of("urls", urls));
        }
        plan.text("/robots.txt", "robots.peb", plan.key("robots"), List.of(), Map.of());
    }

    /** An Atom feed of pages; {@code list} is the page the feed stands for. */
    private static void feed(OutputPlan plan, String title, String list, List<RenderedPage> items, Object updated) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("feed_title", title);
        vars.put("feed_url", list + "index.xml");
        vars.put("list_url", list);
        vars.put("items", plan.views(items));
        vars.put("updated", updated);
        plan.text(list + "index.xml", "atom.peb", plan.summaries(plan.key("feed").add(title).addValue(updated), items), items, vars);
    }
}

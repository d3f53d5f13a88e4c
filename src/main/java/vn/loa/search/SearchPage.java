package vn.loa.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.loa.index.Site;
import vn.loa.index.Tag;
import vn.loa.load.Campaign;

/** What {@code search.peb} is given: the filters' choices, the archive links, and where the index is. */
public final class SearchPage {

    /** Tags listed among the archive links, the most used first. */
    static final int TAGS = 20;

    private SearchPage() {
    }

    /** @param offline whether the index is written as scripts, for a site read from disk */
    public static Map<String, Object> vars(Site site, SearchIndex index, boolean offline) {
        Map<String, Object> vars = new HashMap<>();
        List<Map<String, Object>> campaigns = new ArrayList<>();
        for (Campaign c : site.campaigns()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("campaign", c);
            m.put("years", site.yearsOf(c));
            campaigns.add(m);
        }
        vars.put("search_campaigns", campaigns);
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        site.pages().forEach(r -> {
            var p = r.page();
            Integer y = p.campaign() != null ? p.yearOfCampaign() : (p.date() == null ? null : p.date().getYear());
            if (y != null) {
                years.add(y);
            }
        });
        for (var e : SearchDoc.indexed(site.events())) {
            Integer y = e.campaign() != null ? e.year() : e.firstDay() == null ? null : e.firstDay().getYear();
            if (y != null) {
                years.add(y);
            }
        }
        vars.put("search_years", new ArrayList<>(years));
        vars.put("search_tags", site.tags().stream()
                .sorted(Comparator.comparingInt((Tag t) -> -t.pages().size()))
                .limit(TAGS).toList());
        vars.put("search_index", "/" + SearchIndex.FOLDER + (offline ? "manifest.js" : SearchIndex.MANIFEST));
        vars.put("search_version", index.version());
        return vars;
    }
}

package vn.loa.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A news post's {@code reports_on}: the events it reports on, each named by its id
 * ({@code le-ky-niem}) or by the address of its page ({@code /chien-dich/ngay-khcn/2024/su-kien/le-ky-niem/}).
 * An id is looked up first among the events of the post's campaign year, then among every event
 * of the site, where it must name one event. The load stage reports a name that finds none or
 * several; the index stage links what it finds.
 */
public final class ReportsOn {

    public static final String KEY = "reports_on";

    /** An event as a page states it: the page's address and the event's id. */
    public record Target(String pageUrl, String id) {
    }

    private final Map<String, List<Target>> byId = new HashMap<>();
    private final Map<String, Target> byAddress = new HashMap<>();
    private final Map<String, String> yearOf = new HashMap<>(); // page url → campaign/year

    public ReportsOn(List<Page> pages) {
        for (Page p : pages) {
            String year = campaignYear(p);
            if (year != null) {
                yearOf.put(p.url(), year);
            }
            for (EventSpec e : p.events()) {
                Target t = new Target(p.url(), e.slug());
                byId.computeIfAbsent(e.slug(), k -> new ArrayList<>()).add(t);
                byAddress.put(address(p, e.slug()), t);
            }
        }
    }

    /** The names a page's front matter gives in {@code reports_on} (a name or a list). */
    public static List<String> named(Page p) {
        Object v = p.params() == null ? null : p.params().get(KEY);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            list.stream().filter(java.util.Objects::nonNull).map(o -> o.toString().strip()).filter(s -> !s.isEmpty()).forEach(out::add);
        } else if (v != null && !v.toString().isBlank()) {
            out.add(v.toString().strip());
        }
        return out;
    }

    /** The event a name finds for a post, or null when it finds none or several ({@link #problem} says which). */
    public Target resolve(Page post, String name) {
        List<Target> found = candidates(post, name);
        return found.size() == 1 ? found.get(0) : null;
    }

    /** Why a name finds no single event, in Vietnamese; null when it finds one. */
    public String problem(Page post, String name) {
        List<Target> found = candidates(post, name);
        if (found.size() == 1) {
            return null;
        }
        if (found.isEmpty()) {
            return "không có sự kiện nào có mã hay địa chỉ '" + name + "'";
        }
        return "mã sự kiện '" + name + "' có ở nhiều bài: "
                + String.join(", ", found.stream().map(Target::pageUrl).sorted().toList());
    }

    private List<Target> candidates(Page post, String name) {
        if (name.startsWith("/")) {
            Target t = byAddress.get(name.endsWith("/") ? name : name + "/");
            return t == null ? List.of() : List.of(t);
        }
        List<Target> all = byId.getOrDefault(name, List.of());
        String year = campaignYear(post);
        if (year != null) {
            List<Target> same = all.stream().filter(t -> year.equals(yearOf.get(t.pageUrl()))).toList();
            if (!same.isEmpty()) {
                return same;
            }
        }
        return all;
    }

    private static String campaignYear(Page p) {
        return p.campaign() == null || p.yearOfCampaign() == null ? null : p.campaign() + "/" + p.yearOfCampaign();
    }

    /** The address of an event's page, as {@code vn.loa.index.Event#url} makes it. */
    static String address(Page p, String id) {
        String year = campaignYear(p);
        return year != null ? "/chien-dich/" + year + "/su-kien/" + id + "/" : p.url() + "su-kien/" + id + "/";
    }
}

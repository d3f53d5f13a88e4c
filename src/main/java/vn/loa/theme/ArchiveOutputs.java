package vn.loa.theme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.loa.Key;
import vn.loa.index.ArchiveEntry;
import vn.loa.index.Unit;
import vn.loa.index.Year;
import vn.loa.render.RenderedPage;

/**
 * The archive of years and of units: {@code /nam/} and a page per year (the whole year on one page),
 * {@code /don-vi/} and a page per unit (paginated), grouped by month. A page reads the summaries of the plans and news
 * it lists and of the pages that state the events it lists, and the counts of its year or unit.
 */
final class ArchiveOutputs {

    private ArchiveOutputs() {
    }

    static void plan(OutputPlan plan) {
        Function<ArchiveEntry, EntryView> entry = e -> new EntryView(e, e.page() == null ? null : plan.view(e.page()));

        Key years = plan.key("years");
        plan.site.years().forEach(y -> years.add(y.year()).add(y.plans()).add(y.news()).add(y.events()));
        plan.html("/nam/", "years.peb", years, List.of(), List.of(new Crumb("Lưu trữ theo năm", null)), Map.of("years", plan.site.years()));
        for (Year y : plan.site.years()) {
            wholeYear(plan, y, entry);
        }

        Key units = plan.key("units");
        plan.site.units().forEach(u -> units.add(unitKey(u)));
        plan.html("/don-vi/", "units.peb", units, List.of(), List.of(new Crumb("Đơn vị", null)), Map.of("units", plan.site.units()));
        for (Unit u : plan.site.units()) {
            entries(plan, u.url(), u.name(), u.entries(), entry, "unit.peb",
                    plan.key("unit").add(unitKey(u)), Map.of("unit", u), List.of(new Crumb("Đơn vị", "/don-vi/")));
        }
    }

    private static long unitKey(Unit u) {
        return Key.of("unit").add(u.slug()).add(u.name()).addValue(u.spellings()).add(u.issued()).add(u.leads()).add(u.joins()).get();
    }

    /**
     * A paginated archive list, each page's entries also grouped by month ({@code months}). The entries are seen
     * as templates see them ({@code view}) when a page of the list is made, not when it is planned.
     */
    private static void entries(OutputPlan plan, String url, String title, List<ArchiveEntry> items, Function<ArchiveEntry, EntryView> view,
                                String template, Key key, Map<String, Object> extra, List<Crumb> parents) {
        plan.paginate(url, title, items, template, key, extra, parents, e -> entryKey(plan, e), ArchiveOutputs::pageOf, slice -> {
            List<EntryView> views = slice.stream().map(view).toList();
            return Map.of("items", views, "months", months(views));
        });
    }

    /** The page an entry shows: the plan or news post, or the page that states the event. */
    private static RenderedPage pageOf(ArchiveEntry e) {
        return e.page() != null ? e.page() : e.event().page();
    }

    /**
     * A year on one page, not paginated: a reader finds any month of it by the month links at its head or by the
     * browser's search. A year may hold a few thousand entries, so each is one line (day, kind, title) without its
     * summary.
     */
    private static void wholeYear(OutputPlan plan, Year y, Function<ArchiveEntry, EntryView> view) {
        String title = "Năm " + y.year();
        List<ArchiveEntry> entries = y.entries();
        Key key = plan.key("year").add(y.year()).add(y.plans()).add(y.news()).add(y.events()).add(entries.size());
        List<RenderedPage> shows = new ArrayList<>();
        for (ArchiveEntry e : entries) {
            key.add(entryKey(plan, e));
            RenderedPage r = pageOf(e);
            if (r != null) {
                shows.add(r);
            }
        }
        List<Crumb> crumbs = List.of(new Crumb("Lưu trữ theo năm", "/nam/"), new Crumb(title, null));
        plan.html(y.url(), "year.peb", key, shows, crumbs, () -> {
            List<EntryView> items = entries.stream().map(view).toList();
            Map<String, Object> vars = new java.util.HashMap<>();
            vars.put("title", title);
            vars.put("year", y);
            vars.put("items", items);
            vars.put("months", months(items));
            vars.put("count", items.size());
            return vars;
        });
    }

    private static long entryKey(OutputPlan plan, ArchiveEntry e) {
        return plan.known(e, () -> {
            Key k = Key.of("entry").add(e.kind()).add(e.role() == null ? "" : e.role().id());
            return e.event() != null ? k.add(plan.summary(e.event().page())).add(e.event().id()).get() : k.add(plan.summary(e.page())).get();
        });
    }

    /** Entries in runs of one month: {@code year}, {@code month}, {@code id} ({@code thang-5-2024}), {@code entries}. */
    static List<Map<String, Object>> months(List<EntryView> entries) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<EntryView> run = null;
        LocalDate last = null;
        for (EntryView e : entries) {
            if (last == null || e.getDay().getYear() != last.getYear() || e.getDay().getMonthValue() != last.getMonthValue()) {
                run = new ArrayList<>();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("year", e.getDay().getYear());
                m.put("month", e.getDay().getMonthValue());
                m.put("id", "thang-" + e.getDay().getMonthValue() + "-" + e.getDay().getYear());
                m.put("entries", run);
                out.add(m);
            }
            run.add(e);
            last = e.getDay();
        }
        return out;
    }
}

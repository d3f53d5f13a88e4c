package vn.loa.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import vn.loa.load.Campaign;
import vn.loa.load.Page;
import vn.loa.load.Section;
import vn.loa.load.SiteConfig;
import vn.loa.render.RenderedPage;
import vn.loa.text.Vietnamese;

/**
 * The index stage after a save of a few Markdown files ({@code loa serve}): the last {@link Site}
 * with the pages that changed taken out as they were and put in as they are, every list keeping
 * its order. The result is the site {@link SiteIndexer#index} makes of all the pages (a test
 * compares the two after random changes), in a time that grows with the pages changed rather than
 * with the site: the lists are not sorted again, and only the campaign years, units and tags that
 * a changed page was or is in are made again.
 *
 * <p>A page is unchanged when the list given holds the very object the last site holds (the
 * engine keeps a page's rendered object while its file is not read again). The settings and the
 * day are the last site's: the engine asks for an update only after a save of Markdown files
 * alone, on the same day. A changed page that moves a campaign's focus week (which changes the
 * campaigns every event shows), or more than {@link #MAX_CHANGED} changed pages, take the whole index.
 */
final class SiteUpdate {

    static final int MAX_CHANGED = 256;

    private final Site last;
    private final SiteConfig config;
    /** The pages of the last site that are not in the new list, and those of the new list not in the last site. */
    private final Set<RenderedPage> gone;
    private final List<RenderedPage> added;
    private final Set<RenderedPage> isAdded;
    /** The pages gone and added: every page whose lists are touched. */
    private final List<RenderedPage> changed;
    private final TitleKeys titles = TitleKeys.of(List.of());
    /** The events of the pages added, as made for the new site. */
    private final List<Event> newEvents = new ArrayList<>();
    private final Map<String, String[]> unitSpellings = new HashMap<>();
    private final Map<String, String> tagSlugs = new HashMap<>();

    private SiteUpdate(Site last, Set<RenderedPage> gone, List<RenderedPage> added) {
        this.last = last;
        this.config = last.config();
        this.gone = gone;
        this.added = added;
        this.isAdded = identitySet(added);
        this.changed = concat(gone, added);
    }

    static Optional<Site> of(Site last, List<RenderedPage> rendered) {
        Set<RenderedPage> before = identitySet(last.pages());
        Set<RenderedPage> kept = Collections.newSetFromMap(new IdentityHashMap<>(rendered.size() * 2));
        List<RenderedPage> added = new ArrayList<>();
        for (RenderedPage r : rendered) {
            if (before.contains(r)) {
                kept.add(r);
            } else if (added.add(r) && added.size() > MAX_CHANGED) {
                return Optional.empty();
            }
        }
        if (kept.size() + added.size() != rendered.size()) {
            return Optional.empty(); // a page given twice: the whole index says what it says of that
        }
        Set<RenderedPage> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        for (RenderedPage r : last.pages()) {
            if (!kept.contains(r)) {
                gone.add(r);
            }
        }
        if (gone.size() > MAX_CHANGED) {
            return Optional.empty();
        }
        if (gone.isEmpty() && added.isEmpty()) {
            return Optional.of(last);
        }
        for (RenderedPage r : concat(gone, added)) {
            if (r.page().focusWeek() != null) {
                return Optional.empty();
            }
        }
        return Optional.of(new SiteUpdate(last, gone, added).site());
    }

    private Site site() {
        List<RenderedPage> pages = patched(last.pages(), gone::contains, added, SiteIndexer.newestFirst(titles));
        List<CampaignYear> years = campaignYears(pages);
        List<Event> events = events(pages, years); // with the campaign years, every event of the pages added made
        List<ArchiveEntry> archive = archive();
        List<Unit> units = units();
        return new Site(config, last.today(), pages, sections(), tags(), years, events,
                SiteIndexer.calendarYears(archive, last.years(), yearsChanged::contains), units);
    }

    /** The sections: those of a changed page with it taken out and put in, the others the last site's. */
    private Map<Section, List<RenderedPage>> sections() {
        Map<Section, List<RenderedPage>> out = new EnumMap<>(Section.class);
        out.putAll(last.sections());
        Set<Section> touched = EnumSet.noneOf(Section.class);
        changed.forEach(r -> touched.add(r.page().section()));
        for (Section s : touched) {
            List<RenderedPage> in = added.stream().filter(r -> r.page().section() == s).toList();
            List<RenderedPage> now = patched(last.section(s), gone::contains, in, SiteIndexer.sectionOrder(s, titles));
            if (now.isEmpty()) {
                out.remove(s);
            } else {
                out.put(s, now);
            }
        }
        return out;
    }

    /** The campaign years: those a changed page was or is in made again, the others the last site's. */
    private List<CampaignYear> campaignYears(List<RenderedPage> pages) {
        Map<String, Campaign> campaigns = config.campaigns();
        Set<YearOf> touched = new LinkedHashSet<>();
        for (RenderedPage r : changed) {
            YearOf y = YearOf.of(r.page(), campaigns);
            if (y != null) {
                touched.add(y);
            }
        }
        if (touched.isEmpty()) {
            return last.campaignYears();
        }
        Map<YearOf, List<RenderedPage>> pagesOf = new HashMap<>();
        for (RenderedPage r : pages) {
            YearOf y = YearOf.of(r.page(), campaigns);
            if (y != null && touched.contains(y)) {
                pagesOf.computeIfAbsent(y, k -> new ArrayList<>()).add(r);
            }
        }
        Map<YearOf, CampaignYear> out = new TreeMap<>();
        Map<YearOf, CampaignYear> lastOf = new HashMap<>();
        for (CampaignYear cy : last.campaignYears()) {
            YearOf y = new YearOf(cy.campaign().id(), cy.year());
            (touched.contains(y) ? lastOf : out).put(y, cy);
        }
        for (var entry : pagesOf.entrySet()) {
            YearOf y = entry.getKey();
            Campaign c = campaigns.get(y.campaign());
            CampaignYear before = lastOf.get(y);
            Map<RenderedPage, List<Event>> eventsBefore = byPage(before == null ? List.of() : before.events());
            List<Event> yearEvents = new ArrayList<>();
            for (RenderedPage r : entry.getValue()) {
                yearEvents.addAll(isAdded.contains(r) ? made(SiteIndexer.eventsOf(r, c, y.year(), config))
                        : eventsBefore.getOrDefault(r, List.of()));
            }
            yearEvents.sort(SiteIndexer.eventOrder(titles));
            List<RenderedPage> plans = entry.getValue().stream().filter(r -> r.page().isPlan()).toList();
            List<RenderedPage> news = entry.getValue().stream().filter(r -> r.page().section() == Section.NEWS).toList();
            out.put(y, new CampaignYear(c, y.year(), c.week(y.year()), plans, news, yearEvents));
        }
        return new ArrayList<>(out.values());
    }

    /** Every event: those of the campaign years in their order, then those of pages outside any campaign in the pages' order. */
    private List<Event> events(List<RenderedPage> pages, List<CampaignYear> years) {
        if (changed.stream().allMatch(r -> r.page().events().isEmpty())) {
            return last.events();
        }
        List<Event> events = new ArrayList<>(last.events().size() + 16);
        years.forEach(y -> events.addAll(y.events()));
        Map<RenderedPage, List<Event>> before = byPage(last.events().stream().filter(e -> e.campaign() == null).toList());
        for (RenderedPage r : pages) {
            if (r.page().campaign() == null && !r.page().events().isEmpty()) {
                events.addAll(isAdded.contains(r) ? made(SiteIndexer.eventsOf(r, null, null, config)) : before.getOrDefault(r, List.of()));
            }
        }
        return events;
    }

    private List<Event> made(List<Event> events) {
        newEvents.addAll(events);
        return events;
    }

    /** The archive, newest first: the last one without the changed pages' entries, with those of now put in. */
    private List<ArchiveEntry> archive() {
        List<ArchiveEntry> before = new ArrayList<>();
        last.years().forEach(y -> before.addAll(y.entries()));
        List<ArchiveEntry> in = SiteIndexer.entriesOf(added, newEvents);
        in.forEach(a -> yearsChanged.add(a.day().getYear()));
        return patched(before, a -> {
            if (gone.contains(a.source())) {
                yearsChanged.add(a.day().getYear());
                return true;
            }
            return false;
        }, in, ArchiveEntry.newestFirst(titles));
    }

    /** The calendar years of the archive entries taken out or put in. */
    private final Set<Integer> yearsChanged = new java.util.HashSet<>();

    /** The units: those a changed page or its events named made again from their entries, the others the last site's. */
    private List<Unit> units() {
        Set<String> touched = new LinkedHashSet<>();
        List<Event> goneEvents = gone.stream().anyMatch(r -> !r.page().events().isEmpty())
                ? last.events().stream().filter(e -> gone.contains(e.page())).toList() : List.of();
        for (RenderedPage r : changed) {
            String key = issuerKey(r);
            if (key != null) {
                touched.add(key);
            }
        }
        for (Event e : concat(goneEvents, newEvents)) {
            if (e.firstDay() != null) {
                for (String name : concat(e.lead(), e.partners())) {
                    String[] s = SiteIndexer.spelling(name, unitSpellings);
                    if (s != null) {
                        touched.add(s[1]);
                    }
                }
            }
        }
        if (touched.isEmpty()) {
            return last.units();
        }
        Map<String, String> slugs = new HashMap<>();
        touched.forEach(k -> slugs.put(Vietnamese.shorten(k.replace(' ', '-')), k));
        Map<String, Unit> before = new HashMap<>();
        List<Unit> units = new ArrayList<>(last.units().size() + touched.size());
        for (Unit u : last.units()) {
            String key = slugs.containsKey(u.slug()) ? SiteIndexer.spelling(u.spellings().get(0), unitSpellings)[1] : null;
            if (key != null && touched.contains(key)) {
                before.put(key, u);
            } else {
                units.add(u);
            }
        }
        Comparator<ArchiveEntry> newestFirst = ArchiveEntry.newestFirst(titles);
        for (String key : touched) {
            Unit u = before.get(key);
            List<ArchiveEntry> in = new ArrayList<>();
            for (RenderedPage r : added) {
                if (key.equals(issuerKey(r))) {
                    in.add(ArchiveEntry.of(r, ArchiveEntry.Role.ISSUED));
                }
            }
            for (Event e : newEvents) {
                ArchiveEntry.Role role = e.firstDay() == null ? null : names(e.lead(), key) ? ArchiveEntry.Role.LEAD
                        : names(e.partners(), key) ? ArchiveEntry.Role.PARTNER : null;
                if (role != null) {
                    in.add(ArchiveEntry.of(e, role));
                }
            }
            List<ArchiveEntry> entries = patched(u == null ? List.of() : u.entries(), a -> gone.contains(a.source()), in, newestFirst);
            if (!entries.isEmpty()) {
                insert(units, SiteIndexer.unit(key, spellingsOf(key, entries), entries), SiteIndexer.UNIT_ORDER);
            }
        }
        return units;
    }

    /** The key of the unit that issued a plan, as the archive of units counts it; null for any other page. */
    private String issuerKey(RenderedPage r) {
        Page p = r.page();
        if (!p.isPlan() || p.document() == null || p.document().issuer().isEmpty() || p.date() == null) {
            return null;
        }
        String[] s = SiteIndexer.spelling(p.document().issuer().get(p.document().issuer().size() - 1), unitSpellings);
        return s == null ? null : s[1];
    }

    private boolean names(List<String> names, String key) {
        for (String name : names) {
            String[] s = SiteIndexer.spelling(name, unitSpellings);
            if (s != null && s[1].equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** How often each spelling of a unit is met in its entries: as {@link SiteIndexer#units} counts them over the site. */
    private Map<String, Integer> spellingsOf(String key, List<ArchiveEntry> entries) {
        Map<String, Integer> out = new HashMap<>();
        for (ArchiveEntry a : entries) {
            List<String> names = a.event() == null ? List.of(a.page().page().document().issuer()
                    .get(a.page().page().document().issuer().size() - 1)) : concat(a.event().lead(), a.event().partners());
            for (String name : names) {
                String[] s = SiteIndexer.spelling(name, unitSpellings);
                if (s != null && s[1].equals(key)) {
                    out.merge(s[0], 1, Integer::sum);
                }
            }
        }
        return out;
    }

    /** The tags: those a changed page had or has made again from their pages, the others the last site's. */
    private List<Tag> tags() {
        Set<String> touched = new LinkedHashSet<>();
        for (RenderedPage r : changed) {
            r.page().tags().forEach(name -> touched.add(slug(name)));
        }
        if (touched.isEmpty()) {
            return last.tags();
        }
        Map<String, Tag> before = new HashMap<>();
        List<Tag> tags = new ArrayList<>(last.tags().size() + touched.size());
        for (Tag t : last.tags()) {
            if (touched.contains(t.slug())) {
                before.put(t.slug(), t);
            } else {
                tags.add(t);
            }
        }
        Comparator<RenderedPage> newestFirst = SiteIndexer.newestFirst(titles);
        for (String slug : touched) {
            Tag t = before.get(slug);
            List<RenderedPage> in = added.stream().filter(r -> r.page().tags().stream().anyMatch(n -> slug(n).equals(slug))).toList();
            List<RenderedPage> pages = patched(t == null ? List.of() : t.pages(), gone::contains, in, newestFirst);
            if (!pages.isEmpty()) {
                Map<String, Integer> spellings = new HashMap<>();
                for (RenderedPage r : pages) {
                    r.page().tags().stream().filter(n -> slug(n).equals(slug)).forEach(n -> spellings.merge(n, 1, Integer::sum));
                }
                insert(tags, SiteIndexer.tag(slug, spellings, pages), SiteIndexer.TAG_ORDER);
            }
        }
        return tags;
    }

    private String slug(String tagName) {
        return tagSlugs.computeIfAbsent(tagName, Vietnamese::slugify);
    }

    /** A sorted list without the items {@code out} takes, with {@code in} put in their places. */
    static <T> List<T> patched(List<T> list, Predicate<T> out, List<T> in, Comparator<? super T> order) {
        List<T> result = new ArrayList<>(list.size() + in.size());
        for (T t : list) {
            if (!out.test(t)) {
                result.add(t);
            }
        }
        List<T> sorted = new ArrayList<>(in);
        sorted.sort(order);
        sorted.forEach(t -> insert(result, t, order));
        return result;
    }

    private static <T> void insert(List<T> sorted, T item, Comparator<? super T> order) {
        int at = Collections.binarySearch(sorted, item, order);
        sorted.add(at < 0 ? -at - 1 : at, item);
    }

    private static Map<RenderedPage, List<Event>> byPage(List<Event> events) {
        Map<RenderedPage, List<Event>> out = new IdentityHashMap<>();
        events.forEach(e -> out.computeIfAbsent(e.page(), k -> new ArrayList<>()).add(e));
        return out;
    }

    private static <T> Set<T> identitySet(java.util.Collection<T> items) {
        Set<T> out = Collections.newSetFromMap(new IdentityHashMap<>(items.size() * 2));
        out.addAll(items);
        return out;
    }

    private static <T> List<T> concat(java.util.Collection<? extends T> a, java.util.Collection<? extends T> b) {
        List<T> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }

    /** A campaign year a page belongs to: its campaign (known to the settings) and the year of it. */
    private record YearOf(String campaign, int year) implements Comparable<YearOf> {

        static YearOf of(Page p, Map<String, Campaign> campaigns) {
            return p.campaign() != null && campaigns.containsKey(p.campaign()) && p.yearOfCampaign() != null
                    ? new YearOf(p.campaign(), p.yearOfCampaign()) : null;
        }

        @Override
        public int compareTo(YearOf o) {
            int c = campaign.compareTo(o.campaign);
            return c != 0 ? c : Integer.compare(year, o.year);
        }
    }
}

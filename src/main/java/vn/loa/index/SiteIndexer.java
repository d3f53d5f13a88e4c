package vn.loa.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import vn.loa.LoaException;
import vn.loa.Parallel;
import vn.loa.load.Campaign;
import vn.loa.load.ContentErrors;
import vn.loa.load.EventSpec;
import vn.loa.load.FocusWeek;
import vn.loa.load.Page;
import vn.loa.load.Section;
import vn.loa.load.SiteConfig;
import vn.loa.render.RenderedPage;
import vn.loa.text.Vietnamese;

/**
 * The index stage: builds the {@link Site} (sections, tags, campaign years and their events).
 * The load stage has already checked URLs, campaigns and event ids across the site; what is
 * left here is a focus week that two plans move in two different ways.
 */
public final class SiteIndexer {

    /** Newest first; undated pages last, by title; then by address. One comparison, not a chain (see {@link ArchiveEntry#newestFirst}). */
    static Comparator<RenderedPage> newestFirst(TitleKeys titles) {
        Comparator<String> byTitle = titles.order();
        return (a, b) -> {
            java.time.LocalDateTime da = a.page().date();
            java.time.LocalDateTime db = b.page().date();
            int c = da == null ? (db == null ? 0 : 1) : db == null ? -1 : db.compareTo(da);
            if (c == 0) {
                c = byTitle.compare(a.page().title(), b.page().title());
            }
            return c != 0 ? c : a.page().url().compareTo(b.page().url());
        };
    }

    private SiteIndexer() {
    }

    public static Site index(SiteConfig config, List<RenderedPage> rendered, LocalDate today) {
        return index(config, rendered, today, null);
    }

    /**
     * The same, the lists sorted from the order of the last site's ({@link LastOrder}): the same
     * site, made faster when few pages changed since.
     */
    public static Site index(SiteConfig config, List<RenderedPage> rendered, LocalDate today, Site last) {
        List<LoaException> errors = new ArrayList<>();
        List<String> allTitles = new ArrayList<>();
        for (RenderedPage r : rendered) {
            allTitles.add(r.page().title());
            r.page().events().forEach(e -> allTitles.add(e.title()));
        }
        TitleKeys titles = TitleKeys.of(allTitles);
        List<RenderedPage> pages = LastOrder.of(rendered, last == null ? List.of() : last.pages(), r -> r.page().file());
        pages.sort(newestFirst(titles));

        Map<Section, List<RenderedPage>> sections = sections(pages, titles);

        Map<String, Campaign> campaigns = new HashMap<>(config.campaigns());
        for (RenderedPage r : pages) {
            Page p = r.page();
            if (p.campaign() == null) {
                continue;
            }
            Campaign c = campaigns.get(p.campaign()); // known: the load stage checked it
            if (p.focusWeek() != null) {
                FocusWeek before = c.movedWeeks().get(p.yearOfCampaign());
                if (before != null && !before.equals(p.focusWeek())) {
                    errors.add(new LoaException(p.file(), 0, "tuần trọng tâm năm " + p.yearOfCampaign() + " của chiến dịch '"
                            + c.id() + "' được khai báo hai lần khác nhau", "giữ một khai báo 'focus_week' (hoặc trong site.yaml)"));
                } else {
                    campaigns.put(c.id(), c.withMovedWeek(p.yearOfCampaign(), p.focusWeek()));
                }
            }
        }

        Map<String, Map<Integer, List<RenderedPage>>> byCampaign = new TreeMap<>();
        for (RenderedPage r : pages) {
            Page p = r.page();
            if (p.campaign() != null && campaigns.containsKey(p.campaign()) && p.yearOfCampaign() != null) {
                byCampaign.computeIfAbsent(p.campaign(), k -> new TreeMap<>())
                        .computeIfAbsent(p.yearOfCampaign(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Event> events = new ArrayList<>();
        List<CampaignYear> years = new ArrayList<>();
        for (var byYear : byCampaign.entrySet()) {
            Campaign c = campaigns.get(byYear.getKey());
            for (var entry : byYear.getValue().entrySet()) {
                int year = entry.getKey();
                List<Event> yearEvents = new ArrayList<>();
                // Event ids are unique within a campaign year: the load stage checked it.
                for (RenderedPage r : entry.getValue()) {
                    yearEvents.addAll(eventsOf(r, c, year, config));
                }
                yearEvents.sort(eventOrder(titles));
                events.addAll(yearEvents);
                List<RenderedPage> plans = entry.getValue().stream().filter(r -> r.page().isPlan()).toList();
                List<RenderedPage> news = entry.getValue().stream().filter(r -> r.page().section() == Section.NEWS).toList();
                years.add(new CampaignYear(c, year, c.week(year), plans, news, yearEvents));
            }
        }
        // Events of pages outside any campaign still show on their page.
        for (RenderedPage r : pages) {
            if (r.page().campaign() == null) {
                events.addAll(eventsOf(r, null, null, config));
            }
        }
        if (!errors.isEmpty()) {
            throw new ContentErrors(errors);
        }
        SiteConfig resolved = config.withCampaigns(campaigns);
        List<ArchiveEntry> archive = archive(pages, events, titles, last);
        // Three parts that only read what is made above, made at once: about a fifth of the stage
        // less on two cores (the units take as long as the other two together).
        AtomicReference<List<Unit>> unitList = new AtomicReference<>();
        AtomicReference<List<Tag>> tagList = new AtomicReference<>();
        AtomicReference<List<Year>> yearList = new AtomicReference<>();
        Parallel.forEach(List.<Runnable>of(() -> unitList.set(units(pages, events, positions(archive))),
                () -> tagList.set(tags(pages)), () -> yearList.set(calendarYears(archive))), Runnable::run);
        return new Site(resolved, today, pages, sections, tagList.get(), years, events, yearList.get(), unitList.get());
    }

    /** The pages of each section, newest first; the pages that are not news or plans by title. */
    static Map<Section, List<RenderedPage>> sections(List<RenderedPage> pages, TitleKeys titles) {
        Map<Section, List<RenderedPage>> sections = new EnumMap<>(Section.class);
        for (RenderedPage r : pages) {
            sections.computeIfAbsent(r.page().section(), s -> new ArrayList<>()).add(r);
        }
        if (sections.containsKey(Section.PAGES)) {
            sections.get(Section.PAGES).sort(sectionOrder(Section.PAGES, titles));
        }
        return sections;
    }

    /** The order of a section's list: newest first, the pages that are not news or plans by title. */
    static Comparator<RenderedPage> sectionOrder(Section s, TitleKeys titles) {
        return s != Section.PAGES ? newestFirst(titles)
                : Comparator.comparing((RenderedPage r) -> r.page().title(), titles.order()).thenComparing(r -> r.page().url());
    }

    /**
     * The site after a save of a few Markdown files, with the settings and the day of the last
     * ({@link SiteUpdate}); empty when the whole index must be made again.
     */
    public static java.util.Optional<Site> update(Site last, List<RenderedPage> rendered) {
        return SiteUpdate.of(last, rendered);
    }

    /** The events a page states, placed in its campaign year (none for a page outside any campaign). */
    static List<Event> eventsOf(RenderedPage r, Campaign c, Integer year, SiteConfig config) {
        if (r.page().events().isEmpty()) {
            return List.of();
        }
        List<Event> out = new ArrayList<>(r.page().events().size());
        for (EventSpec spec : r.page().events()) {
            String id = spec.slug(); // made from the title each time it is asked for
            out.add(new Event(id, spec, r, c, year, r.anchorOf(id), config.timeFormat()));
        }
        return out;
    }

    /**
     * Every dated plan, news post and event as an archive entry, newest first: sorted once for the site, so that a
     * year's or a unit's entries, a part of them, keep this order without being sorted again (the order is total).
     */
    static List<ArchiveEntry> archive(List<RenderedPage> pages, List<Event> events, TitleKeys titles, Site last) {
        List<ArchiveEntry> all = entriesOf(pages, events);
        if (last != null) {
            List<ArchiveEntry> before = new ArrayList<>();
            last.years().forEach(y -> before.addAll(y.entries()));
            all = LastOrder.of(all, before, ArchiveEntry::identity);
        }
        ArchiveEntry.sortNewestFirst(all, titles);
        return all;
    }

    /** The archive's entries of these pages and events: the dated plans and news posts, and the dated events. */
    static List<ArchiveEntry> entriesOf(List<RenderedPage> pages, List<Event> events) {
        List<ArchiveEntry> out = new ArrayList<>();
        for (RenderedPage r : pages) {
            if (r.page().section().isListed() && r.page().date() != null) {
                out.add(ArchiveEntry.of(r, null));
            }
        }
        for (Event e : events) {
            if (e.firstDay() != null) {
                out.add(ArchiveEntry.of(e, null));
            }
        }
        return out;
    }

    /** The place of each page and event in the archive's order. */
    private static Map<Object, Integer> positions(List<ArchiveEntry> archive) {
        Map<Object, Integer> out = new java.util.IdentityHashMap<>(archive.size() * 2);
        for (int i = 0; i < archive.size(); i++) {
            ArchiveEntry a = archive.get(i);
            out.put(a.event() != null ? a.event() : a.page(), i);
        }
        return out;
    }

    /** Every year with a dated plan, news post or event, newest first; each year's entries newest first. */
    static List<Year> calendarYears(List<ArchiveEntry> archive) {
        return calendarYears(archive, List.of(), y -> true);
    }

    /**
     * The same, taking from {@code before} the years {@code changed} says did not change. The
     * archive is newest first, so each year's entries are a run of it.
     */
    static List<Year> calendarYears(List<ArchiveEntry> archive, List<Year> before, java.util.function.IntPredicate changed) {
        Map<Integer, Year> kept = new HashMap<>();
        before.forEach(y -> kept.put(y.year(), y));
        List<Year> out = new ArrayList<>();
        for (int start = 0, end; start < archive.size(); start = end) {
            int year = archive.get(start).day().getYear();
            end = start + 1;
            while (end < archive.size() && archive.get(end).day().getYear() == year) {
                end++;
            }
            Year y = kept.get(year);
            out.add(y != null && !changed.test(year) ? y : new Year(year, archive.subList(start, end)));
        }
        return out;
    }

    /**
     * The units: the issuing body of every plan (the last line of {@code issuer}: the first lines
     * name the body above it, as in {@code UBND TỈNH … / SỞ KHOA HỌC VÀ CÔNG NGHỆ}) and every unit
     * that leads or joins an event. Spellings are joined by {@link UnitNames#key}; a unit's name is
     * its most common spelling, a spelling in capitals only when there is no other (the issuing
     * body is written in capitals by the form of the document, not by choice).
     */
    static List<Unit> units(List<RenderedPage> pages, List<Event> events, Map<Object, Integer> positions) {
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        Map<String, Map<Object, ArchiveEntry>> entries = new HashMap<>();
        Map<String, String[]> seen = new HashMap<>(); // name as written → {spelling, key}: a few units, written many times
        for (RenderedPage r : pages) {
            if (!r.page().isPlan() || r.page().document() == null || r.page().document().issuer().isEmpty()
                    || r.page().date() == null) {
                continue;
            }
            List<String> issuer = r.page().document().issuer();
            String name = issuer.get(issuer.size() - 1);
            String key = note(name, spellings, seen);
            if (key != null) {
                entries.computeIfAbsent(key, k -> new java.util.IdentityHashMap<>()).putIfAbsent(r, ArchiveEntry.of(r, ArchiveEntry.Role.ISSUED));
            }
        }
        for (Event e : events) {
            if (e.firstDay() == null) {
                continue;
            }
            for (String name : e.lead()) {
                String key = note(name, spellings, seen);
                if (key != null) {
                    entries.computeIfAbsent(key, k -> new java.util.IdentityHashMap<>()).put(e, ArchiveEntry.of(e, ArchiveEntry.Role.LEAD));
                }
            }
            for (String name : e.partners()) {
                String key = note(name, spellings, seen);
                if (key != null) {
                    // Leading an event says more than joining it: a unit in both lists leads it.
                    entries.computeIfAbsent(key, k -> new java.util.IdentityHashMap<>()).putIfAbsent(e, ArchiveEntry.of(e, ArchiveEntry.Role.PARTNER));
                }
            }
        }
        List<Unit> units = new ArrayList<>();
        entries.forEach((key, byItem) -> {
            List<ArchiveEntry> list = new ArrayList<>(byItem.values());
            list.sort(Comparator.comparingInt(a -> positions.get(a.event() != null ? a.event() : a.page()))); // newest first
            units.add(unit(key, spellings.get(key), list));
        });
        units.sort(UNIT_ORDER);
        return units;
    }

    /** Units in Vietnamese order of their names. */
    static final Comparator<Unit> UNIT_ORDER = Comparator.comparing(Unit::name, Vietnamese.collation()).thenComparing(Unit::slug);

    /** A unit from its key, how often each spelling of it was met, and its entries newest first. */
    static Unit unit(String key, Map<String, Integer> spellings, List<ArchiveEntry> entries) {
        List<String> names = spellings.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(en -> UnitNames.allCaps(en.getKey()))
                        .thenComparing(en -> -en.getKey().length())
                        .thenComparing(Map.Entry.comparingByKey(Vietnamese.collation())))
                .map(Map.Entry::getKey).toList();
        String name = names.stream().filter(n -> !UnitNames.allCaps(n)).findFirst().orElse(names.get(0));
        return new Unit(Vietnamese.shorten(key.replace(' ', '-')), name, names, entries);
    }

    /** Counts a spelling of a unit; returns its key, or null for a name with no letter or digit. */
    private static String note(String name, Map<String, Map<String, Integer>> spellings, Map<String, String[]> seen) {
        String[] known = spelling(name, seen);
        if (known == null) {
            return null;
        }
        spellings.computeIfAbsent(known[1], k -> new HashMap<>()).merge(known[0], 1, Integer::sum);
        return known[1];
    }

    /**
     * A unit's name as written: its spelling (NFC, spaces joined) and its key ({@link UnitNames#key}),
     * each made once per name in {@code seen}; null for no name, or one with no letter or digit.
     */
    static String[] spelling(String name, Map<String, String[]> seen) {
        if (name == null) {
            return null;
        }
        String[] known = seen.computeIfAbsent(name, n -> {
            String spelling = Vietnamese.nfc(n).strip().replaceAll("\\s+", " ");
            return new String[] {spelling, UnitNames.key(spelling)};
        });
        return known[1].isEmpty() ? null : known;
    }

    /** Events in calendar order: first day, then time of day, then title. */
    static Comparator<Event> eventOrder(TitleKeys titles) {
        return Comparator.comparing(Event::firstDay).thenComparing(Event::sortTime).thenComparing(Event::title, titles.order())
                .thenComparing(e -> e.page().page().url()).thenComparing(Event::id);
    }

    private static List<Tag> tags(List<RenderedPage> pages) {
        Map<String, List<RenderedPage>> bySlug = new LinkedHashMap<>();
        Map<String, java.util.Set<RenderedPage>> seen = new HashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        Map<String, String> slugs = new HashMap<>(); // a few hundred names, written thousands of times
        for (RenderedPage r : pages) {
            for (String name : r.page().tags()) {
                String slug = slugs.computeIfAbsent(name, Vietnamese::slugify);
                List<RenderedPage> list = bySlug.computeIfAbsent(slug, k -> new ArrayList<>());
                if (seen.computeIfAbsent(slug, k -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>())).add(r)) {
                    list.add(r);
                }
                spellings.computeIfAbsent(slug, k -> new HashMap<>()).merge(name, 1, Integer::sum);
            }
        }
        List<Tag> tags = new ArrayList<>();
        bySlug.forEach((slug, list) -> tags.add(tag(slug, spellings.get(slug), list)));
        tags.sort(TAG_ORDER);
        return tags;
    }

    /** Tags in Vietnamese order of their names. */
    static final Comparator<Tag> TAG_ORDER = Comparator.comparing(Tag::name, Vietnamese.collation()).thenComparing(Tag::slug);

    /** A tag named by its most common spelling (of equals, the last in code point order). */
    static Tag tag(String slug, Map<String, Integer> spellings, List<RenderedPage> pages) {
        String name = spellings.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        return new Tag(name, slug, pages);
    }
}

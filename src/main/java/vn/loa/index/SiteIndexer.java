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
import vn.loa.LoaException;
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

    /** Newest first; undated pages last, by title. */
    public static final Comparator<RenderedPage> NEWEST_FIRST = Comparator
            .comparing((RenderedPage r) -> r.page().date(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(r -> r.page().title(), Vietnamese.collation());

    private SiteIndexer() {
    }

    public static Site index(SiteConfig config, List<RenderedPage> rendered, LocalDate today) {
        List<LoaException> errors = new ArrayList<>();
        List<RenderedPage> pages = new ArrayList<>(rendered);
        pages.sort(NEWEST_FIRST);

        Map<Section, List<RenderedPage>> sections = new EnumMap<>(Section.class);
        for (RenderedPage r : pages) {
            sections.computeIfAbsent(r.page().section(), s -> new ArrayList<>()).add(r);
        }
        if (sections.containsKey(Section.PAGES)) {
            sections.get(Section.PAGES).sort(Comparator.comparing(r -> r.page().title(), Vietnamese.collation()));
        }

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
                    for (EventSpec spec : r.page().events()) {
                        yearEvents.add(new Event(spec.slug(), spec, r, c, year, r.anchorOf(spec.slug())));
                    }
                }
                yearEvents.sort(EVENT_ORDER);
                events.addAll(yearEvents);
                List<RenderedPage> plans = entry.getValue().stream().filter(r -> r.page().isPlan()).toList();
                List<RenderedPage> news = entry.getValue().stream().filter(r -> r.page().section() == Section.NEWS).toList();
                years.add(new CampaignYear(c, year, c.week(year), plans, news, yearEvents));
            }
        }
        // Events of pages outside any campaign still show on their page.
        for (RenderedPage r : pages) {
            if (r.page().campaign() == null) {
                for (EventSpec spec : r.page().events()) {
                    events.add(new Event(spec.slug(), spec, r, null, null, r.anchorOf(spec.slug())));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ContentErrors(errors);
        }
        SiteConfig resolved = new SiteConfig(config.title(), config.description(), config.language(), config.baseUrl(),
                config.theme(), config.timeZone(), config.pageSize(), config.allowHtml(), config.organisation(),
                config.pressContact(), config.menu(), campaigns, config.params());
        return new Site(resolved, today, pages, sections, tags(pages), years, events);
    }

    /** Events in calendar order: first day, then time of day, then title. */
    public static final Comparator<Event> EVENT_ORDER = Comparator.comparing(Event::firstDay)
            .thenComparing(Event::sortTime)
            .thenComparing(Event::title, Vietnamese.collation());

    private static List<Tag> tags(List<RenderedPage> pages) {
        Map<String, List<RenderedPage>> bySlug = new LinkedHashMap<>();
        Map<String, java.util.Set<RenderedPage>> seen = new HashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (RenderedPage r : pages) {
            for (String name : r.page().tags()) {
                String slug = Vietnamese.slugify(name);
                List<RenderedPage> list = bySlug.computeIfAbsent(slug, k -> new ArrayList<>());
                if (seen.computeIfAbsent(slug, k -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>())).add(r)) {
                    list.add(r);
                }
                spellings.computeIfAbsent(slug, k -> new HashMap<>()).merge(name, 1, Integer::sum);
            }
        }
        List<Tag> tags = new ArrayList<>();
        bySlug.forEach((slug, list) -> {
            String name = spellings.get(slug).entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow().getKey();
            tags.add(new Tag(name, slug, list));
        });
        tags.sort(Comparator.comparing(Tag::name, Vietnamese.collation()));
        return tags;
    }
}

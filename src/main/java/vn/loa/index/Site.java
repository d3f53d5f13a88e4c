package vn.loa.index;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.loa.load.Campaign;
import vn.loa.load.Section;
import vn.loa.load.SiteConfig;
import vn.loa.render.RenderedPage;

/**
 * The index stage's result: every page placed in its section, tags, campaign years and events.
 * Lists are newest first; tags are in Vietnamese dictionary order. {@code years}: every calendar
 * year with a plan, news post or event, newest first; {@code units}: every unit that issued a plan
 * or leads or joins an event, in Vietnamese order of their names.
 */
public record Site(SiteConfig config, LocalDate today, List<RenderedPage> pages, Map<Section, List<RenderedPage>> sections,
                   List<Tag> tags, List<CampaignYear> campaignYears, List<Event> events, List<Year> years,
                   List<Unit> units) {

    public Site {
        pages = List.copyOf(pages);
        sections = Map.copyOf(sections);
        tags = List.copyOf(tags);
        campaignYears = List.copyOf(campaignYears);
        events = List.copyOf(events);
        years = List.copyOf(years);
        units = List.copyOf(units);
    }

    public List<RenderedPage> section(Section s) {
        return sections.getOrDefault(s, List.of());
    }

    /** The years of a campaign that have content, newest first. */
    public List<CampaignYear> yearsOf(Campaign c) {
        return campaignYears.stream().filter(y -> y.campaign().id().equals(c.id()))
                .sorted(Comparator.comparingInt(CampaignYear::year).reversed()).toList();
    }

    /** Campaigns with at least one year of content, in the order of their day in the year. */
    public List<Campaign> campaigns() {
        return config.campaigns().values().stream()
                .filter(c -> campaignYears.stream().anyMatch(y -> y.campaign().id().equals(c.id())))
                .sorted(Comparator.comparing(Campaign::day)).toList();
    }

    /**
     * The campaign year to feature on the home page: the one whose focus week contains today,
     * else the next one to come, else the latest.
     */
    public Optional<CampaignYear> featuredCampaignYear() {
        Optional<CampaignYear> current = campaignYears.stream().filter(y -> y.week().contains(today)).findFirst();
        if (current.isPresent()) {
            return current;
        }
        Optional<CampaignYear> next = campaignYears.stream().filter(y -> y.week().start().isAfter(today))
                .min(Comparator.comparing(y -> y.week().start()));
        if (next.isPresent()) {
            return next;
        }
        return campaignYears.stream().max(Comparator.comparing(y -> y.week().start()));
    }

    /** Whether today falls in the featured year's focus week. */
    public boolean isCurrent(CampaignYear y) {
        return y.week().contains(today);
    }
}

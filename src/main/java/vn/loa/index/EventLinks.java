package vn.loa.index;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loa.load.EventKind;
import vn.loa.load.ReportsOn;
import vn.loa.load.Section;
import vn.loa.render.RenderedPage;

/**
 * How events and news posts point at each other, and which events neighbour which.
 *
 * <p><b>Reports.</b> A news post reports on an event when its front matter names it in
 * {@code reports_on} ({@link ReportsOn}), or, when it names none, when it plainly names the
 * event ({@link ReportMatch}: published on one of the event's days or the day after, and its
 * title carries the event's title or its quoted name). A post never reports on the events it
 * states itself.
 *
 * <p><b>Neighbours.</b> An event's previous and next events are those of its week, in the order of
 * the site's calendars (first day, time of day, title, page, id): the focus week of its campaign
 * year when it begins in it, else the Monday-to-Sunday week it begins in, among every event that
 * begins there and is not in a focus week. Each event is in one week, so the links go both ways.
 */
public final class EventLinks {

    /** The most events whose matcher and references are kept once every post is linked. */
    static final int KEEP_UP_TO_EVENTS = 25_000;

    private final Site site;
    private final Comparator<Event> order;
    /** The events each news post asked for so far reports on; every post's once {@link #reports} is made. */
    private final Map<RenderedPage, List<Event>> reported = new IdentityHashMap<>();
    private Map<Event, List<RenderedPage>> reports;
    private ReportMatch match;
    private ReportsOn refs;
    private Map<ReportsOn.Target, Event> byTarget;
    private final Map<Event, Event> previous = new IdentityHashMap<>();
    private final Map<Event, Event> next = new IdentityHashMap<>();
    private Map<Event, List<Event>> weekOf;

    private EventLinks(Site site) {
        this.site = site;
        this.order = order(site);
    }

    /**
     * The links of a site, each part made when first asked: a news post's events alone for its page
     * (serve, after a post is added, plans that page first), every post's when an event's reports
     * are asked, the weeks when an event's neighbours are. Safe to ask from several threads.
     */
    public static EventLinks of(Site site) {
        return new EventLinks(site);
    }

    /**
     * The same, sharing with the links of the last site what they made of the events alone when
     * the new site has the same list of events (serve, after a news post is added or retitled).
     */
    public static EventLinks of(Site site, EventLinks last) {
        EventLinks links = new EventLinks(site);
        if (last != null && last.site.events() == site.events()) {
            synchronized (last) {
                links.match = last.match;
                links.refs = last.refs; // what reports_on finds depends on the pages that state events alone
                links.byTarget = last.byTarget;
            }
        }
        return links;
    }

    /** The news posts that report on an event, newest first. */
    public synchronized List<RenderedPage> reports(Event e) {
        if (reports == null) {
            Map<Event, List<RenderedPage>> all = new IdentityHashMap<>();
            for (RenderedPage r : site.section(Section.NEWS)) { // newest first
                linked(r).forEach(ev -> all.computeIfAbsent(ev, k -> new ArrayList<>()).add(r));
            }
            reports = all;
            if (site.events().size() > KEEP_UP_TO_EVENTS) {
                // Every post is linked: what linking reads is let go (a site of 100,000 pages holds it
                // through its build). A smaller site keeps it for the next site with the same events (serve).
                match = null;
                refs = null;
                byTarget = null;
            }
        }
        return reports.getOrDefault(e, List.of());
    }

    /** The events a news post reports on, in calendar order. */
    public synchronized List<Event> reportedBy(RenderedPage news) {
        return news.page().section() == Section.NEWS ? linked(news) : List.of();
    }

    /** The events of its week (itself among them), in order. */
    public synchronized List<Event> week(Event e) {
        return weeks().getOrDefault(e, List.of(e));
    }

    /** The event before it in its week, or null. */
    public synchronized Event previous(Event e) {
        weeks();
        return previous.get(e);
    }

    /** The event after it in its week, or null. */
    public synchronized Event next(Event e) {
        weeks();
        return next.get(e);
    }

    private List<Event> linked(RenderedPage r) {
        List<Event> known = reported.get(r);
        if (known == null) {
            known = link(r);
            reported.put(r, known);
        }
        return known;
    }

    private List<Event> link(RenderedPage r) {
        List<String> named = ReportsOn.named(r.page());
        List<Event> events = new ArrayList<>();
        if (named.isEmpty()) {
            if (match == null) {
                match = new ReportMatch(site.events());
            }
            events.addAll(match.reportedBy(r));
        } else {
            // What reports_on names is looked up only when a post names something (every event's id and address).
            if (refs == null) {
                refs = new ReportsOn(site.pages().stream().map(RenderedPage::page).toList());
                byTarget = new java.util.HashMap<>();
                site.events().forEach(e -> byTarget.put(new ReportsOn.Target(e.page().page().url(), e.id()), e));
            }
            for (String name : named) {
                ReportsOn.Target t = refs.resolve(r.page(), name);
                if (t != null && byTarget.containsKey(t)) {
                    events.add(byTarget.get(t));
                }
            }
        }
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (e.page() != r && !out.contains(e)) {
                out.add(e);
            }
        }
        out.sort(order);
        return List.copyOf(out);
    }

    private Map<Event, List<Event>> weeks() {
        if (weekOf == null) {
            weekOf = new IdentityHashMap<>();
            linkWeeks(site, order);
        }
        return weekOf;
    }

    private void linkWeeks(Site site, Comparator<Event> order) {
        Map<String, List<Event>> weeks = new LinkedHashMap<>();
        Map<String, CampaignYear> years = new java.util.HashMap<>();
        site.campaignYears().forEach(y -> years.put(y.campaign().id() + "/" + y.year(), y));
        for (Event e : site.events()) {
            weeks.computeIfAbsent(weekOf(e, years), k -> new ArrayList<>()).add(e);
        }
        for (List<Event> list : weeks.values()) {
            list.sort(order);
            List<Event> week = List.copyOf(list);
            week.forEach(e -> weekOf.put(e, week));
            for (int i = 0; i < week.size(); i++) {
                if (i > 0) {
                    previous.put(week.get(i), week.get(i - 1));
                }
                if (i + 1 < week.size()) {
                    next.put(week.get(i), week.get(i + 1));
                }
            }
        }
    }

    private static String weekOf(Event e, Map<String, CampaignYear> years) {
        CampaignYear y = e.campaign() == null ? null : years.get(e.campaign().id() + "/" + e.year());
        if (y != null && y.week().contains(e.firstDay())) {
            return "focus/" + e.campaign().id() + "/" + e.year();
        }
        return "week/" + e.firstDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The order of the site's calendars, made total by campaign and year (a title's key made when first compared). */
    static Comparator<Event> order(Site site) {
        return SiteIndexer.eventOrder(TitleKeys.of(List.of()))
                .thenComparing(e -> e.campaign() == null ? "" : e.campaign().id())
                .thenComparing(e -> e.year() == null ? 0 : e.year());
    }

    /** Whether an event can be reported on as something that took place (not a deadline or a vague span). */
    static boolean happens(Event e) {
        return e.kind() == EventKind.EVENT || e.kind() == EventKind.PERIOD;
    }

    /** The day after it ends: a report published then still reports on it. */
    static LocalDate reportedUntil(Event e) {
        return e.lastDay().plusDays(1);
    }
}

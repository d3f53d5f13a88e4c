package vn.loa.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.loa.Key;
import vn.loa.calendar.IcsWriter;
import vn.loa.index.CampaignYear;
import vn.loa.index.Event;
import vn.loa.index.EventLinks;
import vn.loa.load.EventKind;
import vn.loa.render.RenderedPage;

/**
 * A page and a calendar file for every dated event, in a campaign or not: a campaign year's events
 * at {@code /chien-dich/<campaign>/<year>/su-kien/<id>/}, the others under the page that states
 * them ({@code /ke-hoach/<slug>/su-kien/<id>/}), each with {@code <id>.ics} beside it.
 *
 * <p>An event page reads: its campaign year when it has one (the year's outputs' key), the page
 * that states it whole (the event's text is quoted from the body), the summaries of the news posts
 * that report on it, and the events of its week (neighbours and the same day's events). Its
 * calendar file reads the year, or the stating page's summary.
 */
final class EventOutputs {

    private EventOutputs() {
    }

    static void plan(OutputPlan plan) {
        SiteRenderer renderer = plan.renderer;
        IcsWriter ics = CampaignOutputs.ics(plan);
        long icsKey = CampaignOutputs.icsKey(plan);
        EventLinks links = plan.links();
        Map<List<Event>, Map<java.time.LocalDate, List<Event>>> days = new java.util.IdentityHashMap<>();
        Map<String, CampaignYear> years = new HashMap<>();
        Map<String, Long> yearKeys = new HashMap<>();
        plan.site.campaignYears().forEach(y -> years.put(y.campaign().id() + "/" + y.year(), y));
        // The events of a document one after another, so that its text is quoted from one parse of it.
        Map<java.nio.file.Path, List<Event>> byDocument = new java.util.LinkedHashMap<>();
        for (Event e : plan.site.events()) {
            if (plan.scope.wants(PlanScope.EVENT, e.page())) {
                byDocument.computeIfAbsent(e.page().page().file(), k -> new ArrayList<>()).add(e);
            }
        }
        EventTexts texts = new EventTexts(plan.keys, byDocument);
        for (Event e : byDocument.values().stream().flatMap(List::stream).toList()) {
            CampaignYear y = e.campaign() == null ? null : years.get(e.campaign().id() + "/" + e.year());
            long base = y != null ? yearKeys.computeIfAbsent(y.campaign().id() + "/" + y.year(), k -> CampaignOutputs.key(plan, y))
                    : Key.of("stated-by").add(plan.summary(e.page())).get();
            plan.file(e.icsUrl(), plan.key("ics-event").add(base).add(icsKey).add(e.id()),
                    () -> ics.calendar(e.title(), List.of(e), renderer::eventPageUrl));

            List<RenderedPage> reports = links.reports(e);
            List<Event> day = sameDay(days, links.week(e), e);
            List<Event> sameDay = around(day, e);
            int moreSameDay = Math.max(0, day.size() - 1 - sameDay.size());
            Event previous = links.previous(e);
            Event next = links.next(e);
            Key key = plan.key("event").add(base).add(e.id());
            plan.summaries(key, reports);
            for (Event o : java.util.Arrays.asList(previous, next)) {
                key.add(o == null ? 0 : eventKey(plan, o));
            }
            key.add(sameDay.size()).add(moreSameDay);
            sameDay.forEach(o -> key.add(eventKey(plan, o)));
            List<RenderedPage> shows = new ArrayList<>(reports);
            plan.html(e.url(), "event.peb", key, List.of(e.page()), shows, crumbs(e, y), () -> {
                Map<String, Object> vars = new HashMap<>();
                vars.put("event", e);
                vars.put("cy", y);
                vars.put("document", plan.view(e.page()));
                vars.put(CalendarOutputs.VAR, y != null ? CalendarOutputs.yearOffers(y) : List.of(CalendarOutputs.upcomingOffer()));
                vars.put("same_day", sameDay);
                vars.put("same_day_more", moreSameDay);
                vars.put("previous", previous);
                vars.put("next", next);
                vars.put("reports", plan.views(reports));
                vars.put("text", texts.of(e));
                vars.put("jsonld", EventJsonLd.of(List.of(e), renderer::absolute, renderer.zone()));
                return vars;
            });
        }
    }

    /** What a page showing an event in a list reads of it: its id, its place, and the page that states it; made once per event. */
    static long eventKey(OutputPlan plan, Event e) {
        return plan.eventKey(e);
    }

    /** The key of {@link #eventKey}, made by {@link OutputPlan#eventKey} once per event. */
    static long eventRef(OutputPlan plan, Event e) {
        return Key.of("event-ref").add(e.id()).add(e.campaign() == null ? "" : e.campaign().id())
                .add(e.year() == null ? 0 : e.year()).add(plan.summary(e.page())).get();
    }

    private static List<Crumb> crumbs(Event e, CampaignYear y) {
        if (y != null) {
            return List.of(new Crumb("Chiến dịch", "/chien-dich/"), new Crumb(y.campaign().name(), "/chien-dich/" + y.campaign().id() + "/"),
                    new Crumb("Năm " + y.year(), y.url()), new Crumb(e.title(), null));
        }
        List<Crumb> crumbs = new ArrayList<>();
        var section = e.page().page().section();
        if (section.isListed()) {
            crumbs.add(new Crumb(section.label(), section.urlPrefix()));
        }
        crumbs.add(new Crumb(e.page().page().title(), e.page().page().url()));
        crumbs.add(new Crumb(e.title(), null));
        return crumbs;
    }

    /** Most events of the same day an event's page lists; the others are counted, and are in the week's calendar. */
    static final int SAME_DAY_SHOWN = 8;

    /**
     * The events of its week that begin on its first day, itself among them, in the week's order;
     * none for an event whose day is not sure. Grouped once a week, so that a busy day costs its
     * events once each and not once per pair.
     */
    private static List<Event> sameDay(Map<List<Event>, Map<java.time.LocalDate, List<Event>>> days, List<Event> week, Event e) {
        if (e.spec().kind() == EventKind.VAGUE) {
            return List.of(e);
        }
        Map<java.time.LocalDate, List<Event>> byDay = days.computeIfAbsent(week, w -> {
            Map<java.time.LocalDate, List<Event>> out = new HashMap<>();
            w.forEach(o -> out.computeIfAbsent(o.firstDay(), d -> new ArrayList<>()).add(o));
            return out;
        });
        return byDay.getOrDefault(e.firstDay(), List.of(e));
    }

    /** The other events of a day that an event's page lists: at most {@link #SAME_DAY_SHOWN}, those nearest it in order. */
    private static List<Event> around(List<Event> day, Event e) {
        List<Event> others = new ArrayList<>(day.size());
        int at = 0;
        for (Event o : day) {
            if (o == e) {
                at = others.size();
            } else {
                others.add(o);
            }
        }
        if (others.size() <= SAME_DAY_SHOWN) {
            return others;
        }
        int from = Math.max(0, Math.min(at - SAME_DAY_SHOWN / 2, others.size() - SAME_DAY_SHOWN));
        return List.copyOf(others.subList(from, from + SAME_DAY_SHOWN));
    }
}

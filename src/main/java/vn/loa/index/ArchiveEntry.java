package vn.loa.index;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import vn.loa.render.RenderedPage;

/**
 * One line of an archive list (a year, a unit): a plan, a news post or an event, with the role a
 * unit had in it when the list is a unit's. Exactly one of {@code page} and {@code event} is set.
 */
public record ArchiveEntry(LocalDate day, LocalTime time, RenderedPage page, Event event, Role role) {

    /** What a unit did: issued a plan, led an event, or took part in one. */
    public enum Role {
        ISSUED("issued"), LEAD("lead"), PARTNER("partner");

        private final String id;

        Role(String id) {
            this.id = id;
        }

        /** {@code issued}, {@code lead}, {@code partner}: for templates and CSS classes. */
        public String id() {
            return id;
        }
    }

    /**
     * Sorts newest first: day, then time of day (later first), then plans, news, events, then
     * title, then address: a total order, so that every build lists the same entries alike.
     */
    static void sortNewestFirst(List<ArchiveEntry> entries, TitleKeys titles) {
        entries.sort(newestFirst(titles));
    }

    /**
     * The order of {@link #sortNewestFirst}, written out as one comparison (the archive of a site of
     * 10,000 pages sorts 20,000 entries in every build; a chain of five comparators made as many
     * calls through an interface for each comparison, which C1 does not inline).
     */
    static Comparator<ArchiveEntry> newestFirst(TitleKeys titles) {
        Comparator<String> byTitle = titles.order();
        return (a, b) -> {
            int c = b.day.compareTo(a.day);
            if (c == 0) {
                c = b.time.compareTo(a.time);
            }
            if (c == 0) {
                c = Integer.compare(a.rank(), b.rank());
            }
            if (c == 0) {
                c = byTitle.compare(a.title(), b.title());
            }
            return c != 0 ? c : a.address().compareTo(b.address());
        };
    }

    /** The page the entry is of, or that states its event. */
    RenderedPage source() {
        return event != null ? event.page() : page;
    }

    /** What the entry is of from one site to the next: the page's file, and the event's id. */
    Object identity() {
        return event != null ? List.of(event.page().page().file(), event.id()) : page.page().file();
    }

    /** The page's address, or for an event the address of the page that states it and its id. */
    private String address() {
        return event != null ? event.page().page().url() + "#" + event.id() : page.page().url();
    }

    static ArchiveEntry of(RenderedPage r, Role role) {
        return new ArchiveEntry(r.page().day(), r.page().date().toLocalTime(), r, null, role);
    }

    static ArchiveEntry of(Event e, Role role) {
        return new ArchiveEntry(e.firstDay(), e.sortTime(), null, e, role);
    }

    /** {@code plan}, {@code news} or {@code event}. */
    public String kind() {
        if (event != null) {
            return "event";
        }
        return page.page().isPlan() ? "plan" : "news";
    }

    public String title() {
        return event != null ? event.title() : page.page().title();
    }

    public int year() {
        return day.getYear();
    }

    public int month() {
        return day.getMonthValue();
    }

    private int rank() {
        return event != null ? 2 : page.page().isPlan() ? 0 : 1;
    }
}

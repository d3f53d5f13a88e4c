package vn.loa.theme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.loa.index.CampaignYear;
import vn.loa.index.Event;
import vn.loa.load.EventKind;
import vn.loa.text.Vietnamese;
import vn.loa.text.VietnameseDates;

/**
 * The focus week laid out as a calendar application lays out a week: a column per day, every
 * activity of several days as one band across the days it covers in the week (stacked in lanes
 * so that bands never overlap), and each day's own entries under the bands: its one-day events,
 * its deadlines and its approximate one-day items, in time order.
 *
 * <p>Rows of the grid: 1 the day headings, 2 … {@code lanes + 1} the bands, {@code lanes + 2}
 * the days' entries. A theme places each piece with these numbers (see
 * {@code partials/week-calendar.peb}); a phone reads the same pieces day by day.
 *
 * @param days  the week's days, in order
 * @param bands every band, by lane then column
 * @param lanes how many rows of bands
 */
public record WeekGrid(List<Day> days, List<Band> bands, int lanes) {

    /**
     * An activity of several days across the columns it covers in the week.
     *
     * @param column     its first column in the week, from 1
     * @param span       how many columns it covers
     * @param lane       its row among the bands, from 1
     * @param fromBefore whether it began before the week
     * @param toAfter    whether it goes on after the week
     */
    public record Band(Event event, String place, int column, int span, int lane, boolean fromBefore, boolean toAfter) {

        /** Its row in the grid: below the day headings. */
        public int row() {
            return lane + 1;
        }

        public boolean vague() {
            return event.kind() == EventKind.VAGUE;
        }

        /** Its whole dates, day and month: {@code 15/5 – 21/5} (with the years when they differ). */
        public String dates() {
            return dayMonth(event.start(), event.end()) + " – " + dayMonth(event.end(), event.start());
        }

        /** Its first day, day and month: {@code 15/5} (with the year when it ends in another). */
        public String from() {
            return dayMonth(event.start(), event.end());
        }

        /** Its last day, day and month: {@code 21/5}. */
        public String until() {
            return dayMonth(event.end(), event.start());
        }
    }

    private static String dayMonth(LocalDate d, LocalDate other) {
        return d.getYear() == other.getYear() ? d.getDayOfMonth() + "/" + d.getMonthValue() : VietnameseDates.shortDate(d);
    }

    /** A one-day item of a day: the event and its place, shortened for the grid. */
    public record Entry(Event event, String place) {

        public boolean deadline() {
            return event.kind() == EventKind.DEADLINE;
        }

        public boolean vague() {
            return event.kind() == EventKind.VAGUE;
        }
    }

    /**
     * A day of the week.
     *
     * @param column   its column, from 1
     * @param isToday  whether it is the day of the build
     * @param bands    the bands that begin in this column
     * @param also     the bands that cover this day but began in an earlier column (phones list them briefly)
     * @param entries  its own one-day items in time order
     */
    public record Day(LocalDate date, String weekday, boolean campaignDay, boolean isToday, int column, List<Band> bands,
                      List<Band> also, List<Entry> entries) {

        /** Nothing happens on it: no entry and no band over it. */
        public boolean empty() {
            return bands.isEmpty() && also.isEmpty() && entries.isEmpty();
        }
    }

    /** The grid row of the days' entries: below every band. */
    public int bodyRow() {
        return lanes + 2;
    }

    /** How many rows the grid has. */
    public int rows() {
        return lanes + 2;
    }

    /** The column of the day of the build, or 0 when the week does not hold it. */
    public int todayColumn() {
        return days.stream().filter(Day::isToday).mapToInt(Day::column).findFirst().orElse(0);
    }

    /** The week of a campaign year as a grid, marking {@code today} when the week holds it. */
    public static WeekGrid of(CampaignYear y, LocalDate today) {
        List<LocalDate> dates = y.week().days();
        LocalDate first = dates.get(0);
        LocalDate last = dates.get(dates.size() - 1);
        Comparator<Event> order = Comparator.comparing(Event::sortTime)
                .thenComparing(Event::title, Vietnamese.collation()).thenComparing(Event::id);

        List<Event> spanning = new ArrayList<>();
        for (Event e : y.events()) {
            if (isBand(e, first, last)) {
                spanning.add(e);
            }
        }
        spanning.sort(Comparator.comparing((Event e) -> max(e.start(), first))
                .thenComparing(Comparator.comparing((Event e) -> min(e.end(), last)).reversed())
                .thenComparing(order));
        List<Span> spans = new ArrayList<>();
        for (Event e : spanning) {
            int column = (int) (max(e.start(), first).toEpochDay() - first.toEpochDay()) + 1;
            int end = (int) (min(e.end(), last).toEpochDay() - first.toEpochDay()) + 1;
            spans.add(new Span(column, end - column + 1));
        }
        int[] lanes = lanes(spans);
        List<Band> bands = new ArrayList<>();
        int laneCount = 0;
        for (int i = 0; i < spanning.size(); i++) {
            Event e = spanning.get(i);
            bands.add(new Band(e, ShortPlace.of(e.location()), spans.get(i).column(), spans.get(i).span(), lanes[i],
                    e.start().isBefore(first), e.end().isAfter(last)));
            laneCount = Math.max(laneCount, lanes[i]);
        }
        bands.sort(Comparator.comparingInt(Band::lane).thenComparingInt(Band::column));

        List<Day> days = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate d = dates.get(i);
            int column = i + 1;
            List<Band> starting = bands.stream().filter(b -> b.column() == column)
                    .sorted(Comparator.comparingInt(Band::lane)).toList();
            List<Band> also = bands.stream().filter(b -> b.column() < column && column < b.column() + b.span())
                    .sorted(Comparator.comparingInt(Band::lane)).toList();
            List<Entry> entries = y.events().stream().filter(e -> isEntryOn(e, d)).sorted(order)
                    .map(e -> new Entry(e, ShortPlace.of(e.location()))).toList();
            days.add(new Day(d, VietnameseDates.weekday(d.getDayOfWeek()), d.equals(y.campaignDay()), d.equals(today), column,
                    starting, also, entries));
        }
        return new WeekGrid(List.copyOf(days), List.copyOf(bands), laneCount);
    }

    /**
     * Whether an event is a band of the week from {@code first} to {@code last}: an activity of
     * several days that covers a day of it, or an approximate span that begins in it (one that
     * began before the week is in the lead-up instead). A deadline has one day: never a band.
     */
    static boolean isBand(Event e, LocalDate first, LocalDate last) {
        if (e.start() == null || e.start().equals(e.end())) {
            return false;
        }
        return switch (e.kind()) {
            case EVENT, PERIOD -> !e.end().isBefore(first) && !e.start().isAfter(last);
            case VAGUE -> !e.start().isBefore(first) && !e.start().isAfter(last);
            case DEADLINE -> false;
        };
    }

    /** Whether an event is a one-day entry of day {@code d}: a one-day event, a deadline on it, an approximate day. */
    static boolean isEntryOn(Event e, LocalDate d) {
        if (e.kind() == EventKind.DEADLINE) {
            return d.equals(e.end());
        }
        return e.start() != null && e.start().equals(e.end()) && d.equals(e.start());
    }

    /** A band's columns before lanes are given: its first column (from 1) and how many it covers. */
    record Span(int column, int span) {

        int last() {
            return column + span - 1;
        }
    }

    /**
     * The lane of each span, in the order given: the lowest lane (from 1) whose columns are all
     * free, so that spans in the same lane never share a column. Given in order of first column,
     * longer first, this is the usual greedy layout of calendar applications.
     */
    static int[] lanes(List<Span> spans) {
        int[] out = new int[spans.size()];
        List<boolean[]> taken = new ArrayList<>();
        int width = spans.stream().mapToInt(Span::last).max().orElse(0) + 1;
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            int lane = 0;
            while (true) {
                if (lane == taken.size()) {
                    taken.add(new boolean[width]);
                }
                boolean[] row = taken.get(lane);
                boolean free = true;
                for (int c = s.column(); c <= s.last() && free; c++) {
                    free = !row[c];
                }
                if (free) {
                    for (int c = s.column(); c <= s.last(); c++) {
                        row[c] = true;
                    }
                    break;
                }
                lane++;
            }
            out[i] = lane + 1;
        }
        return out;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

package vn.loa.theme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loa.index.CampaignYear;
import vn.loa.index.Event;
import vn.loa.load.EventKind;
import vn.loa.text.Vietnamese;
import vn.loa.text.VietnameseDates;

/**
 * A campaign year's focus week laid out for one printed page ({@code printable-week.peb}): one
 * column a day; each activity of several days once, as a band across the columns it covers (rows
 * of bands packed so that bands that do not meet share a row); each day's single events and the
 * deadlines that fall on it in its column; vague spans that touch the week listed under the table.
 * Separate from the screen grid ({@link CampaignOutputs#days}) so that each can change alone.
 */
final class PrintableWeek {

    private PrintableWeek() {
    }

    /** The template's variables: {@code columns}, {@code band_rows}, {@code cells}, {@code around}. */
    static Map<String, Object> of(CampaignYear y) {
        List<LocalDate> days = y.week().days();
        List<Map<String, Object>> columns = new ArrayList<>();
        List<Map<String, Object>> cells = new ArrayList<>();
        for (LocalDate d : days) {
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("date", d);
            column.put("weekday", VietnameseDates.weekday(d.getDayOfWeek()));
            column.put("campaign_day", d.equals(y.campaignDay()));
            columns.add(column);
            cells.add(Map.of("date", d, "entries", entriesOn(y, d)));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("columns", columns);
        out.put("band_rows", bandRows(y, days));
        out.put("cells", cells);
        out.put("around", y.events().stream().filter(e -> e.kind() == EventKind.VAGUE
                && y.week().overlaps(e.start(), e.end())).sorted(order()).toList());
        return out;
    }

    /** Whether an event shows as a band: an activity of more than one day that touches the week. */
    static boolean isBand(Event e, CampaignYear y) {
        return e.kind() == EventKind.PERIOD && !e.start().equals(e.end()) && y.week().overlaps(e.start(), e.end());
    }

    /** A day's column: its one-day events in time order, then the deadlines that fall on it. */
    private static List<Map<String, Object>> entriesOn(CampaignYear y, LocalDate d) {
        List<Map<String, Object>> entries = new ArrayList<>();
        y.on(d).stream().filter(e -> !isBand(e, y)).sorted(order())
                .forEach(e -> entries.add(Map.of("event", e, "deadline", false)));
        y.events().stream().filter(e -> e.kind() == EventKind.DEADLINE && e.end().equals(d)).sorted(order())
                .forEach(e -> entries.add(Map.of("event", e, "deadline", true)));
        return entries;
    }

    /**
     * The bands in rows: each row a list of cells of {@code span} columns, a cell holding an
     * {@code event} or null for an empty stretch. A band goes in the first row it fits in.
     */
    private static List<List<Map<String, Object>>> bandRows(CampaignYear y, List<LocalDate> days) {
        List<Event> bands = y.events().stream().filter(e -> isBand(e, y))
                .sorted(Comparator.comparing((Event e) -> e.start().isBefore(days.get(0)) ? days.get(0) : e.start())
                        .thenComparing(order()))
                .toList();
        List<Event[]> rows = new ArrayList<>();
        for (Event e : bands) {
            int from = column(days, e.start());
            int to = column(days, e.end());
            Event[] row = rows.stream().filter(r -> free(r, from, to)).findFirst().orElse(null);
            if (row == null) {
                row = new Event[days.size()];
                rows.add(row);
            }
            for (int i = from; i <= to; i++) {
                row[i] = e;
            }
        }
        List<List<Map<String, Object>>> out = new ArrayList<>();
        for (Event[] row : rows) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (int i = 0; i < row.length; ) {
                int j = i;
                while (j + 1 < row.length && row[j + 1] == row[i]) {
                    j++;
                }
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("event", row[i]);
                cell.put("span", j - i + 1);
                cells.add(cell);
                i = j + 1;
            }
            out.add(cells);
        }
        return out;
    }

    private static boolean free(Event[] row, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (row[i] != null) {
                return false;
            }
        }
        return true;
    }

    /** The column of a day, days outside the week clamped to its ends. */
    private static int column(List<LocalDate> days, LocalDate d) {
        if (d.isBefore(days.get(0))) {
            return 0;
        }
        int i = days.indexOf(d);
        return i < 0 ? days.size() - 1 : i;
    }

    private static Comparator<Event> order() {
        return Comparator.comparing(Event::sortTime).thenComparing(Event::title, Vietnamese.collation()).thenComparing(Event::id);
    }
}

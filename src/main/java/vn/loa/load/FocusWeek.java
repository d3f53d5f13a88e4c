package vn.loa.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The days of a campaign year's focus week, both ends included. */
public record FocusWeek(LocalDate start, LocalDate end) {

    public FocusWeek {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end before start");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** Whether the closed span [from, to] shares at least one day with the week. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !to.isBefore(start) && !from.isAfter(end);
    }

    public List<LocalDate> days() {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            out.add(d);
        }
        return out;
    }
}

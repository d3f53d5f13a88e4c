package vn.loa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.loa.load.EventKind;
import vn.loa.load.EventSpec;

/** How an event's date reads on its page, its list and its calendar entry. */
class EventWhenTest {

    private static String when(EventKind kind, LocalDate start, LocalDate end) {
        EventSpec spec = new EventSpec("x", "Hội chợ", kind, start, null, end, null, null, null, null, List.of(),
                List.of(), null, null, 1);
        return new Event("x", spec, null, null, 2024, "x").when();
    }

    @Test
    void aVagueSpanOfDaysReadsFromTo() {
        assertEquals("Khoảng 11/2/2024 – 20/2/2024",
                when(EventKind.VAGUE, LocalDate.of(2024, 2, 11), LocalDate.of(2024, 2, 20)));
    }

    @Test
    void aVagueSingleDayIsNotARangeOfItself() {
        // "dịp 18/5": around that day, not "18/5/2024 – 18/5/2024"
        assertEquals("Khoảng 18/5/2024", when(EventKind.VAGUE, LocalDate.of(2024, 5, 18), LocalDate.of(2024, 5, 18)));
    }
}

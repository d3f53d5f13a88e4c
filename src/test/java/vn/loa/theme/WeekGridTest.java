package vn.loa.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.loa.index.CampaignYear;
import vn.loa.index.Event;
import vn.loa.load.Campaign;
import vn.loa.load.EventKind;
import vn.loa.load.EventSpec;

/** The week grid's layout: bands across their days in lanes that never overlap, entries in their day. */
class WeekGridTest {

    private static final Campaign KHCN = Campaign.defaults().get("ngay-khcn"); // week 15/5 – 21/5, day 18/5
    private static final LocalDate NOT_IN_WEEK = LocalDate.of(2024, 1, 1);

    private static LocalDate may(int day) {
        return LocalDate.of(2024, 5, day);
    }

    private static Event event(String title, EventKind kind, LocalDate start, LocalDate end, LocalTime time, String place) {
        EventSpec spec = new EventSpec(null, title, kind, start, time, end, null, null, null, place, List.of(), List.of(), null,
                null, 1);
        return new Event(spec.slug(), spec, null, KHCN, 2024, null);
    }

    private static Event period(String title, int start, int end) {
        return event(title, EventKind.PERIOD, may(start), may(end), null, null);
    }

    private static Event oneDay(String title, int day, LocalTime time) {
        return event(title, EventKind.EVENT, may(day), may(day), time, null);
    }

    private static WeekGrid grid(LocalDate today, Event... events) {
        return WeekGrid.of(new CampaignYear(KHCN, 2024, KHCN.week(2024), List.of(), List.of(), List.of(events)), today);
    }

    private static WeekGrid.Band band(WeekGrid g, String title) {
        return g.bands().stream().filter(b -> b.event().title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void aPeriodIsOneBandAcrossTheColumnsItCoversInTheWeek() {
        WeekGrid g = grid(NOT_IN_WEEK, period("Triển lãm", 15, 21), period("Trưng bày", 18, 21), period("Cuộc thi ảnh", 6, 16),
                period("Hội chợ", 20, 25));
        assertEquals(4, g.bands().size(), "one band each, not a card per day");
        WeekGrid.Band trienLam = band(g, "Triển lãm");
        assertEquals(List.of(1, 7), List.of(trienLam.column(), trienLam.span()));
        WeekGrid.Band trungBay = band(g, "Trưng bày");
        assertEquals(List.of(4, 4), List.of(trungBay.column(), trungBay.span()));
        WeekGrid.Band cuocThi = band(g, "Cuộc thi ảnh");
        assertEquals(List.of(1, 2), List.of(cuocThi.column(), cuocThi.span()), "cut at the week's first day");
        assertTrue(cuocThi.fromBefore() && !cuocThi.toAfter());
        WeekGrid.Band hoiCho = band(g, "Hội chợ");
        assertEquals(List.of(6, 2), List.of(hoiCho.column(), hoiCho.span()), "cut at the week's last day");
        assertTrue(hoiCho.toAfter() && !hoiCho.fromBefore());
        assertEquals("20/5 – 25/5", hoiCho.dates());
        // The whole week takes lane 1; the three others share lane 2 where they do not meet, else lane 3.
        assertEquals(1, trienLam.lane());
        assertEquals(2, cuocThi.lane());
        assertEquals(2, trungBay.lane());
        assertEquals(3, hoiCho.lane(), "20–21/5 meets Trưng bày in lane 2");
        assertEquals(3, g.lanes());
        assertEquals(5, g.bodyRow(), "the days' entries below the headings and three lanes");
        assertEquals(3, trungBay.row(), "lane 2 is the grid's row 3");
    }

    @Test
    void eachDayListsTheBandsThatBeginOnItAndBrieflyThoseGoingOn() {
        WeekGrid g = grid(NOT_IN_WEEK, period("Triển lãm", 15, 21), period("Trưng bày", 18, 21));
        assertEquals(List.of("Triển lãm"), g.days().get(0).bands().stream().map(b -> b.event().title()).toList());
        assertTrue(g.days().get(0).also().isEmpty());
        assertEquals(List.of("Trưng bày"), g.days().get(3).bands().stream().map(b -> b.event().title()).toList());
        assertEquals(List.of("Triển lãm"), g.days().get(3).also().stream().map(b -> b.event().title()).toList());
        assertEquals(List.of("Triển lãm", "Trưng bày"), g.days().get(6).also().stream().map(b -> b.event().title()).toList());
        assertTrue(g.days().stream().allMatch(d -> d.entries().isEmpty()), "a band is not also an entry");
        assertTrue(g.days().stream().noneMatch(WeekGrid.Day::empty), "a day under a band is not empty");
    }

    @Test
    void oneDayEventsDeadlinesAndApproximateDaysAreEntriesOfTheirDayInTimeOrder() {
        Event deadline = event("Hạn nộp tác phẩm", EventKind.DEADLINE, null, may(16), null, null);
        Event lateDeadline = event("Hạn trước tuần", EventKind.DEADLINE, null, may(10), null, null);
        Event about = event("Giao lưu", EventKind.VAGUE, may(19), may(19), null, null);
        Event vagueSpan = event("Khảo sát", EventKind.VAGUE, may(21), may(31), null, null);
        Event vagueBefore = event("Điều tra", EventKind.VAGUE, may(1), may(20), null, null);
        WeekGrid g = grid(NOT_IN_WEEK, oneDay("Hội thảo", 16, LocalTime.of(14, 0)), oneDay("Lễ", 16, LocalTime.of(8, 0)), deadline,
                lateDeadline, about, vagueSpan, vagueBefore);
        assertEquals(List.of("Hạn nộp tác phẩm", "Lễ", "Hội thảo"), titles(g.days().get(1).entries()),
                "the deadline in its day, first; then by time");
        assertTrue(g.days().get(1).entries().get(0).deadline());
        assertEquals(List.of("Giao lưu"), titles(g.days().get(4).entries()));
        assertTrue(g.days().get(4).entries().get(0).vague());
        assertEquals(List.of("Khảo sát"), g.bands().stream().map(b -> b.event().title()).toList(),
                "an approximate span beginning in the week is a band; one from before the week is in the lead-up");
        assertTrue(g.bands().get(0).vague());
        assertEquals(List.of(7, 1), List.of(g.bands().get(0).column(), g.bands().get(0).span()));
        assertTrue(g.days().stream().flatMap(d -> d.entries().stream()).noneMatch(e -> e.event() == lateDeadline));
        assertTrue(g.days().get(0).empty());
        assertEquals(1, g.lanes(), "one lane");
    }

    @Test
    void theDayOfTheBuildAndTheCampaignDayAreMarked() {
        WeekGrid g = grid(may(17), oneDay("Lễ", 18, null));
        assertEquals(3, g.todayColumn());
        assertTrue(g.days().get(2).isToday());
        assertEquals(1, g.days().stream().filter(WeekGrid.Day::isToday).count());
        assertTrue(g.days().get(3).campaignDay());
        assertEquals(0, grid(NOT_IN_WEEK).todayColumn(), "no column when the week does not hold today");
        assertEquals(0, grid(NOT_IN_WEEK).lanes());
        assertEquals(2, grid(NOT_IN_WEEK).bodyRow(), "without bands the entries follow the headings");
    }

    @Test
    void thePlaceIsShortenedToTheHallAndTheBuilding() {
        assertEquals("Hội trường lớn, Trung tâm Hội nghị tỉnh",
                ShortPlace.of("Hội trường lớn, Trung tâm Hội nghị tỉnh, thành phố Lam Giang"));
        assertEquals("Nhà Văn hóa Lao động tỉnh", ShortPlace.of("Nhà Văn hóa Lao động tỉnh, số 8 đường Hùng Vương, thành phố Lam Giang"));
        assertEquals("Thành phố Lam Giang", ShortPlace.of("Thành phố Lam Giang"), "the first part stays");
        assertEquals("Trường Đại học Hồng Lam", ShortPlace.of("Trường Đại học Hồng Lam"));
        WeekGrid g = grid(NOT_IN_WEEK, event("Lễ", EventKind.EVENT, may(18), may(18), null, "Sảnh tầng 1, Trung tâm Hội nghị tỉnh, "
                + "thành phố Lam Giang"));
        assertEquals("Sảnh tầng 1, Trung tâm Hội nghị tỉnh", g.days().get(3).entries().get(0).place());
    }

    @Test
    void lanesNeverShareAColumnAndUseTheLowestFreeLane() {
        assertArrayEquals(new int[] {1, 2, 1, 2}, WeekGrid.lanes(List.of(new WeekGrid.Span(1, 3), new WeekGrid.Span(2, 2),
                new WeekGrid.Span(4, 4), new WeekGrid.Span(5, 1))));
        Random random = new Random(14);
        for (int run = 0; run < 500; run++) {
            List<WeekGrid.Span> spans = new ArrayList<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                int column = 1 + random.nextInt(7);
                spans.add(new WeekGrid.Span(column, 1 + random.nextInt(8 - column)));
            }
            int[] lanes = WeekGrid.lanes(spans);
            for (int i = 0; i < spans.size(); i++) {
                assertTrue(lanes[i] >= 1);
                for (int j = 0; j < i; j++) {
                    boolean meet = spans.get(i).column() <= spans.get(j).last() && spans.get(j).column() <= spans.get(i).last();
                    assertFalse(meet && lanes[i] == lanes[j], "spans " + spans.get(i) + " and " + spans.get(j) + " share lane " + lanes[i]);
                }
                // Greedy: each lane below its own holds an earlier span that meets it.
                for (int lane = 1; lane < lanes[i]; lane++) {
                    int l = lane;
                    int k = i;
                    boolean blocked = false;
                    for (int j = 0; j < k; j++) {
                        blocked |= lanes[j] == l && spans.get(i).column() <= spans.get(j).last()
                                && spans.get(j).column() <= spans.get(i).last();
                    }
                    assertTrue(blocked, "span " + spans.get(i) + " could have taken lane " + lane);
                }
            }
        }
    }

    private static List<String> titles(List<WeekGrid.Entry> entries) {
        return entries.stream().map(e -> e.event().title()).toList();
    }
}

package vn.loa.calendar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.calendar.IcsAssertions.contentLines;
import static vn.loa.calendar.IcsAssertions.events;
import static vn.loa.calendar.IcsAssertions.only;
import static vn.loa.calendar.IcsAssertions.param;
import static vn.loa.calendar.IcsAssertions.parse;
import static vn.loa.calendar.IcsAssertions.physicalLines;
import static vn.loa.calendar.IcsAssertions.property;
import static vn.loa.calendar.IcsAssertions.value;
import static vn.loa.calendar.TestEvents.KHCN;
import static vn.loa.calendar.TestEvents.PLAN;
import static vn.loa.calendar.TestEvents.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Function;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import vn.loa.index.CampaignYear;
import vn.loa.index.Event;
import vn.loa.load.FocusWeek;
import vn.loa.load.Section;
import vn.loa.text.TimeFormat;

class IcsWriterTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Instant BUILD = Instant.parse("2024-05-16T01:02:03Z");
    static final String HOST = "khcn.honglam.example.vn";
    static final Function<Event, String> ABSOLUTE = e -> e.url() == null ? null : "https://" + HOST + e.url();
    static final Function<Event, String> NO_BASE_URL = e -> null;
    static final String PLAN_TITLE = PLAN.page().title();

    private final IcsWriter writer = new IcsWriter(VIETNAM, HOST, BUILD);

    private Calendar write(Event... events) {
        return parse(writer.calendar("Ngày KH&CN 2024", List.of(events), ABSOLUTE));
    }

    private static Temporal date(Component event, String name) {
        return ((DateProperty<?>) property(event, name)).getDate();
    }

    private static java.util.Set<String> categories(Component event) {
        return ((net.fortuna.ical4j.model.property.Categories) property(event, "CATEGORIES")).getCategories().getTexts();
    }

    @Test
    void calendarProperties() {
        Calendar cal = parse(writer.calendar("Ngày Khoa học và Công nghệ Việt Nam 2024", List.of(event("Tọa đàm").build()), ABSOLUTE));
        assertEquals("-//Loa//Loa static site generator//VI", value(cal, "PRODID"));
        assertEquals("2.0", value(cal, "VERSION"));
        assertEquals("GREGORIAN", value(cal, "CALSCALE"));
        assertEquals("PUBLISH", value(cal, "METHOD"));
        assertEquals("Ngày Khoa học và Công nghệ Việt Nam 2024", value(cal, "X-WR-CALNAME"));
        assertEquals("Asia/Ho_Chi_Minh", value(cal, "X-WR-TIMEZONE"));
        assertEquals(1, events(cal).size());
    }

    @Test
    void everyFieldOfAnAllDayEvent() {
        Event e = event("Tọa đàm kỷ niệm Ngày Khoa học và Công nghệ Việt Nam").id("toa-dam").on(2024, 5, 17)
                .location("Hội trường tầng 2, Tòa nhà B")
                .lead("Phòng Quản lý Khoa học", "Văn phòng Sở")
                .partners("Trung tâm Nghiên cứu, Ứng dụng và Dịch vụ KH&CN")
                .description("Mời đại diện các doanh nghiệp khoa học và công nghệ.")
                .source("Ngày 17/5/2024: Tọa đàm kỷ niệm Ngày Khoa học và Công nghệ Việt Nam")
                .build();
        Component v = only(write(e));
        assertEquals("toa-dam-ngay-khcn-2024@khcn.honglam.example.vn", value(v, "UID"));
        assertEquals("20240516T010203Z", value(v, "DTSTAMP"));
        assertEquals(BUILD, Instant.from(date(v, "DTSTAMP")));
        assertEquals("0", value(v, "SEQUENCE"), "no edit can be counted without state: a subscribed calendar matches by UID");
        assertEquals("20240411T170000Z", value(v, "LAST-MODIFIED"), "the date of the plan that states it, 12/4/2024 in Vietnam");
        assertEquals("Tọa đàm kỷ niệm Ngày Khoa học và Công nghệ Việt Nam", value(v, "SUMMARY"));
        assertEquals("20240517", value(v, "DTSTART"));
        assertEquals("DATE", param(property(v, "DTSTART"), "VALUE"));
        assertEquals(LocalDate.of(2024, 5, 17), date(v, "DTSTART"));
        assertEquals("20240518", value(v, "DTEND"), "DTEND is exclusive: the day after");
        assertEquals("DATE", param(property(v, "DTEND"), "VALUE"));
        assertEquals("Chủ trì: Phòng Quản lý Khoa học; Văn phòng Sở\n"
                + "Phối hợp: Trung tâm Nghiên cứu, Ứng dụng và Dịch vụ KH&CN\n"
                + "Mời đại diện các doanh nghiệp khoa học và công nghệ.\n"
                + "Nguyên văn: Ngày 17/5/2024: Tọa đàm kỷ niệm Ngày Khoa học và Công nghệ Việt Nam\n"
                + "Nguồn: " + PLAN_TITLE, value(v, "DESCRIPTION"));
        assertEquals("Hội trường tầng 2, Tòa nhà B", value(v, "LOCATION"));
        assertEquals("https://khcn.honglam.example.vn/chien-dich/ngay-khcn/2024/su-kien/toa-dam/", value(v, "URL"));
        assertEquals(java.util.Set.of("Ngày Khoa học và Công nghệ Việt Nam"), categories(v));
        assertNull(value(v, "TRANSP"));
        assertNull(value(v, "DURATION"));
    }

    @Test
    void eventWithoutTimeIsAllDayAndNeedsNoTimeZone() {
        Calendar cal = write(event("Hội chợ công nghệ").on(2024, 5, 18).build());
        Component v = only(cal);
        assertEquals("20240518", value(v, "DTSTART"));
        assertEquals("20240519", value(v, "DTEND"));
        assertEquals("Nguồn: " + PLAN_TITLE, value(v, "DESCRIPTION"));
        assertTrue(IcsAssertions.components(cal, Component.VTIMEZONE).isEmpty(), "no clock time, no VTIMEZONE");
        assertTrue(contentLines(writer.calendar("x", List.of(event("Hội chợ").build()), ABSOLUTE)).stream()
                .noneMatch(l -> l.contains("TZID")));
    }

    @Test
    void periodOfTheWholeFocusWeekEndsTheDayAfterItsLastDay() {
        Component v = only(write(event("Tuần lễ Khoa học và Công nghệ")
                .period(LocalDate.of(2024, 5, 15), LocalDate.of(2024, 5, 21)).build()));
        assertEquals("20240515", value(v, "DTSTART"));
        assertEquals("20240522", value(v, "DTEND"));
    }

    @Test
    void periodCrossingTheEndOfTheFocusWeek() {
        FocusWeek week = KHCN.week(2024);
        LocalDate from = LocalDate.of(2024, 5, 20);
        LocalDate to = LocalDate.of(2024, 5, 23);
        assertTrue(week.contains(from) && !week.contains(to), "the period starts in the week and ends after it");
        Component v = only(write(event("Triển lãm sản phẩm đổi mới sáng tạo").period(from, to).build()));
        assertEquals("20240520", value(v, "DTSTART"));
        assertEquals("20240524", value(v, "DTEND"));
        assertEquals(to, ((LocalDate) date(v, "DTEND")).minusDays(1), "the last day is the day before DTEND");
        assertNull(value(v, "TRANSP"));
    }

    @Test
    void deadlineIsOneAllDayEventOnItsDay() {
        Component v = only(write(event("Gửi báo cáo kết quả hưởng ứng").deadline(LocalDate.of(2024, 5, 10))
                .lead("Các phòng chuyên môn").build()));
        assertEquals("Hạn: Gửi báo cáo kết quả hưởng ứng", value(v, "SUMMARY"));
        assertEquals("20240510", value(v, "DTSTART"));
        assertEquals("DATE", param(property(v, "DTSTART"), "VALUE"));
        assertEquals("20240511", value(v, "DTEND"));
        assertEquals("TRANSPARENT", value(v, "TRANSP"));
        assertEquals("Hạn hoàn thành: 10/5/2024\nChủ trì: Các phòng chuyên môn\nNguồn: " + PLAN_TITLE, value(v, "DESCRIPTION"));
        assertEquals("gui-bao-cao-ket-qua-huong-ung-ngay-khcn-2024@" + HOST, value(v, "UID"));
    }

    @Test
    void deadlineWithAnHourStaysAllDayAndTellsTheHour() {
        Component v = only(write(event("Nộp hồ sơ").deadline(LocalDate.of(2024, 5, 10)).until(17, 0).build()));
        assertEquals("20240510", value(v, "DTSTART"));
        assertEquals("20240511", value(v, "DTEND"));
        assertTrue(value(v, "DESCRIPTION").startsWith("Hạn hoàn thành: 17h00, 10/5/2024\n"));
    }

    /** The description is read by people: its times are written as the site's pages write them ({@code time_format}). */
    @Test
    void theDescriptionWritesTimesAsTheSiteDoes() {
        Event e = event("Nộp hồ sơ").deadline(LocalDate.of(2024, 5, 10)).until(17, 0).build();
        for (TimeFormat f : TimeFormat.values()) {
            Event shown = new Event(e.id(), e.spec(), e.page(), e.campaign(), e.year(), e.anchor(), f);
            Component v = only(write(shown));
            assertTrue(value(v, "DESCRIPTION").startsWith("Hạn hoàn thành: " + f.format(LocalTime.of(17, 0)) + ", 10/5/2024\n"),
                    value(v, "DESCRIPTION"));
            assertEquals("20240510", value(v, "DTSTART"), "the calendar's own fields keep machine time");
        }
    }

    @Test
    void vagueSpanIsTransparentOverItsBounds() {
        Component v = only(write(event("Tổng kết các hoạt động hưởng ứng")
                .vague(LocalDate.of(2024, 10, 21), LocalDate.of(2024, 10, 31)).build()));
        assertEquals("Tổng kết các hoạt động hưởng ứng", value(v, "SUMMARY"));
        assertEquals("20241021", value(v, "DTSTART"));
        assertEquals("20241101", value(v, "DTEND"));
        assertEquals("TRANSPARENT", value(v, "TRANSP"));
        assertEquals("Thời gian dự kiến: 21/10/2024 – 31/10/2024\nNguồn: " + PLAN_TITLE, value(v, "DESCRIPTION"));
    }

    @Test
    void partOfDayStaysAllDayAndGoesInTheDescription() {
        Component v = only(write(event("Gặp mặt các nhà khoa học").on(2024, 5, 17).partOfDay("chiều").build()));
        assertEquals("Gặp mặt các nhà khoa học", value(v, "SUMMARY"));
        assertEquals("20240517", value(v, "DTSTART"));
        assertEquals("DATE", param(property(v, "DTSTART"), "VALUE"));
        assertEquals("20240518", value(v, "DTEND"));
        assertEquals("Buổi: chiều\nNguồn: " + PLAN_TITLE, value(v, "DESCRIPTION"));
    }

    @Test
    void timedEventIsInLocalTimeWithItsVtimezone() {
        Calendar cal = write(event("Tọa đàm").on(2024, 5, 17).at(14, 0).until(16, 30).build());
        Component v = only(cal);
        Property start = property(v, "DTSTART");
        assertEquals("Asia/Ho_Chi_Minh", param(start, "TZID"));
        assertEquals("20240517T140000", start.getValue());
        assertEquals(Instant.parse("2024-05-17T07:00:00Z"), ((ZonedDateTime) date(v, "DTSTART")).toInstant());
        Property end = property(v, "DTEND");
        assertEquals("Asia/Ho_Chi_Minh", param(end, "TZID"));
        assertEquals("20240517T163000", end.getValue());
        assertEquals(Instant.parse("2024-05-17T09:30:00Z"), ((ZonedDateTime) date(v, "DTEND")).toInstant());

        List<Component> zones = IcsAssertions.components(cal, Component.VTIMEZONE);
        assertEquals(1, zones.size());
        Component zone = zones.get(0);
        assertEquals("Asia/Ho_Chi_Minh", value(zone, "TZID"));
        List<Component> observances = List.copyOf(((net.fortuna.ical4j.model.component.VTimeZone) zone).getObservances());
        assertEquals(1, observances.size());
        Component standard = observances.get(0);
        assertEquals("STANDARD", standard.getName());
        assertEquals("19750613T000000", value(standard, "DTSTART"));
        assertEquals("+0700", value(standard, "TZOFFSETFROM"));
        assertEquals("+0700", value(standard, "TZOFFSETTO"));
        assertEquals("ICT", value(standard, "TZNAME"));
    }

    @Test
    void startTimeAloneGivesNoInventedEnd() {
        Component v = only(write(event("Lễ khai mạc").on(2024, 5, 18).at(8, 0).build()));
        assertEquals("20240518T080000", value(v, "DTSTART"));
        assertNull(value(v, "DTEND"));
        assertNull(value(v, "DURATION"));
        assertEquals("Nguồn: " + PLAN_TITLE, value(v, "DESCRIPTION"));
    }

    @Test
    void endTimeEqualToStartTimeGivesNoEnd() {
        Component v = only(write(event("Phát động").on(2024, 5, 18).at(8, 0).until(8, 0).build()));
        assertEquals("20240518T080000", value(v, "DTSTART"));
        assertNull(value(v, "DTEND"));
    }

    @Test
    void twoEventsAtTheSameTime() {
        Calendar cal = write(
                event("Hội thảo ứng dụng trí tuệ nhân tạo").on(2024, 5, 18).at(8, 0).until(11, 0).location("Phòng họp 1").build(),
                event("Trưng bày sản phẩm khoa học").on(2024, 5, 18).at(8, 0).until(11, 0).location("Sảnh chính").build());
        List<Component> vs = events(cal);
        assertEquals(2, vs.size());
        assertEquals("Hội thảo ứng dụng trí tuệ nhân tạo", value(vs.get(0), "SUMMARY"));
        assertEquals("Trưng bày sản phẩm khoa học", value(vs.get(1), "SUMMARY"));
        assertEquals(value(vs.get(0), "DTSTART"), value(vs.get(1), "DTSTART"));
        assertEquals(value(vs.get(0), "DTEND"), value(vs.get(1), "DTEND"));
        assertNotEquals(value(vs.get(0), "UID"), value(vs.get(1), "UID"));
        assertEquals(1, IcsAssertions.components(cal, Component.VTIMEZONE).size(), "one VTIMEZONE for both");
    }

    @Test
    void multiDayEventWithStartAndEndTimes() {
        Component v = only(write(event("Hội chợ").period(LocalDate.of(2024, 5, 15), LocalDate.of(2024, 5, 16))
                .at(8, 0).until(17, 0).build()));
        assertEquals("20240515T080000", value(v, "DTSTART"));
        assertEquals("20240516T170000", value(v, "DTEND"));
    }

    @Test
    void periodWithAStartTimeOnlyKeepsItsDays() {
        Component v = only(write(event("Cuộc thi sáng tạo").period(LocalDate.of(2024, 5, 15), LocalDate.of(2024, 5, 17))
                .at(8, 0).build()));
        assertEquals("20240515", value(v, "DTSTART"));
        assertEquals("DATE", param(property(v, "DTSTART"), "VALUE"));
        assertEquals("20240518", value(v, "DTEND"));
        assertEquals("Bắt đầu: 8h00, 15/5/2024\nNguồn: " + PLAN_TITLE, value(v, "DESCRIPTION"));
    }

    @Test
    void emptyCalendarIsStillValid() {
        byte[] ics = writer.calendar("Ngày KH&CN 2025", List.of(), ABSOLUTE);
        Calendar cal = parse(ics);
        assertTrue(events(cal).isEmpty());
        assertEquals("Ngày KH&CN 2025", value(cal, "X-WR-CALNAME"));
        assertFalse(cal.getComponents().isEmpty(), "RFC 5545 wants at least one component: the VTIMEZONE");
        List<String> lines = contentLines(ics);
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));

        Calendar berlin = parse(new IcsWriter(ZoneId.of("Europe/Berlin"), HOST, BUILD).calendar("x", List.of(), ABSOLUTE));
        assertFalse(berlin.getComponents().isEmpty());
    }

    @Test
    void longVietnameseLinesFoldAtSeventyFiveOctetsAndUnfoldExactly() {
        String title = "Hội nghị tổng kết, đánh giá kết quả triển khai các hoạt động hưởng ứng Ngày Khoa học và "
                + "Công nghệ Việt Nam 18/5 và Ngày Sáng tạo và Đổi mới sáng tạo thế giới 21/4 trên địa bàn tỉnh "
                + "Hồng Lam năm 2024 😀 𝔸";
        String source = "Tổ chức các hoạt động truyền thông về khoa học, công nghệ và đổi mới sáng tạo; tôn vinh "
                + "các nhà khoa học, doanh nghiệp khoa học và công nghệ có nhiều đóng góp cho sự phát triển kinh "
                + "tế – xã hội của tỉnh. ".repeat(3);
        Event e = event(title).on(2024, 5, 18).location("Trung tâm Hội nghị tỉnh, số 1 đường Trần Hưng Đạo, "
                + "phường Quyết Thắng, thành phố Hồng Lam").source(source).build();
        byte[] ics = writer.calendar("Ngày KH&CN 2024", List.of(e), ABSOLUTE);
        List<byte[]> physical = physicalLines(ics); // each ≤ 75 octets, each valid UTF-8 alone
        List<String> logical = contentLines(ics);
        assertTrue(physical.size() > logical.size() + 8, "long lines were folded");
        assertTrue(physical.stream().anyMatch(l -> l.length >= 73), "folds fill lines up to the limit");
        String summary = logical.stream().filter(l -> l.startsWith("SUMMARY:")).findFirst().orElseThrow();
        assertEquals("SUMMARY:" + title.replace(",", "\\,"), summary, "unfolding gives back the exact line");
        assertTrue(summary.getBytes(StandardCharsets.UTF_8).length > 200, "a line of over 200 octets");

        Component v = only(parse(ics));
        assertEquals(title, value(v, "SUMMARY"));
        assertEquals("Nguyên văn: " + source.strip() + "\nNguồn: " + PLAN_TITLE, value(v, "DESCRIPTION"));
        assertEquals("Trung tâm Hội nghị tỉnh, số 1 đường Trần Hưng Đạo, phường Quyết Thắng, thành phố Hồng Lam",
                value(v, "LOCATION"));
    }

    @Test
    void textIsEscaped() {
        String title = "Hội thảo: KH&CN, đổi mới; \"sáng tạo\" \\ tương lai\ndòng hai";
        Event e = event(title).id("hoi-thao").on(2024, 5, 17).location("Phòng 1, tầng 2; nhà B")
                .lead("Phòng A, B").source("dòng một\r\ndòng hai\rdòng ba").build();
        byte[] ics = writer.calendar("Lịch; KH,CN \\ 2024", List.of(e), ABSOLUTE);
        List<String> lines = contentLines(ics);
        assertTrue(lines.contains("SUMMARY:Hội thảo: KH&CN\\, đổi mới\\; \"sáng tạo\" \\\\ tương lai\\ndòng hai"), lines.toString());
        assertTrue(lines.contains("LOCATION:Phòng 1\\, tầng 2\\; nhà B"), lines.toString());
        assertTrue(lines.contains("X-WR-CALNAME:Lịch\\; KH\\,CN \\\\ 2024"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("DESCRIPTION:Chủ trì: Phòng A\\, B\\nNguyên văn: dòng một\\ndòng hai\\ndòng ba\\n")),
                lines.toString());

        Calendar cal = parse(ics);
        Component v = only(cal);
        assertEquals(title, value(v, "SUMMARY"));
        assertEquals("Phòng 1, tầng 2; nhà B", value(v, "LOCATION"));
        assertEquals("Lịch; KH,CN \\ 2024", value(cal, "X-WR-CALNAME"));
        assertEquals("Chủ trì: Phòng A, B\nNguyên văn: dòng một\ndòng hai\ndòng ba\nNguồn: " + PLAN_TITLE, value(v, "DESCRIPTION"));
    }

    @Test
    void categoryWithACommaStaysOneCategory() {
        var campaign = new vn.loa.load.Campaign("ngay-a", "Ngày A, B và C", "A", "", java.time.MonthDay.of(5, 18),
                java.time.MonthDay.of(5, 15), java.time.MonthDay.of(5, 21), java.util.Map.of());
        byte[] ics = writer.calendar("x", List.of(event("Tọa đàm").campaign(campaign, 2024).build()), ABSOLUTE);
        assertTrue(contentLines(ics).contains("CATEGORIES:Ngày A\\, B và C"));
        Component v = only(parse(ics));
        assertEquals(java.util.Set.of("Ngày A, B và C"), categories(v), "one category, not three");
    }

    @Test
    void uidIsStableAcrossBuildsAndDistinctBetweenEvents() {
        List<Event> events = List.of(event("Tọa đàm").on(2024, 5, 17).at(14, 0).build(),
                event("Hội chợ").period(LocalDate.of(2024, 5, 15), LocalDate.of(2024, 5, 21)).build(),
                event("Tọa đàm").campaign(KHCN, 2023).on(2023, 5, 17).build());
        byte[] first = new IcsWriter(VIETNAM, HOST, BUILD).calendar("Lịch", events, ABSOLUTE);
        byte[] second = new IcsWriter(ZoneId.of("Asia/Ho_Chi_Minh"), HOST, BUILD).calendar("Lịch", events, ABSOLUTE);
        assertArrayEquals(first, second, "the same input gives the same bytes");

        List<String> uids = events(parse(first)).stream().map(v -> value(v, "UID")).toList();
        assertEquals(List.of("toa-dam-ngay-khcn-2024@" + HOST, "hoi-cho-ngay-khcn-2024@" + HOST, "toa-dam-ngay-khcn-2023@" + HOST), uids);
        // a later build: new DTSTAMP, same UIDs
        byte[] later = new IcsWriter(VIETNAM, HOST, BUILD.plusSeconds(86_400)).calendar("Lịch", events, ABSOLUTE);
        assertEquals(uids, events(parse(later)).stream().map(v -> value(v, "UID")).toList());
        assertEquals("20240517T010203Z", value(events(parse(later)).get(0), "DTSTAMP"));
        // LAST-MODIFIED is the plan's date, never after DTSTAMP
        Instant early = Instant.parse("2024-01-02T03:04:05Z");
        Component before = events(parse(new IcsWriter(VIETNAM, HOST, early).calendar("Lịch", events, ABSOLUTE))).get(0);
        assertEquals("20240102T030405Z", value(before, "LAST-MODIFIED"));
        // alone in its own file, an event keeps its UID
        assertEquals(uids.get(1), value(only(parse(writer.calendar("x", List.of(events.get(1)), ABSOLUTE))), "UID"));
    }

    @Test
    void noUrlWithoutBaseUrl() {
        IcsWriter local = new IcsWriter(VIETNAM, "loa.local", BUILD);
        Event e = event("Tọa đàm").build();
        Component v = only(parse(local.calendar("Lịch", List.of(e), NO_BASE_URL)));
        assertNull(value(v, "URL"));
        assertEquals("toa-dam-ngay-khcn-2024@loa.local", value(v, "UID"));
        Component relative = only(parse(local.calendar("Lịch", List.of(e), Event::url)));
        assertNull(value(relative, "URL"), "a site-relative URL means nothing in a reader's calendar");
    }

    @Test
    void eventOutsideAnyCampaign() {
        var news = TestEvents.page(Section.NEWS, "hoi-thao-chuyen-doi-so", "Hội thảo chuyển đổi số", null, null);
        Component v = only(write(event("Hội thảo").page(news).campaign(null, null).build()));
        assertEquals("hoi-thao-tin-tuc-hoi-thao-chuyen-doi-so@" + HOST, value(v, "UID"));
        assertNull(value(v, "CATEGORIES"));
        assertEquals("https://khcn.honglam.example.vn/tin-tuc/hoi-thao-chuyen-doi-so/su-kien/hoi-thao/", value(v, "URL"),
                "its own page, under the page that states it");
        assertEquals("Nguồn: Hội thảo chuyển đổi số", value(v, "DESCRIPTION"));
    }

    @Test
    void zoneWithDaylightSavingIsWrittenInUtc() {
        IcsWriter berlin = new IcsWriter(ZoneId.of("Europe/Berlin"), HOST, BUILD);
        byte[] ics = berlin.calendar("x", List.of(event("Tọa đàm").on(2024, 5, 17).at(14, 0).until(16, 0).build(),
                event("Hội chợ").on(2024, 5, 18).build()), ABSOLUTE);
        Calendar cal = parse(ics);
        Component v = events(cal).get(0);
        assertEquals("20240517T120000Z", value(v, "DTSTART"));
        assertNull(param(property(v, "DTSTART"), "TZID"));
        assertEquals("20240517T140000Z", value(v, "DTEND"));
        assertEquals(Instant.parse("2024-05-17T12:00:00Z"), Instant.from(date(v, "DTSTART")));
        assertEquals("20240518", value(events(cal).get(1), "DTSTART"));
        assertTrue(IcsAssertions.components(cal, Component.VTIMEZONE).isEmpty());
        assertEquals("Europe/Berlin", value(cal, "X-WR-TIMEZONE"));
    }

    @Test
    void clockTimeBeforeTheZonesLastChangeIsWrittenInUtc() {
        // Saigon was at +08:00 until 13/6/1975: the one-observance VTIMEZONE would be wrong then.
        Calendar cal = write(event("Lễ kỷ niệm").campaign(KHCN, 1970).on(1970, 5, 18).at(8, 0).build());
        assertEquals("19700518T000000Z", value(only(cal), "DTSTART"));
        assertTrue(IcsAssertions.components(cal, Component.VTIMEZONE).isEmpty());
    }

    @Test
    void outputDoesNotDependOnTheMachinesZone() {
        List<Event> events = List.of(event("Tọa đàm").on(2024, 5, 17).at(14, 0).build(),
                event("Hội chợ").period(LocalDate.of(2024, 5, 15), LocalDate.of(2024, 5, 21)).build());
        byte[] here = writer.calendar("x", events, ABSOLUTE);
        TimeZone saved = TimeZone.getDefault();
        try {
            for (String id : List.of("Pacific/Kiritimati", "America/Adak", "Europe/London")) {
                TimeZone.setDefault(TimeZone.getTimeZone(id));
                assertArrayEquals(here, new IcsWriter(VIETNAM, HOST, BUILD).calendar("x", events, ABSOLUTE), id);
            }
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void oneWriterServesManyThreads() throws Exception {
        List<List<Event>> inputs = new java.util.ArrayList<>();
        for (int i = 0; i < 64; i++) {
            inputs.add(List.of(event("Hoạt động " + i).on(2024, 5, 15 + i % 7).at(8 + i % 10, 0).until(18, 0).build(),
                    event("Hạn " + i).deadline(LocalDate.of(2024, 5, 1 + i % 28)).build()));
        }
        List<byte[]> expected = inputs.stream().map(in -> writer.calendar("x", in, ABSOLUTE)).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                List<java.util.concurrent.Future<byte[]>> futures = new java.util.ArrayList<>();
                inputs.forEach(in -> futures.add(pool.submit(() -> writer.calendar("x", in, ABSOLUTE))));
                for (int i = 0; i < inputs.size(); i++) {
                    assertArrayEquals(expected.get(i), futures.get(i).get());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fileUrls() {
        Event e = event("Tọa đàm").id("toa-dam").build();
        assertEquals("/chien-dich/ngay-khcn/2024/su-kien/toa-dam/toa-dam.ics", IcsWriter.eventFileUrl(e));
        assertEquals("/ke-hoach/ke-hoach-ngay-khcn-2024/su-kien/toa-dam/toa-dam.ics",
                IcsWriter.eventFileUrl(event("Tọa đàm").id("toa-dam").campaign(null, null).build()), "outside a campaign: under its page");
        CampaignYear year = new CampaignYear(KHCN, 2024, KHCN.week(2024), List.of(PLAN), List.of(), List.of(e));
        assertEquals("/chien-dich/ngay-khcn/2024/ngay-khcn-2024.ics", IcsWriter.yearFileUrl(year), "named by what it holds");
        assertEquals("/chien-dich/ngay-khcn/ngay-khcn.ics", IcsWriter.campaignFileUrl(KHCN));
    }

    @Test
    void badUidDomainIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new IcsWriter(VIETNAM, " ", BUILD));
        assertThrows(IllegalArgumentException.class, () -> new IcsWriter(VIETNAM, "a b", BUILD));
        assertInstanceOf(IcsWriter.class, new IcsWriter(VIETNAM, "loa.local", BUILD));
    }
}

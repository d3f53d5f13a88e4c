package vn.loa.calendar;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.io.scribe.ScribeIndex;
import biweekly.io.scribe.property.TextPropertyScribe;
import biweekly.io.text.ICalWriter;
import biweekly.property.CalendarScale;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Method;
import biweekly.property.TextProperty;
import biweekly.property.Transparency;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.UtcOffset;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import java.util.function.Function;
import vn.loa.index.CampaignYear;
import vn.loa.index.Event;
import vn.loa.load.Campaign;
import vn.loa.load.EventKind;
import vn.loa.text.VietnameseDates;

/**
 * Writes events as an iCalendar (RFC 5545) document: a campaign year's calendar
 * ({@code ngay-khcn-2024.ics}), a campaign's (all its years), the events still to come, or one
 * event's own file. An event has the same UID, DTSTAMP and LAST-MODIFIED in every file it is in. One writer serves a whole build and may be used from many threads.
 *
 * <h2>What each event becomes</h2>
 * <ul>
 * <li>No clock time (most events in plans: "ngày 17/5", "chiều ngày 17/5"): an all-day event,
 * {@code DTSTART;VALUE=DATE} and an exclusive {@code DTEND;VALUE=DATE} the day after its last
 * day. A part of day goes in the DESCRIPTION ("Buổi: chiều"), not in the times: a reader's
 * calendar would otherwise show an invented hour.</li>
 * <li>A deadline: one all-day event on its day, SUMMARY prefixed "Hạn: ", TRANSP:TRANSPARENT
 * (a deadline does not take up the reader's day).</li>
 * <li>A vague span ("cuối tháng 10"): all-day over its honest bounds, "Thời gian dự kiến" in the
 * DESCRIPTION, TRANSP:TRANSPARENT.</li>
 * <li>A clock time: DTSTART with that time. DTEND only when the source gives an end time. With a
 * start time alone there is no DTEND and no DURATION: RFC 5545 §3.6.1 says such an event ends
 * when it starts, which claims nothing, whereas "start + 1 hour" would be an invention printed
 * into readers' calendars. A multi-day period with a start time but no end time stays all-day
 * over its days (an event ending at its start would lose the days), and the start time goes in
 * the DESCRIPTION.</li>
 * </ul>
 *
 * <h2>Time zone</h2>
 * Clock times are written as local times with {@code TZID=} the site's zone and a VTIMEZONE for
 * it, built here from {@code java.time}'s rules, not as UTC. The documents state local times
 * ("8h00 ngày 18/5") and the file then says exactly that; a reader elsewhere still gets the
 * right instant through the VTIMEZONE. For Asia/Ho_Chi_Minh this is one STANDARD observance
 * (+07:00 since 13/6/1975, no daylight saving, TZNAME ICT), so the VTIMEZONE is exact and
 * small; it is written only when a clock time needs it, or when the calendar has no event (RFC
 * 5545 wants at least one component). The same holds for any zone whose offset no longer
 * changes. A zone with daylight-saving rules, a bare offset such as {@code +07:00}, or an event
 * older than the zone's last change would need RRULE-based or historical observances that are
 * easy to get subtly wrong, so there the times are written in UTC ({@code …Z}) instead, which
 * is exact too.
 * <p>
 * The zone database is never loaded by the iCalendar library: biweekly is given the VTIMEZONE
 * built here. (ical4j, the other candidate, registers a {@code java.time} ZoneRulesProvider
 * that loads its own zone database as soon as any code touches a time zone, about 150 ms per
 * run, and adds some 340 zone ids; it is used in tests only, to read the output back.)
 *
 * <h2>Text</h2>
 * The library escapes TEXT values ({@code \\ \; \, \n}); it is asked not to fold, and
 * {@link ContentLines} folds at 75 octets without splitting a UTF-8 sequence.
 */
public final class IcsWriter {

    public static final String PRODUCT_ID = "-//Loa//Loa static site generator//VI";

    /** Where the calendar of every event that has not ended yet is published. */
    public static final String UPCOMING_URL = "/lich/su-kien-sap-toi.ics";

    /** How to tell the calendar's name and zone to clients that read them (Apple, Google, Outlook). */
    private static final ScribeIndex SCRIBES = new ScribeIndex();

    static {
        SCRIBES.register(new TextPropertyScribe<>(CalendarName.class, "X-WR-CALNAME") {
            @Override
            protected CalendarName newInstance(String value, ICalVersion version) {
                return new CalendarName(value);
            }
        });
        SCRIBES.register(new TextPropertyScribe<>(CalendarZone.class, "X-WR-TIMEZONE") {
            @Override
            protected CalendarZone newInstance(String value, ICalVersion version) {
                return new CalendarZone(value);
            }
        });
    }

    /** {@code X-WR-CALNAME}: a TEXT property, so the library escapes it like SUMMARY. */
    private static final class CalendarName extends TextProperty {
        CalendarName(String value) {
            super(value);
        }
    }

    /** {@code X-WR-TIMEZONE}. */
    private static final class CalendarZone extends TextProperty {
        CalendarZone(String value) {
            super(value);
        }
    }

    private final ZoneId zone;
    private final String uidDomain;
    private final long stamp;
    private final TimeZone timeZone;
    /** The local date-time since which the zone's offset has not changed; null: write UTC. */
    private final LocalDateTime fixedSince;
    /** The zone's offset since {@link #fixedSince}. */
    private final ZoneOffset offset;
    /** TZNAME: {@code ICT} for Asia/Ho_Chi_Minh; null when Java knows no short name. */
    private final String zoneName;

    /**
     * @param zone      the site's time zone: the zone of every clock time in the events
     * @param uidDomain the right-hand side of every UID: the site's host ("khcn.honglam.example.vn"),
     *                  or "loa.local" when the site has no base URL
     * @param stamp     DTSTAMP of every event: derived from the content (the newest page's date),
     *                  not the clock, so that building the same content gives the same bytes
     */
    public IcsWriter(ZoneId zone, String uidDomain, Instant stamp) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.uidDomain = Objects.requireNonNull(uidDomain, "uidDomain").strip();
        if (this.uidDomain.isEmpty() || !this.uidDomain.matches("[^\\s@]+")) {
            throw new IllegalArgumentException("uidDomain must be a host name, not '" + uidDomain + "'");
        }
        this.stamp = Objects.requireNonNull(stamp, "stamp").toEpochMilli();
        this.timeZone = TimeZone.getTimeZone(zone);
        String name = zone.getDisplayName(TextStyle.SHORT, Locale.ROOT);
        this.zoneName = name == null || name.isBlank() || name.equals(zone.getId()) ? null : name;
        ZoneRules rules = zone.getRules();
        if (zone instanceof ZoneOffset || !rules.getTransitionRules().isEmpty()) {
            this.fixedSince = null;
            this.offset = null;
        } else {
            List<ZoneOffsetTransition> transitions = rules.getTransitions();
            ZoneOffsetTransition last = transitions.isEmpty() ? null : transitions.get(transitions.size() - 1);
            this.fixedSince = last == null ? LocalDateTime.of(1970, 1, 1, 0, 0) : last.getDateTimeBefore();
            this.offset = last == null ? rules.getOffset(Instant.EPOCH) : last.getOffsetAfter();
        }
    }

    /**
     * Where a campaign year's calendar is published, named by what it holds (a reader who saves
     * several gets distinct names): {@code /chien-dich/ngay-khcn/2024/ngay-khcn-2024.ics}.
     */
    public static String yearFileUrl(CampaignYear year) {
        return year.url() + year.campaign().id() + "-" + year.year() + ".ics";
    }

    /** Where the calendar of a campaign, all its years, is published: {@code /chien-dich/ngay-khcn/ngay-khcn.ics}. */
    public static String campaignFileUrl(Campaign campaign) {
        return "/chien-dich/" + campaign.id() + "/" + campaign.id() + ".ics";
    }

    /**
     * Where one event's calendar file is published, beside the event's page:
     * {@code /chien-dich/ngay-khcn/2024/su-kien/toa-dam/toa-dam.ics} (a reader who saves
     * several gets distinct file names); outside a campaign, beside its page under the page that states it.
     */
    public static String eventFileUrl(Event event) {
        return event.icsUrl();
    }

    /**
     * A VCALENDAR with one VEVENT per event, in the given order, as UTF-8 with CRLF line ends.
     *
     * @param calendarName X-WR-CALNAME, the name a client shows for a subscribed calendar
     * @param absoluteUrl  the absolute URL of an event's page, or null when the site has no base
     *                     URL (then the VEVENT has no URL: a site-relative URL means nothing
     *                     inside a reader's calendar)
     */
    public byte[] calendar(String calendarName, List<Event> events, Function<Event, String> absoluteUrl) {
        Objects.requireNonNull(events, "events");
        boolean local = fixedSince != null && events.stream().allMatch(this::fitsLocal);
        boolean anyTimed = events.stream().anyMatch(IcsWriter::timed);

        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT_ID);
        ical.setCalendarScale(CalendarScale.gregorian());
        ical.setMethod(Method.publish());
        if (calendarName != null && !calendarName.isBlank()) {
            ical.addProperty(new CalendarName(ContentLines.text(calendarName)));
        }
        ical.addProperty(new CalendarZone(zone.getId()));
        // RFC 5545 §3.6 wants at least one component: an empty calendar carries its zone.
        if (local && (anyTimed || events.isEmpty())) {
            // java.util.TimeZone is mutable: each calendar gets its own copy, so threads share nothing
            ical.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment((TimeZone) timeZone.clone(), vtimezone()));
        } else if (events.isEmpty()) {
            ical.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone("UTC"), utcVtimezone()));
        }
        for (Event e : events) {
            ical.addEvent(vevent(e, absoluteUrl));
        }

        StringWriter sw = new StringWriter(1024 + 768 * events.size());
        try (ICalWriter writer = new ICalWriter(sw, ICalVersion.V2_0)) {
            writer.setScribeIndex(SCRIBES);
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            writer.write(ical);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex); // a StringWriter does not fail
        }
        return ContentLines.fold(sw.toString());
    }

    /** The UID: stable across builds, unique across the site. */
    String uid(Event e) {
        if (e.campaign() != null && e.year() != null) {
            return e.id() + "-" + e.campaign().id() + "-" + e.year() + "@" + uidDomain;
        }
        // Outside a campaign an id is unique within its page only: the page's path tells them apart.
        String path = e.page().page().url().replaceAll("^/+|/+$", "").replace('/', '-');
        return e.id() + "-" + (path.isEmpty() ? "trang-chu" : path) + "@" + uidDomain;
    }

    private VEvent vevent(Event e, Function<Event, String> absoluteUrl) {
        VEvent v = new VEvent();
        v.setUid(uid(e));
        v.setDateTimeStamp(new Date(stamp));
        // No state is kept between builds, so no edit can be counted: SEQUENCE stays 0 and a
        // subscribed calendar, which matches events by UID, replaces its copy on every refresh.
        v.setSequence(0);
        v.setLastModified(new Date(lastModified(e)));
        String title = ContentLines.text(e.title());
        v.setSummary(e.kind() == EventKind.DEADLINE ? "Hạn: " + title : title);

        LocalDate first = e.kind() == EventKind.DEADLINE || e.start() == null ? e.end() : e.start();
        LocalDate last = e.kind() == EventKind.DEADLINE || e.end() == null ? first : e.end();
        if (first == null) {
            throw new IllegalArgumentException("event '" + e.id() + "' has no date");
        }
        if (timed(e)) {
            LocalDateTime start = first.atTime(e.time());
            v.setDateStart(new DateStart(instant(start), true));
            if (e.endTime() != null) {
                LocalDateTime end = last.atTime(e.endTime());
                if (end.isAfter(start)) {
                    v.setDateEnd(new DateEnd(instant(end), true));
                }
            }
        } else {
            v.setDateStart(new DateStart(date(first)));
            v.setDateEnd(new DateEnd(date(last.plusDays(1))));
        }
        if (e.kind() == EventKind.DEADLINE || e.kind() == EventKind.VAGUE) {
            v.setTransparency(Transparency.transparent());
        }
        v.setDescription(description(e, first, last));
        if (e.location() != null && !e.location().isBlank()) {
            v.setLocation(ContentLines.text(e.location().strip()));
        }
        String url = absoluteUrl == null ? null : absoluteUrl.apply(e);
        if (isAbsolute(url)) {
            v.setUrl(url);
        }
        if (e.campaign() != null) {
            v.addCategories(ContentLines.text(e.campaign().name()));
        }
        return v;
    }

    /** LAST-MODIFIED: the date of the page that states the event, never after DTSTAMP. */
    private long lastModified(Event e) {
        LocalDateTime date = e.page().page().date();
        return date == null ? stamp : Math.min(stamp, date.atZone(zone).toInstant().toEpochMilli());
    }

    private String description(Event e, LocalDate first, LocalDate last) {
        List<String> lines = new ArrayList<>();
        switch (e.kind()) {
            case DEADLINE -> lines.add("Hạn hoàn thành: " + at(e, last, e.endTime()));
            case VAGUE -> lines.add("Thời gian dự kiến: " + span(first, last));
            default -> {
                if (!timed(e)) {
                    if (e.time() != null) {
                        lines.add("Bắt đầu: " + at(e, first, e.time()));
                    }
                    if (e.endTime() != null) {
                        lines.add("Kết thúc: " + at(e, last, e.endTime()));
                    }
                }
            }
        }
        if (e.partOfDay() != null && e.time() == null) {
            lines.add("Buổi: " + e.partOfDay());
        }
        if (!e.lead().isEmpty()) {
            lines.add("Chủ trì: " + String.join("; ", e.lead()));
        }
        if (!e.partners().isEmpty()) {
            lines.add("Phối hợp: " + String.join("; ", e.partners()));
        }
        String more = e.spec().description();
        if (more != null && !more.isBlank()) {
            lines.add(more.strip());
        }
        if (e.sourceText() != null && !e.sourceText().isBlank()) {
            lines.add("Nguyên văn: " + e.sourceText().strip());
        }
        lines.add("Nguồn: " + e.page().page().title());
        return ContentLines.text(String.join("\n", lines));
    }

    /** A day and time as the site's pages write them ({@code time_format}): the description is read by people. */
    private static String at(Event e, LocalDate day, LocalTime time) {
        return time == null ? VietnameseDates.shortDate(day) : e.timeFormat().format(time) + ", " + VietnameseDates.shortDate(day);
    }

    private static String span(LocalDate first, LocalDate last) {
        return first.equals(last) ? VietnameseDates.shortDate(first)
                : VietnameseDates.shortDate(first) + " – " + VietnameseDates.shortDate(last);
    }

    /** Whether the event gets clock times in DTSTART (and maybe DTEND); see the class comment. */
    static boolean timed(Event e) {
        if (e.kind() == EventKind.DEADLINE || e.kind() == EventKind.VAGUE || e.time() == null || e.start() == null) {
            return false;
        }
        return e.endTime() != null || e.end() == null || e.end().equals(e.start());
    }

    /** Whether the event's clock times fall where the VTIMEZONE describes the zone. */
    private boolean fitsLocal(Event e) {
        return !timed(e) || !e.start().atTime(e.time()).isBefore(fixedSince.plusDays(1));
    }

    private Date instant(LocalDateTime local) {
        return Date.from(local.atZone(zone).toInstant());
    }

    private static ICalDate date(LocalDate day) {
        return new ICalDate(new DateTimeComponents(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), false);
    }

    private static boolean isAbsolute(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(url.strip());
            return uri.isAbsolute() && uri.getHost() != null;
        } catch (IllegalArgumentException ex) {
            return false;
        }
    }

    private VTimezone vtimezone() {
        VTimezone vtz = new VTimezone(zone.getId());
        StandardTime standard = new StandardTime();
        standard.setDateStart(new DateTimeComponents(fixedSince.getYear(), fixedSince.getMonthValue(),
                fixedSince.getDayOfMonth(), fixedSince.getHour(), fixedSince.getMinute(), fixedSince.getSecond(), false));
        // TZOFFSETFROM is the offset before the observance's onset (+08:00 before 13/6/1975 for
        // Asia/Ho_Chi_Minh). Written as such, a lone observance is misread by some readers: ical4j
        // 4.1.1 then puts 2024 at +08:00. Events are never written before the onset (see
        // fitsLocal), so FROM = TO = the offset in force says the same thing and cannot be misread.
        UtcOffset utcOffset = new UtcOffset(offset.getTotalSeconds() * 1000L);
        standard.setTimezoneOffsetFrom(utcOffset);
        standard.setTimezoneOffsetTo(utcOffset);
        if (zoneName != null) {
            standard.addTimezoneName(zoneName);
        }
        vtz.addStandardTime(standard);
        return vtz;
    }

    private static VTimezone utcVtimezone() {
        VTimezone vtz = new VTimezone("UTC");
        StandardTime standard = new StandardTime();
        standard.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
        standard.setTimezoneOffsetFrom(new UtcOffset(0));
        standard.setTimezoneOffsetTo(new UtcOffset(0));
        standard.addTimezoneName("UTC");
        vtz.addStandardTime(standard);
        return vtz;
    }
}

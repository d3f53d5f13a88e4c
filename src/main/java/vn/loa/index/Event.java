package vn.loa.index;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import vn.loa.load.Campaign;
import vn.loa.load.EventKind;
import vn.loa.load.EventSpec;
import vn.loa.render.RenderedPage;
import vn.loa.text.TimeFormat;
import vn.loa.text.VietnameseDates;

/**
 * An event placed in its campaign year: its stable id, the page that states it and the anchor
 * of the block that states it there.
 */
public record Event(String id, EventSpec spec, RenderedPage page, Campaign campaign, Integer year, String anchor,
                    TimeFormat timeFormat) {

    public Event {
        timeFormat = timeFormat == null ? TimeFormat.H : timeFormat;
    }

    /** An event whose times are written the default way ({@code 8h00}). */
    public Event(String id, EventSpec spec, RenderedPage page, Campaign campaign, Integer year, String anchor) {
        this(id, spec, page, campaign, year, anchor, TimeFormat.H);
    }

    public String title() {
        return spec.title();
    }

    public EventKind kind() {
        return spec.kind();
    }

    public LocalDate start() {
        return spec.start();
    }

    public LocalDate end() {
        return spec.end();
    }

    public LocalTime time() {
        return spec.startTime();
    }

    public LocalTime endTime() {
        return spec.endTime();
    }

    public String partOfDay() {
        return spec.partOfDay();
    }

    public String location() {
        return spec.location();
    }

    public List<String> lead() {
        return spec.lead();
    }

    public List<String> partners() {
        return spec.partners();
    }

    /**
     * The event's own page: in its campaign year ({@code /chien-dich/<campaign>/<year>/su-kien/<id>/}),
     * else under the page that states it ({@code /ke-hoach/<slug>/su-kien/<id>/}), where its id is
     * unique. Null only for an event made without a page (tests).
     */
    public String url() {
        if (campaign != null) {
            return CampaignYear.urlOf(campaign.id(), year) + "su-kien/" + id + "/";
        }
        return page == null ? null : page.page().url() + "su-kien/" + id + "/";
    }

    /** Its own calendar file, beside its page. */
    public String icsUrl() {
        String url = url();
        return url == null ? null : url + id + ".ics";
    }

    /** The day it ends for a reader: a deadline's day, a period's last day. */
    public LocalDate lastDay() {
        return spec.kind() == EventKind.DEADLINE || spec.end() == null ? spec.firstDay() : spec.end();
    }

    /**
     * When it happens, as a reader wants it: {@code Thứ Sáu, 17/5/2024, 14h00–17h00},
     * {@code Thứ Sáu, 17/5/2024, buổi chiều}, {@code 15/5/2024 – 21/5/2024},
     * {@code Hạn: Thứ Sáu, 10/5/2024}, {@code Khoảng 21/10/2022 – 31/10/2022}, {@code Khoảng 18/5/2024} (around one day: "dịp 18/5").
     */
    public String when() {
        return switch (spec.kind()) {
            case DEADLINE -> "Hạn: " + VietnameseDates.fullDate(spec.end()) + (spec.endTime() != null ? ", trước " + timeFormat.format(spec.endTime()) : "");
            case VAGUE -> "Khoảng " + VietnameseDates.shortDate(spec.start())
                    + (spec.start().equals(spec.end()) ? "" : " – " + VietnameseDates.shortDate(spec.end()));
            case PERIOD -> spec.start().equals(spec.end()) ? VietnameseDates.fullDate(spec.start())
                    : VietnameseDates.fullDate(spec.start()) + " – " + VietnameseDates.fullDate(spec.end());
            case EVENT -> VietnameseDates.fullDate(spec.start()) + (timeOfDay().isEmpty() ? "" : ", " + timeOfDay());
        };
    }

    /** {@code 14h00–17h00}, {@code 8h00} (as {@code time_format} says), {@code buổi chiều}, or empty when the whole day. */
    public String timeOfDay() {
        if (spec.startTime() != null) {
            return timeFormat.range(spec.startTime(), spec.endTime());
        }
        return spec.partOfDay() == null ? "" : "buổi " + spec.partOfDay();
    }

    /** Where the event is stated: its page, at the stating block when known. */
    public String sourceUrl() {
        return page.page().url() + (anchor != null ? "#" + anchor : "#su-kien");
    }

    /** The text of the page that states the event, when the event quotes it. */
    public String sourceText() {
        return spec.source();
    }

    /** Whether it shows on the given day of a calendar grid: vague spans and deadlines do not. */
    public boolean occursOn(LocalDate day) {
        if (spec.kind() == EventKind.VAGUE || spec.kind() == EventKind.DEADLINE) {
            return false;
        }
        return !day.isBefore(spec.start()) && !day.isAfter(spec.end());
    }

    /** The first day it concerns: its start, or a deadline's day. */
    public LocalDate firstDay() {
        return spec.firstDay();
    }

    /** Sort key within a day: clock time, else part of day (sáng 08:00, trưa 11:30, chiều 14:00, tối 19:00), else start of day. */
    public LocalTime sortTime() {
        if (spec.startTime() != null) {
            return spec.startTime();
        }
        if (spec.partOfDay() == null) {
            return LocalTime.MIN;
        }
        return switch (spec.partOfDay()) {
            case "sáng" -> LocalTime.of(8, 0);
            case "trưa" -> LocalTime.of(11, 30);
            case "chiều" -> LocalTime.of(14, 0);
            default -> LocalTime.of(19, 0);
        };
    }
}

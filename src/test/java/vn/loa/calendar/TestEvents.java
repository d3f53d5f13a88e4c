package vn.loa.calendar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import vn.loa.index.Event;
import vn.loa.load.Campaign;
import vn.loa.load.EventKind;
import vn.loa.load.EventSpec;
import vn.loa.load.Page;
import vn.loa.load.Section;
import vn.loa.render.RenderedPage;

/** Builds the records an {@link Event} is made of, as the index stage would. */
final class TestEvents {

    static final Campaign KHCN = Campaign.defaults().get("ngay-khcn");
    static final Campaign SANG_TAO = Campaign.defaults().get("ngay-sang-tao");

    static final RenderedPage PLAN = page(Section.PLANS, "ke-hoach-ngay-khcn-2024",
            "Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Khoa học và Công nghệ Việt Nam năm 2024", "ngay-khcn", 2024);

    private TestEvents() {
    }

    static RenderedPage page(Section section, String slug, String title, String campaign, Integer year) {
        String url = section.urlPrefix() + slug + "/";
        Page p = new Page(Path.of("content", section.folder(), slug + ".md"), section, slug, url, title,
                LocalDateTime.of(2024, 4, 12, 0, 0), null, List.of(), campaign, year, false, null, null, null, null,
                List.of(), List.of(), "", 1, Map.of());
        return new RenderedPage(p, "<p></p>", List.of(), "", "", Map.of(), List.of());
    }

    static Builder event(String title) {
        return new Builder(title);
    }

    static final class Builder {
        private String id;
        private final String title;
        private EventKind kind = EventKind.EVENT;
        private LocalDate start = LocalDate.of(2024, 5, 17);
        private LocalDate end = start;
        private LocalTime time;
        private LocalTime endTime;
        private String partOfDay;
        private String location;
        private List<String> lead = List.of();
        private List<String> partners = List.of();
        private String source;
        private String description;
        private RenderedPage page = PLAN;
        private Campaign campaign = KHCN;
        private Integer year = 2024;
        private String anchor;

        private Builder(String title) {
            this.title = title;
        }

        Builder id(String id) {
            this.id = id;
            return this;
        }

        Builder on(int year, int month, int day) {
            kind = EventKind.EVENT;
            start = LocalDate.of(year, month, day);
            end = start;
            return this;
        }

        Builder period(LocalDate from, LocalDate to) {
            kind = EventKind.PERIOD;
            start = from;
            end = to;
            return this;
        }

        Builder deadline(LocalDate day) {
            kind = EventKind.DEADLINE;
            start = null;
            end = day;
            return this;
        }

        Builder vague(LocalDate from, LocalDate to) {
            kind = EventKind.VAGUE;
            start = from;
            end = to;
            return this;
        }

        Builder at(int hour, int minute) {
            time = LocalTime.of(hour, minute);
            return this;
        }

        Builder until(int hour, int minute) {
            endTime = LocalTime.of(hour, minute);
            return this;
        }

        Builder partOfDay(String part) {
            partOfDay = part;
            return this;
        }

        Builder location(String location) {
            this.location = location;
            return this;
        }

        Builder lead(String... units) {
            lead = List.of(units);
            return this;
        }

        Builder partners(String... units) {
            partners = List.of(units);
            return this;
        }

        Builder source(String text) {
            source = text;
            return this;
        }

        Builder description(String text) {
            description = text;
            return this;
        }

        Builder page(RenderedPage page) {
            this.page = page;
            return this;
        }

        Builder campaign(Campaign campaign, Integer year) {
            this.campaign = campaign;
            this.year = year;
            return this;
        }

        Builder anchor(String anchor) {
            this.anchor = anchor;
            return this;
        }

        EventSpec spec() {
            return new EventSpec(id, title, kind, start, time, end, endTime, partOfDay, null, location, lead, partners,
                    source, description, 1);
        }

        Event build() {
            EventSpec spec = spec();
            return new Event(spec.slug(), spec, page, campaign, year, anchor);
        }
    }
}

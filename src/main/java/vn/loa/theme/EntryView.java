package vn.loa.theme;

import java.time.LocalDate;
import vn.loa.index.ArchiveEntry;
import vn.loa.index.Event;

/**
 * A line of an archive list as templates see it: a plan or news post ({@code page}, a
 * {@link PageView}) or an event ({@code event}), its day, and for a unit's list the unit's role.
 */
public final class EntryView {

    private final ArchiveEntry entry;
    private final PageView page;

    EntryView(ArchiveEntry entry, PageView page) {
        this.entry = entry;
        this.page = page;
    }

    /** {@code plan}, {@code news} or {@code event}. */
    public String getKind() {
        return entry.kind();
    }

    public LocalDate getDay() {
        return entry.day();
    }

    /** The title as a reader sees it: a plan's kind before its subject. */
    public String getTitle() {
        return page != null ? page.getFullTitle() : entry.event().title();
    }

    /** Site-absolute: the page, the event's page, or for an event outside any campaign the block that states it. */
    public String getUrl() {
        if (page != null) {
            return page.getUrl();
        }
        Event e = entry.event();
        return e.url() != null ? e.url() : e.sourceUrl();
    }

    ArchiveEntry entry() {
        return entry;
    }

    public PageView getPage() {
        return page;
    }

    public Event getEvent() {
        return entry.event();
    }

    /** For an event of a campaign: its campaign year's hub, site-absolute; else null. */
    public String getCampaignYearUrl() {
        Event e = entry.event();
        return e == null || e.campaign() == null ? null : vn.loa.index.CampaignYear.urlOf(e.campaign().id(), e.year());
    }

    /** {@code issued}, {@code lead}, {@code partner}, or null outside a unit's list. */
    public String getRole() {
        return entry.role() == null ? null : entry.role().id();
    }
}

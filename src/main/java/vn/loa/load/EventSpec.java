package vn.loa.load;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * An event as its page states it in {@code events:}. {@code start} is null for a deadline;
 * {@code end} equals {@code start} for a one-day event. {@code line} is the line of the item in
 * the page's file, for messages.
 */
public record EventSpec(String id, String title, EventKind kind, LocalDate start, LocalTime startTime,
                        LocalDate end, LocalTime endTime, String partOfDay, String weekday, String location,
                        List<String> lead, List<String> partners, String source, String description, int line) {

    public EventSpec {
        partOfDay = Shared.of(partOfDay);
        weekday = Shared.of(weekday);
        location = Shared.of(location);
        lead = Shared.of(lead); // the units, places and parts of day that many events repeat: one copy each
        partners = Shared.of(partners);
    }

    /**
     * The event's stable id: its explicit {@code id}, else its title folded into a slug. It does
     * not depend on any other event, so adding events never changes it.
     */
    public String slug() {
        if (id != null) {
            return id;
        }
        String slug = SLUGS.get(title);
        if (slug == null) {
            slug = vn.loa.text.Vietnamese.slugify(title, 80);
            if (SLUGS.size() >= KEPT_SLUGS) {
                SLUGS.clear();
            }
            SLUGS.put(title, slug);
        }
        return slug;
    }

    /** Slugs of titles, kept by the process: the index stage asks for every event's on every save serve indexes. */
    private static final java.util.Map<String, String> SLUGS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int KEPT_SLUGS = 200_000;

    /** The first day the event covers: its start, or the day of a deadline. */
    public LocalDate firstDay() {
        return start != null ? start : end;
    }
}

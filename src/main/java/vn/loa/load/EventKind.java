package vn.loa.load;

import java.util.Optional;

/** What kind of dated activity an event is. */
public enum EventKind {
    /** One day, with or without a clock time or part of day. */
    EVENT("event", "Sự kiện"),
    /** Several days, shown on every day it covers. */
    PERIOD("period", "Hoạt động nhiều ngày"),
    /** Something to finish before a day; it has only an end. */
    DEADLINE("deadline", "Hạn hoàn thành"),
    /** An honest span such as "cuối tháng 10": shown in timelines, not on a day of the grid. */
    VAGUE("vague", "Thời gian ước lượng");

    private final String id;
    private final String label;

    EventKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<EventKind> of(String id) {
        for (EventKind k : values()) {
            if (k.id.equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}

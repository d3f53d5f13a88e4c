package vn.loa.index;

import java.util.List;

/**
 * Everything of one calendar year: the plans issued and news published in it and the events that
 * begin in it (a deadline counts on its day), as one list, newest first.
 */
public record Year(int year, List<ArchiveEntry> entries, long plans, long news, long events) {

    public Year {
        entries = List.copyOf(entries);
    }

    /** A year with its counts taken from its entries once (each page of its archive shows them). */
    public Year(int year, List<ArchiveEntry> entries) {
        this(year, entries, count(entries, "plan"), count(entries, "news"), count(entries, "event"));
    }

    public static String urlOf(int year) {
        return "/nam/" + year + "/";
    }

    public String url() {
        return urlOf(year);
    }

    private static long count(List<ArchiveEntry> entries, String kind) {
        return entries.stream().filter(e -> e.kind().equals(kind)).count();
    }
}

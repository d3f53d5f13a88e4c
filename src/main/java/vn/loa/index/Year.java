package vn.loa.index;

import java.util.List;

/**
 * Everything of one calendar year: the plans issued and news published in it and the events that
 * begin in it (a deadline counts on its day), as one list, newest first.
 */
public record Year(int year, List<ArchiveEntry> entries) {

    public Year {
        entries = List.copyOf(entries);
    }

    public static String urlOf(int year) {
        return "/nam/" + year + "/";
    }

    public String url() {
        return urlOf(year);
    }

    public long plans() {
        return entries.stream().filter(e -> e.kind().equals("plan")).count();
    }

    public long news() {
        return entries.stream().filter(e -> e.kind().equals("news")).count();
    }

    public long events() {
        return entries.stream().filter(e -> e.kind().equals("event")).count();
    }
}

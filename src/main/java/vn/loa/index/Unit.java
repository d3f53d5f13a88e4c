package vn.loa.index;

import java.util.List;

/**
 * A unit (cơ quan, đơn vị) as the archive knows it: the plans it issued and the events it leads
 * or joins, newest first. {@code name} is its most common spelling; {@code spellings} every
 * spelling met, most common first. See {@link UnitNames} for how spellings are joined.
 */
public record Unit(String slug, String name, List<String> spellings, List<ArchiveEntry> entries,
                   long issued, long leads, long joins) {

    public Unit {
        spellings = List.copyOf(spellings);
        entries = List.copyOf(entries);
    }

    /** A unit with its counts taken from its entries once (each page of its archive shows them). */
    public Unit(String slug, String name, List<String> spellings, List<ArchiveEntry> entries) {
        this(slug, name, spellings, entries, count(entries, ArchiveEntry.Role.ISSUED), count(entries, ArchiveEntry.Role.LEAD),
                count(entries, ArchiveEntry.Role.PARTNER));
    }

    public static String urlOf(String slug) {
        return "/don-vi/" + slug + "/";
    }

    public String url() {
        return urlOf(slug);
    }

    /** The other ways the unit is written, for "also written as". */
    public List<String> otherSpellings() {
        return spellings.stream().filter(s -> !s.equals(name)).toList();
    }

    private static long count(List<ArchiveEntry> entries, ArchiveEntry.Role role) {
        return entries.stream().filter(e -> e.role() == role).count();
    }
}

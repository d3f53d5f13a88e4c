package vn.loa.index;

import java.util.List;

/**
 * A unit (cơ quan, đơn vị) as the archive knows it: the plans it issued and the events it leads
 * or joins, newest first. {@code name} is its most common spelling; {@code spellings} every
 * spelling met, most common first. See {@link UnitNames} for how spellings are joined.
 */
public record Unit(String slug, String name, List<String> spellings, List<ArchiveEntry> entries) {

    public Unit {
        spellings = List.copyOf(spellings);
        entries = List.copyOf(entries);
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

    public long issued() {
        return count(ArchiveEntry.Role.ISSUED);
    }

    public long leads() {
        return count(ArchiveEntry.Role.LEAD);
    }

    public long joins() {
        return count(ArchiveEntry.Role.PARTNER);
    }

    private long count(ArchiveEntry.Role role) {
        return entries.stream().filter(e -> e.role() == role).count();
    }
}

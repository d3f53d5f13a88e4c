package vn.loa.render;

/** A heading in a page's table of contents. */
public record TocEntry(int level, String id, String text) {
}

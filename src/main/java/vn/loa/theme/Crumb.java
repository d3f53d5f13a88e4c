package vn.loa.theme;

/** One step of a breadcrumb trail; the last one, the current page, has no URL. */
public record Crumb(String title, String url) {
}

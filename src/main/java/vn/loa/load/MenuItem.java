package vn.loa.load;

/** An entry of the site's main menu; {@code url} is site-absolute ({@code /tin-tuc/}) or external. */
public record MenuItem(String title, String url) {
}

package vn.loa.load;

import java.util.Optional;

/** The three kinds of content, each a first-level folder of {@code content/}. */
public enum Section {
    PLANS("ke-hoach", "Kế hoạch", "/ke-hoach/"),
    NEWS("tin-tuc", "Tin tức", "/tin-tuc/"),
    PAGES("trang", "Trang", "/");

    private final String folder;
    private final String label;
    private final String urlPrefix;

    Section(String folder, String label, String urlPrefix) {
        this.folder = folder;
        this.label = label;
        this.urlPrefix = urlPrefix;
    }

    /** The folder under {@code content/}: {@code ke-hoach}, {@code tin-tuc}, {@code trang}. */
    public String folder() {
        return folder;
    }

    /** The Vietnamese name shown to readers. */
    public String label() {
        return label;
    }

    /** Where its pages live: {@code /ke-hoach/}, {@code /tin-tuc/}, or the site root for pages. */
    public String urlPrefix() {
        return urlPrefix;
    }

    /** Plans and news are dated and listed; standalone pages are neither. */
    public boolean isListed() {
        return this != PAGES;
    }

    public static Optional<Section> ofFolder(String folder) {
        for (Section s : values()) {
            if (s.folder.equals(folder)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

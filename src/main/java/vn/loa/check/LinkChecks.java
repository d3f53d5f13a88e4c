package vn.loa.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.loa.load.Addresses;
import vn.loa.load.Page;
import vn.loa.load.YamlMap;
import vn.loa.render.MarkdownParser;

/**
 * Links, files and images of a page.
 *
 * <ul>
 * <li>A link to a path of the site that the build will not produce is an error: a broken link when it names a page
 *     ({@code /tin-tuc/khong-co/}, with the nearest page as a suggestion), a missing attachment when it names a file
 *     ({@code qd-45.pdf}, {@code anh.jpg}); also a link to a draft, a link to a {@code .md} source file, a path
 *     written with other capitals than the file, a relative path that climbs above the site and {@code www.…}
 *     without {@code https://}.</li>
 * <li>The same holds for the items of the menus in {@code site.yaml} and its press page ({@code press_contact.page}).</li>
 * <li>An address with a scheme other than {@code http}, {@code https}, {@code mailto} and {@code tel}
 *     ({@code javascript:}, {@code data:}, {@code file:} …) is an error, each one, in Markdown and in raw HTML.</li>
 * <li>A link to a page without its closing {@code /} is a warning: it works on a server, not from disk.</li>
 * <li>An image without a text alternative is a warning: {@code ![](anh.jpg)}, {@code <img>} without {@code alt} or
 *     with an empty one, and {@code image:} without {@code image_alt} (the news theme then leaves the picture out) unless
 *     the body shows the same picture with one. An empty alt is right only for an image marked as decoration:
 *     {@code ![](hoa-van.png "trang trí")}, {@code <img alt="" role="presentation">}.</li>
 * <li>An image of the content larger than {@code image_max_kb}, and one no page uses: see {@link ImageFiles}.</li>
 * </ul>
 */
final class LinkChecks {

    private final SitePaths paths;
    private final Map<String, Page> byUrl;
    private final Map<Path, Page> byFile;
    private final boolean drafts;
    private final Findings out;
    private final ImageFiles images;

    LinkChecks(SitePaths paths, Map<String, Page> byUrl, Map<Path, Page> byFile, boolean drafts, Findings out) {
        this(paths, byUrl, byFile, drafts, out, null);
    }

    /** @param images the content's images, to check their size and mark them used; null when not checked */
    LinkChecks(SitePaths paths, Map<String, Page> byUrl, Map<Path, Page> byFile, boolean drafts, Findings out, ImageFiles images) {
        this.paths = paths;
        this.byUrl = byUrl;
        this.byFile = byFile;
        this.drafts = drafts;
        this.out = out;
        this.images = images;
    }

    void check(Page page, YamlMap fm) {
        String file = Findings.name(page.file());
        List<Links.Ref> refs;
        try {
            refs = Links.scan(page.markdown(), page.bodyLine());
        } catch (MarkdownParser.TooDeep e) {
            // The render stage refused the page with the same message; the set of findings keeps one.
            out.error(Links.MARKDOWN.error(e, page.markdown(), page.file(), page.bodyLine()));
            refs = List.of();
        }
        for (Links.Ref r : refs) {
            if (r.image()) {
                if (r.html() && r.alt() == null) {
                    out.warning(file, r.line(), "ảnh '" + r.destination() + "' không có văn bản thay thế (thuộc tính alt)",
                            "thêm alt=\"mô tả ngắn nội dung ảnh\" vào thẻ <img>; người dùng trình đọc màn hình chỉ nghe được phần này");
                } else if (r.html() && r.alt().isBlank() && !r.decorative()) {
                    out.warning(file, r.line(), "ảnh '" + r.destination() + "' có alt rỗng nhưng không được đánh dấu là ảnh trang trí",
                            "viết mô tả ngắn nội dung ảnh vào alt; nếu ảnh chỉ để trang trí, thêm role=\"presentation\" vào thẻ <img>");
                } else if (!r.html() && r.alt().isBlank() && !r.decorative()) {
                    out.warning(file, r.line(), "ảnh '" + r.destination() + "' không có văn bản thay thế (alt)",
                            "viết mô tả ngắn nội dung ảnh trong ngoặc vuông: ![Mô tả ảnh](" + r.destination() + ")"
                                    + "; nếu ảnh chỉ để trang trí, ghi rõ: ![](" + r.destination() + " \"trang trí\")");
                }
            }
            target(page, file, r.line(), r.destination(), r.image());
        }
        String image = page.image();
        if (image != null) {
            int line = fm == null ? 0 : fm.lineOf("image");
            target(page, file, line, image, true);
            boolean shownWithAlt = refs.stream().anyMatch(r -> r.image() && r.destination().strip().equals(image)
                    && r.alt() != null && !r.alt().isBlank());
            if ((page.imageAlt() == null || page.imageAlt().isBlank()) && !shownWithAlt) {
                out.warning(file, line, "ảnh 'image: " + image + "' không có 'image_alt', nên trang tin không hiện ảnh này"
                                + " và người dùng trình đọc màn hình không biết ảnh nói gì",
                        "thêm dòng 'image_alt: mô tả ngắn nội dung ảnh' vào phần đầu");
            }
        }
    }

    /**
     * The menus of {@code site.yaml} ({@code menu}, {@code footer_menu}) and the press page of {@code press_contact}:
     * every page shows them, so a broken item is broken everywhere.
     */
    void menu(YamlMap site) {
        menu(site, "menu");
        menu(site, "footer_menu");
        try {
            YamlMap press = site.map("press_contact");
            String page = press == null ? null : press.string("page");
            if (page != null) {
                target(null, Findings.name(press.file()), press.lineOf("page"), page, false);
            }
        } catch (vn.loa.LoaException e) {
            // the loader has reported it
        }
    }

    private void menu(YamlMap site, String key) {
        List<YamlMap> items;
        try {
            items = site.mapList(key);
        } catch (vn.loa.LoaException e) {
            return; // the loader has reported it
        }
        for (YamlMap item : items) {
            String url;
            try {
                url = item.string("url");
            } catch (vn.loa.LoaException e) {
                continue;
            }
            if (url != null) {
                target(null, Findings.name(item.file()), item.lineOf("url"), url, false);
            }
        }
    }

    private void target(Page page, String file, int line, String destination, boolean image) {
        String what = image ? "ảnh" : page == null ? "địa chỉ của mục menu" : "liên kết";
        if (!Addresses.allowed(destination)) {
            // The loader and the render stage refuse the first such address with the same message; here every one.
            out.error(Addresses.refused(Path.of(file), line, what, destination));
            return;
        }
        Links.Target t = Links.resolve(destination, page == null ? "/" : page.url());
        what = image ? "ảnh" : "liên kết";
        if (t instanceof Links.MissingScheme) {
            out.error(file, line, what + " '" + destination + "' thiếu 'https://' nên sẽ được hiểu là một đường dẫn trong cổng",
                    "viết đầy đủ 'https://" + destination + "'");
            return;
        }
        if (t instanceof Links.AboveRoot) {
            out.error(file, line, what + " '" + destination + "' đi lên quá thư mục gốc của cổng",
                    "bớt '../', hoặc viết đường dẫn từ gốc bắt đầu bằng '/'");
            return;
        }
        if (!(t instanceof Links.SitePath sp)) {
            return;
        }
        String path = sp.path();
        if (images != null && page != null) {
            images.use(path, image, file, line, destination, out);
        }
        if (paths.exists(path)) {
            return;
        }
        Page draft = byUrl.get("/" + path + (path.isEmpty() || path.endsWith("/") ? "" : "/"));
        if (draft != null && draft.draft() && !drafts) {
            out.error(file, line, what + " '" + destination + "' dẫn tới bài nháp " + Findings.name(draft.file())
                            + " (draft: true), bài này chưa được đăng nên liên kết sẽ hỏng",
                    "đăng bài đó (xóa 'draft: true') hoặc bỏ liên kết");
            return;
        }
        if (!path.isEmpty() && !path.endsWith("/") && paths.exists(path + "/")) {
            out.warning(file, line, what + " '" + destination + "' thiếu dấu '/' ở cuối: chạy được trên máy chủ web"
                            + " nhưng không chạy khi mở cổng từ ổ đĩa hoặc USB",
                    "viết '" + withSlash(destination) + "'");
            return;
        }
        Optional<Page> source = page == null ? Optional.empty() : Links.sourcePage(destination, page.file(), byFile);
        if (source.isPresent()) {
            out.error(file, line, what + " '" + destination + "' trỏ tới tệp nguồn Markdown, tệp này không được xuất ra cổng",
                    "viết địa chỉ của trang: '" + source.get().url() + "'");
            return;
        }
        Optional<String> otherCase = paths.otherCase(path);
        if (otherCase.isPresent()) {
            out.error(file, line, what + " '" + destination + "' khác chữ hoa/thường với tệp '/" + otherCase.get()
                            + "'; máy chủ web phân biệt chữ hoa và chữ thường",
                    "viết đúng tên tệp: '/" + otherCase.get() + "'");
            return;
        }
        if (Links.looksLikeFile(path)) {
            out.error(file, line, (image ? "ảnh" : "tệp đính kèm") + " '" + destination + "' không có: cổng sẽ không có tệp /" + path,
                    whereToPut(page, destination, path));
            return;
        }
        Optional<String> near = paths.nearestPage("/" + path, Math.max(2, path.length() / 8));
        out.error(file, line, "liên kết '" + destination + "' hỏng: không có trang nào ở /" + path,
                near.map(n -> "có phải ý bạn là '" + n + "'? sửa lại liên kết").orElse("sửa địa chỉ cho đúng một trang của cổng, hoặc xóa liên kết"));
    }

    private static String withSlash(String destination) {
        int cut = destination.length();
        for (char c : new char[] {'#', '?'}) {
            int i = destination.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return destination.substring(0, cut) + "/" + destination.substring(cut);
    }

    /** Where the missing file should be put. */
    private static String whereToPut(Page page, String destination, String path) {
        if (page == null || destination.strip().startsWith("/")) {
            return "đặt tệp ở content/" + path + ", hoặc sửa đường dẫn";
        }
        Path md = page.file();
        if (md.getFileName().toString().equals("index.md")) {
            return "đặt tệp vào thư mục " + Findings.name(md.getParent()) + "/ (cạnh index.md), hoặc sửa tên tệp";
        }
        String name = md.getFileName().toString();
        String folder = Findings.name(md.getParent()) + "/" + name.substring(0, name.length() - 3);
        return "tệp đi kèm chỉ được xuất ra cạnh một bài dạng thư mục: đổi " + Findings.name(md) + " thành " + folder
                + "/index.md và đặt tệp vào " + folder + "/; hoặc đặt tệp ở content/tep/ và viết '/tep/…'";
    }
}

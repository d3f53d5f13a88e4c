package vn.loa.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.loa.load.Content;
import vn.loa.load.Page;

/**
 * The image files of {@code content/}: an image a page uses that is larger than {@code image_max_kb} of
 * {@code site.yaml} (default {@value #DEFAULT_MAX_KB} KB; the build makes smaller copies of raster images, so this
 * limit is about what editors put on the server and keep in the content) is a warning at the line that uses it; an
 * image that no page uses (front matter {@code image}, a Markdown image or link, an HTML {@code <img>} or link, drafts
 * included, or {@code site.yaml}) is a warning on the file itself.
 */
final class ImageFiles {

    /** The default of {@code image_max_kb}: a phone photo straight from the camera is 3–8 MB. */
    static final int DEFAULT_MAX_KB = 5000;

    /** The extensions taken as images. */
    static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "webp", "svg", "avif", "bmp", "tif", "tiff", "heic");

    private final Map<String, Content.StaticFile> byTarget = new HashMap<>();
    private final long maxBytes;
    private final int maxKb;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    ImageFiles(List<Content.StaticFile> files, int maxKb) {
        for (Content.StaticFile f : files) {
            if (isImage(f.target())) {
                byTarget.put(f.target(), f);
            }
        }
        this.maxKb = maxKb;
        this.maxBytes = maxKb * 1024L;
    }

    static boolean isImage(String path) {
        int dot = path.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * A path of the site that a page or {@code site.yaml} uses; when it is an image of the content used as an image,
     * one larger than the limit is a warning at {@code file:line}.
     */
    void use(String path, boolean asImage, String file, int line, String destination, Findings out) {
        Content.StaticFile f = byTarget.get(path);
        if (f == null) {
            return;
        }
        used.add(path);
        if (asImage && out != null && f.size() > maxBytes) {
            out.warning(file, line, "ảnh '" + destination + "' nặng " + kb(f.size()) + " KB, quá giới hạn " + kb(maxBytes)
                            + " KB (image_max_kb trong site.yaml): tệp gốc lớn làm chậm việc dựng cổng và tốn chỗ trên máy chủ",
                    "thu nhỏ ảnh trước khi đưa vào (cạnh dài khoảng 2 500 điểm ảnh, chất lượng JPEG 85 là đủ; Loa tự làm các cỡ nhỏ hơn"
                            + " cho người đọc), hoặc tăng image_max_kb trong site.yaml");
        }
    }

    /** Marks what a page uses without checking it (a draft that is not checked). */
    void useAll(Page page) {
        List<Links.Ref> refs;
        try {
            refs = Links.scan(page.markdown(), page.bodyLine());
        } catch (vn.loa.render.MarkdownParser.TooDeep e) {
            refs = List.of();
        }
        for (Links.Ref r : refs) {
            if (Links.resolve(r.destination(), page.url()) instanceof Links.SitePath sp) {
                used.add(sp.path());
            }
        }
        if (page.image() != null && Links.resolve(page.image(), page.url()) instanceof Links.SitePath sp) {
            used.add(sp.path());
        }
    }

    /** The images no page uses, each a warning on its file; {@code siteYaml} (may be null) counts as a user. */
    void unused(Path siteRoot, Path siteYaml, Findings out) {
        String site = "";
        try {
            // A regular file of a sane size only: the loader has reported a FIFO, a device or a huge file.
            site = siteYaml != null && Files.isRegularFile(siteYaml) && Files.size(siteYaml) <= vn.loa.load.ContentLoader.MAX_YAML_BYTES
                    ? Files.readString(siteYaml) : "";
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // the loader has reported it
        }
        for (var e : byTarget.entrySet()) {
            if (used.contains(e.getKey()) || site.contains(e.getKey())) {
                continue;
            }
            Path source = e.getValue().source();
            Path shown = source.isAbsolute() && source.startsWith(siteRoot) ? siteRoot.relativize(source) : source;
            out.warning(Findings.name(shown), 0, "ảnh không được trang nào dùng: cổng vẫn chép tệp này lên máy chủ",
                    "dùng ảnh trong một bài (![Mô tả ảnh](" + source.getFileName() + ")) hoặc xóa tệp");
        }
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%,d", (bytes + 1023) / 1024).replace(',', ' ');
    }

    int maxKb() {
        return maxKb;
    }
}

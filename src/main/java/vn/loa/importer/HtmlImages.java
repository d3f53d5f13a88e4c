package vn.loa.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import vn.loa.text.Vietnamese;

/**
 * The images of an imported HTML page ({@link HtmlArticle}): a local image is taken only when its first bytes are
 * those of a JPEG, PNG, GIF or WebP ({@link ImageKind}; an SVG is cleaned instead); an image written in the page as a
 * {@code data:} address is decoded (base64, within {@link ImportLimits#MAX_IMAGE_BYTES}) and taken as a file; an
 * image on the web is never fetched, and the review says so; {@code <figcaption>} becomes the italic line under the
 * image; an image left without alt text is named in the review. At most {@link ImportLimits#MAX_IMAGES} images,
 * {@link ImportLimits#MAX_IMAGES_BYTES} together.
 */
final class HtmlImages {

    private static final Pattern DATA = Pattern.compile("(?is)data:([^;,]*)((?:;[^;,]*)*),(.*)");

    private final Set<String> taken;
    private final List<String> notes;
    private final List<Importer.Embedded> embedded;
    private int count;
    private long total;

    HtmlImages(Set<String> taken, List<String> notes, List<Importer.Embedded> embedded) {
        this.taken = taken;
        this.notes = notes;
        this.embedded = embedded;
    }

    /** An image on the web: left as it is, never fetched. */
    void remote(String value) {
        notes.add("ảnh '" + shorten(value) + "' ở trên mạng: Loa không tải về, bài vẫn trỏ tới ảnh ở trang cũ (ảnh mất khi"
                + " trang cũ đóng) — tải ảnh về, chép vào thư mục bài và sửa đường dẫn");
    }

    /** An image written in the page: its name in the bundle, or null when it is left out (with a note). */
    String data(String value, String alt) {
        String where = "ảnh nhúng trong trang (data:)";
        Matcher m = DATA.matcher(value);
        if (!m.matches() || !m.group(2).toLowerCase(java.util.Locale.ROOT).contains(";base64")) {
            notes.add(where + ": không chép — chỉ đọc được ảnh nhúng dạng base64");
            return null;
        }
        String payload = m.group(3);
        if (payload.length() > ImportLimits.MAX_IMAGE_BYTES / 3 * 4 + 1024) {
            notes.add(where + ": không chép — ảnh quá lớn (tối đa " + ImportLimits.megabytes(ImportLimits.MAX_IMAGE_BYTES) + ")");
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(payload);
        } catch (IllegalArgumentException e) {
            notes.add(where + ": không chép — mã base64 hỏng");
            return null;
        }
        if (!Pictures.admit(bytes, ImageKind.of(bytes), where, notes) || !room(where, bytes.length)) {
            return null;
        }
        String text = Pictures.clean(alt);
        String base = text == null ? "" : Vietnamese.slugify(text, 50);
        String name = HtmlArticle.uniqueName((base.isEmpty() ? "anh-" + count : base) + "." + ImageKind.of(bytes).extension, taken);
        embedded.add(new Importer.Embedded(name, bytes));
        return name;
    }

    /** A local image file: taken when it is an image, within the limits; else refused, with why. */
    LocalFiles.Resolution local(LocalFiles.Found found) {
        byte[] head;
        try (InputStream in = Files.newInputStream(found.file(), LinkOption.NOFOLLOW_LINKS)) {
            head = in.readNBytes(64);
        } catch (IOException e) {
            return new LocalFiles.Refused("không đọc được (" + e.getMessage() + ")");
        }
        ImageKind kind = ImageKind.of(head);
        if (kind == null || !kind.web()) {
            return new LocalFiles.Refused("không phải ảnh JPEG, PNG, GIF, WebP hay SVG (xét theo các byte đầu tệp)");
        }
        long size;
        try {
            size = Files.size(found.file());
        } catch (IOException e) {
            return new LocalFiles.Refused("không đọc được (" + e.getMessage() + ")");
        }
        if (size > ImportLimits.MAX_IMAGE_BYTES) {
            return new LocalFiles.Refused("ảnh quá lớn (" + ImportLimits.megabytes(size) + "; tối đa "
                    + ImportLimits.megabytes(ImportLimits.MAX_IMAGE_BYTES) + ")");
        }
        if (count >= ImportLimits.MAX_IMAGES || total + size > ImportLimits.MAX_IMAGES_BYTES) {
            return new LocalFiles.Refused("quá " + ImportLimits.MAX_IMAGES + " ảnh hay quá "
                    + ImportLimits.megabytes(ImportLimits.MAX_IMAGES_BYTES) + " ảnh trong một trang");
        }
        count++;
        total += size;
        return found;
    }

    private boolean room(String where, long size) {
        if (count >= ImportLimits.MAX_IMAGES || total + size > ImportLimits.MAX_IMAGES_BYTES) {
            notes.add(Pictures.tooMany(where));
            return false;
        }
        count++;
        total += size;
        return true;
    }

    /** {@code <figcaption>} as the italic line under its image, the press convention the build shows as a figure. */
    static void captions(Element content) {
        for (Element c : content.select("figcaption")) {
            String text = Pictures.clean(c.text());
            if (text == null) {
                c.remove();
            } else {
                c.replaceWith(new Element("p").appendChild(new Element("em").text(text)));
            }
        }
    }

    /**
     * The images kept without alt text, for the review. Their alt becomes a mark that {@link #unmark} takes out of
     * the Markdown again: the converter writes an image without alt as an emoji shortcut ({@code :anh:}), not as
     * {@code ![](anh.png)}.
     */
    static void noteMissingAlt(Element content, List<String> notes) {
        int n = 0;
        for (Element img : content.select("img[src]")) {
            n++;
            if (img.attr("alt").isBlank()) {
                notes.add(Pictures.needsAlt("ảnh thứ " + n + " của trang", shorten(img.attr("src"))));
                img.attr("alt", NO_ALT);
            }
        }
    }

    /** A private-use character no page holds: the alt of an image without one, while the page is converted. */
    private static final String NO_ALT = "\uE0A0";

    /** The Markdown with the images without alt written {@code ![](…)}. */
    static String unmark(String markdown) {
        return markdown.replace("![" + NO_ALT + "]", "![]").replace(NO_ALT, "");
    }

    private static String shorten(String value) {
        return value.length() > 100 ? value.substring(0, 100) + "…" : value;
    }
}

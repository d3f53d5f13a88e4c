package vn.loa.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.loa.text.Vietnamese;

/**
 * The pictures a document holds (a {@code .docx}'s embedded images, an HTML page's {@code data:} images), taken into
 * the new page bundle: each checked by its first bytes ({@link ImageKind}: JPEG, PNG, GIF, WebP; never decoded),
 * within {@link ImportLimits} (size of one, how many, all together), given a safe name folded from its text
 * ({@code Ảnh khai mạc.png} → {@code anh-khai-mac.png}) and written in the body as {@code ![alt](name)}, with its
 * caption as an italic line right under it (the press convention the build shows as a figure). Word's EMF/WMF
 * drawings, which no browser shows, and pictures past a limit are left out with a note for the review; so is a
 * picture without any text, which is taken but needs its alt text written.
 *
 * <pre>{@code
 * Pictures.Taken t = Pictures.take(List.of(new Pictures.Raw(bytes, "Toàn cảnh hội thảo", null, "ảnh 1", "…")), taken, notes);
 * t.files();   // name and bytes, to write beside index.md
 * t.places();  // where each goes in the body, as Markdown
 * }</pre>
 */
final class Pictures {

    /** "Ảnh: PV", "Ảnh: Minh Anh" at the end of a caption: who took it. */
    private static final Pattern CREDIT = Pattern.compile("(?iu)\\s*[–—-]?\\s*\\(?\\s*(ảnh|nguồn ảnh|ảnh minh họa|ảnh minh hoạ)\\s*:[^.]*\\)?\\.?\\s*$");

    /**
     * A picture as found in the document.
     *
     * @param alt     its description ({@code descr} of Word's drawing, {@code alt} of HTML); null when none
     * @param caption the caption under it; null when none
     * @param where   where it stands, for the review ({@code ảnh thứ 2, sau đoạn “…”})
     * @param anchor  the text of the paragraph it follows, to place it in the body; null at the top
     */
    record Raw(byte[] bytes, String alt, String caption, String where, String anchor) {
    }

    /** A picture's place in the body: after the block holding {@code anchor} (null: the top), its Markdown. */
    record Place(String anchor, String markdown) {
    }

    /** The pictures taken: the files to write, and their places. */
    record Taken(List<Importer.Embedded> files, List<Place> places) {
    }

    private Pictures() {
    }

    /**
     * Takes the pictures in order; {@code taken} holds the names already used in the bundle (and gets the new ones),
     * {@code notes} gets what the editor should know.
     */
    static Taken take(List<Raw> pictures, Set<String> taken, List<String> notes) {
        List<Importer.Embedded> files = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        long total = 0;
        List<String> vector = new ArrayList<>();
        for (Raw p : pictures) {
            ImageKind kind = ImageKind.of(p.bytes());
            if (kind != null && !kind.web()) {
                vector.add(p.where());
                continue;
            }
            if (!admit(p.bytes(), kind, p.where(), notes)) {
                continue;
            }
            if (files.size() >= ImportLimits.MAX_IMAGES || total + p.bytes().length > ImportLimits.MAX_IMAGES_BYTES) {
                notes.add(tooMany(p.where()));
                break;
            }
            total += p.bytes().length;
            String caption = clean(p.caption());
            String alt = clean(p.alt());
            if (alt == null && caption != null) {
                alt = clean(CREDIT.matcher(caption).replaceFirst(""));
            }
            String base = Vietnamese.slugify(alt != null ? alt : "anh-" + (files.size() + 1), 50);
            String name = HtmlArticle.uniqueName((base.isEmpty() ? "anh" : base) + "." + kind.extension, taken);
            files.add(new Importer.Embedded(name, p.bytes()));
            StringBuilder md = new StringBuilder("![").append(alt == null ? "" : Inline.escape(alt)).append("](").append(name).append(')');
            if (caption != null) {
                md.append("\n*").append(Inline.escape(caption)).append('*');
            }
            places.add(new Place(p.anchor(), md.toString()));
            if (alt == null) {
                notes.add(needsAlt(p.where(), name));
            }
        }
        if (!vector.isEmpty()) {
            notes.add(String.join("; ", vector) + ": không chép — hình vẽ EMF/WMF của Word, trình duyệt không hiển thị được;"
                    + " mở văn bản bằng Word, lưu hình thành ảnh PNG (chuột phải → Save as Picture) rồi thêm vào thư mục bài");
        }
        return new Taken(files, places);
    }

    /** Whether a picture may be taken: a web image within the size of one; if not, a note says why. */
    static boolean admit(byte[] bytes, ImageKind kind, String where, List<String> notes) {
        if (kind == null || !kind.web()) {
            notes.add(where + ": không chép — không phải ảnh JPEG, PNG, GIF hay WebP");
            return false;
        }
        if (bytes.length > ImportLimits.MAX_IMAGE_BYTES) {
            notes.add(where + ": không chép — ảnh quá lớn (" + ImportLimits.megabytes(bytes.length) + "; tối đa "
                    + ImportLimits.megabytes(ImportLimits.MAX_IMAGE_BYTES) + "); chép ảnh nhỏ hơn vào thư mục bài");
            return false;
        }
        return true;
    }

    static String tooMany(String where) {
        return where + " và các ảnh sau: không chép — quá " + ImportLimits.MAX_IMAGES + " ảnh hay quá "
                + ImportLimits.megabytes(ImportLimits.MAX_IMAGES_BYTES) + " ảnh trong một văn bản";
    }

    /** The review's note for a picture taken without any text. */
    static String needsAlt(String where, String name) {
        return where + " (tệp " + name + ") chưa có văn bản thay thế: viết mô tả ngắn nội dung ảnh trong ngoặc vuông,"
                + " ![Mô tả ảnh](" + name + "); người dùng trình đọc màn hình chỉ nghe được phần này";
    }

    /** One line of text, NFC, without the spaces around it; null when there is none. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = Vietnamese.nfc(s.replaceAll("[\\s\\u00A0]+", " ").strip());
        return t.isEmpty() ? null : t;
    }

    /** A paragraph's text cut for the review: “…” around its last words. */
    static String quote(String text) {
        String t = clean(text);
        if (t == null) {
            return null;
        }
        return "“" + (t.length() > 60 ? "…" + t.substring(t.length() - 60).stripLeading() : t) + "”";
    }

    /**
     * The body's blocks with the pictures put in: each after the first block, from the last one placed, that holds
     * the text of the paragraph it followed in the document (compared folded, letters and digits only, as the body's
     * clean-up may join lines or drop marks); when that text is not in the body (it was the title, the header, a
     * caption), right after the last picture placed, or at the top.
     */
    static List<Block> place(List<Block> blocks, List<Place> places) {
        if (places.isEmpty()) {
            return blocks;
        }
        List<String> keys = new ArrayList<>();
        for (Block b : blocks) {
            keys.add(key(b.plain()));
        }
        List<List<Place>> after = new ArrayList<>();
        for (int i = 0; i <= blocks.size(); i++) {
            after.add(new ArrayList<>());
        }
        int cursor = 0; // pictures go after block cursor - 1; 0 is the top
        for (Place p : places) {
            String k = p.anchor() == null ? "" : key(p.anchor());
            if (k.length() > 40) {
                k = k.substring(k.length() - 40);
            }
            if (!k.isEmpty()) {
                for (int i = Math.max(0, cursor - 1); i < blocks.size(); i++) {
                    if (keys.get(i).contains(k)) {
                        cursor = i + 1;
                        break;
                    }
                }
            }
            after.get(cursor).add(p);
        }
        List<Block> out = new ArrayList<>();
        for (int i = 0; i <= blocks.size(); i++) {
            for (Place p : after.get(i)) {
                out.add(new Block.Paragraph(null, p.markdown(), ""));
            }
            if (i < blocks.size()) {
                out.add(blocks.get(i));
            }
        }
        return out;
    }

    private static String key(String text) {
        return Vietnamese.fold(text).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}

package vn.loa.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import vn.loa.text.Vietnamese;

/**
 * The pictures of a {@code .docx}'s paragraphs, in document order, and their captions. A picture is a drawing
 * ({@code w:drawing}: its description is the {@code descr} of {@code wp:docPr}, Word's alt text; its bytes the part
 * its {@code a:blip} embeds) or an old VML picture ({@code v:shape alt}, {@code v:imagedata}); the fallback copy Word
 * keeps of a drawing ({@code mc:Fallback}) is not counted twice. A picture linked to a file outside the document has
 * no bytes: it is named in the review. A caption is the paragraph after the picture when it starts with
 * {@code Ảnh:}, ends with a credit ({@code … Ảnh: PV}), is in Word's caption style or is all in italics.
 */
final class DocxPictures {

    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final Pattern CREDIT = Pattern.compile("(?iu)^\\(?\\s*(ảnh|anh)( minh h[oọ]a| minh hoạ)?\\s*:.*|.*[.)]\\s*\\(?(ảnh|nguồn ảnh)\\s*:\\s*[^.]{1,60}\\)?\\.?$");

    /** A picture of a paragraph: its bytes (null when linked, not embedded) and its alt text (null when none). */
    record Found(byte[] bytes, String alt) {
    }

    private DocxPictures() {
    }

    /** The pictures of a paragraph, in order. */
    static List<Found> of(XWPFParagraph p) {
        List<Found> out = new ArrayList<>();
        for (XWPFRun r : p.getRuns()) {
            try (XmlCursor c = r.getCTR().newCursor()) {
                String alt = null;
                int depth = 0;
                while (depth >= 0 && c.hasNextToken()) {
                    XmlCursor.TokenType t = c.toNextToken();
                    if (t == XmlCursor.TokenType.END) {
                        depth--;
                        continue;
                    }
                    if (t != XmlCursor.TokenType.START) {
                        continue;
                    }
                    String name = c.getName().getLocalPart();
                    if (name.equals("Fallback")) {
                        c.toEndToken(); // the same picture again, for older Word: its END is passed over, as its START
                        continue;
                    }
                    depth++;
                    switch (name) {
                        case "inline", "anchor" -> alt = null;
                        case "docPr" -> alt = firstNonBlank(c.getAttributeText(new QName("descr")), c.getAttributeText(new QName("title")));
                        case "shape" -> alt = c.getAttributeText(new QName("alt"));
                        case "blip" -> out.add(found(p, c.getAttributeText(new QName(R, "embed")), alt));
                        case "imagedata" -> out.add(found(p, c.getAttributeText(new QName(R, "id")), alt));
                        default -> {
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Found found(XWPFParagraph p, String embed, String alt) {
        XWPFPictureData data = embed == null ? null : p.getDocument().getPictureDataByID(embed);
        return new Found(data == null ? null : data.getData(), alt);
    }

    /** Whether a paragraph read as a picture's caption: {@code Ảnh: …}, {@code … Ảnh: PV}, the caption style, or all italics. */
    static boolean caption(XWPFParagraph p, String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 400) {
            return false;
        }
        if (CREDIT.matcher(Vietnamese.nfc(t)).matches()) {
            return true;
        }
        String style = p.getStyleID() == null ? "" : p.getStyleID().toLowerCase(Locale.ROOT);
        if (style.contains("caption") || style.contains("chuthich")) {
            return true;
        }
        boolean any = false;
        for (XWPFRun r : p.getRuns()) {
            String rt = r.text();
            if (rt == null || rt.isBlank()) {
                continue;
            }
            if (!r.isItalic()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * The first real description: older Word versions (and POI) write the picture's file name or path
     * ({@code C:\\Users\\…\\IMG_1234.JPG}) as its description, which says nothing of the picture.
     */
    private static String firstNonBlank(String a, String b) {
        for (String s : new String[] {a, b}) {
            if (s != null && !s.isBlank() && !FILE_NAME.matcher(s.strip()).matches()) {
                return s;
            }
        }
        return null;
    }

    private static final Pattern FILE_NAME = Pattern.compile("(?i)(.*[\\\\/].*|\\S+\\.(jpe?g|png|gif|bmp|tiff?|webp|emf|wmf|heic|jfif))");
}

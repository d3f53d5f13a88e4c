package vn.loa.importer;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The font a run of a {@code .docx} is shown in, as Word decides it: the run's own font, else its character style's,
 * else its paragraph style's (following {@code basedOn}), else the document's default. Only the name matters here:
 * whether the run was typed in a legacy Vietnamese font ({@link LegacyEncoding#ofFont}).
 */
final class DocxFonts {

    /** Styles followed through basedOn at most this deep (a loop of styles ends there). */
    private static final int MAX_STYLE_DEPTH = 20;

    private final XWPFStyles styles;
    private final String defaultFont;
    private final String defaultParagraphStyle;
    private final Map<String, String> byStyle = new HashMap<>();

    DocxFonts(XWPFDocument doc) {
        this.styles = doc.getStyles();
        String font = null;
        String normal = null;
        if (styles != null) {
            var ct = styles.getCtStyles();
            if (ct != null && ct.isSetDocDefaults() && ct.getDocDefaults().isSetRPrDefault() && ct.getDocDefaults().getRPrDefault().isSetRPr()) {
                font = font(ct.getDocDefaults().getRPrDefault().getRPr());
            }
            for (XWPFStyle s : styles.getStyles()) {
                CTStyle c = s.getCTStyle();
                if (c != null && c.isSetDefault() && c.getType() == STStyleType.PARAGRAPH) {
                    normal = s.getStyleId();
                }
            }
        }
        this.defaultFont = font;
        this.defaultParagraphStyle = normal != null ? normal : "Normal";
    }

    /** The font name of a run of a paragraph; null when none is set anywhere. */
    String of(XWPFParagraph p, XWPFRun r) {
        String f = r.getFontFamily(XWPFRun.FontCharRange.hAnsi);
        if (f == null) {
            f = r.getFontFamily();
        }
        if (f == null && r.getStyle() != null && !r.getStyle().isEmpty()) {
            f = styleFont(r.getStyle());
        }
        if (f == null) {
            f = styleFont(p.getStyleID() != null ? p.getStyleID() : defaultParagraphStyle);
        }
        return f != null ? f : defaultFont;
    }

    private String styleFont(String id) {
        if (styles == null) {
            return null;
        }
        return byStyle.computeIfAbsent(id, k -> {
            String sid = k;
            for (int i = 0; i < MAX_STYLE_DEPTH && sid != null; i++) {
                XWPFStyle s = styles.getStyle(sid);
                if (s == null || s.getCTStyle() == null) {
                    return null;
                }
                CTStyle c = s.getCTStyle();
                if (c.isSetRPr()) {
                    String f = font(c.getRPr());
                    if (f != null) {
                        return f;
                    }
                }
                sid = c.isSetBasedOn() ? c.getBasedOn().getVal() : null;
            }
            return null;
        });
    }

    private static String font(CTRPr rPr) {
        if (rPr == null || rPr.sizeOfRFontsArray() == 0) {
            return null;
        }
        CTFonts f = rPr.getRFontsArray(0);
        return f.getHAnsi() != null ? f.getHAnsi() : f.getAscii();
    }
}

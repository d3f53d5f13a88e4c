package vn.loa.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.loa.LoaException;
import vn.loa.text.Vietnamese;

/**
 * A {@code .docx} as the text Word would give when copied: paragraphs and tables in document order, one paragraph a
 * line, Word's automatic numbering written out ({@code I.}, {@code 1.}, {@code 2.1.}, {@code -}, {@code +}), table
 * cells joined with tabs. The two-column tables of the form (issuing body | motto, recipients | signature) are written
 * cell by cell instead, so that the header and the tail read as they do in copied text.
 */
final class DocxText {

    private final ListNumbers numbers = new ListNumbers();
    private final StringBuilder out = new StringBuilder();
    private final DocxFonts fonts;
    private final LegacyRuns legacyRuns = new LegacyRuns();
    /** The pictures found so far, in document order; their captions are filled in as the next paragraph is read. */
    private final List<Picture> pictures = new ArrayList<>();
    private final List<String> pictureNotes = new ArrayList<>();
    /** The last line of text written, which a picture follows. */
    private String lastText;
    /** The pictures of the last paragraph, while the next paragraph may be their caption; null otherwise. */
    private List<Picture> awaitingCaption;

    /** A picture being read: its caption comes with the next paragraph. */
    private static final class Picture {
        final byte[] bytes;
        final String alt;
        final String where;
        final String anchor;
        String caption;

        Picture(byte[] bytes, String alt, String where, String anchor) {
            this.bytes = bytes;
            this.alt = alt;
            this.where = where;
            this.anchor = anchor;
        }
    }

    private DocxText(DocxFonts fonts) {
        this.fonts = fonts;
    }

    static DocumentText read(byte[] bytes, Path file) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocxText t = new DocxText(new DocxFonts(doc));
            for (IBodyElement e : doc.getBodyElements()) {
                t.element(e);
            }
            List<String> notes = new ArrayList<>(t.legacyRuns.notes());
            notes.addAll(t.pictureNotes);
            List<Pictures.Raw> raw = new ArrayList<>();
            for (Picture p : t.pictures) {
                raw.add(new Pictures.Raw(p.bytes, p.alt, p.caption, p.where, p.anchor));
            }
            return new DocumentText(Vietnamese.nfc(t.out.toString().replace("\r", "\n")), notes, raw);
        } catch (IOException | RuntimeException e) {
            throw Unreadable.file(file, "Word (.docx)", e,
                    "mở tệp bằng Word và lưu lại dạng .docx; tệp .doc cũ cần lưu thành .docx trước");
        }
    }

    private void element(IBodyElement e) {
        if (e instanceof XWPFParagraph p) {
            paragraph(p);
        } else if (e instanceof XWPFTable t) {
            awaitingCaption = null;
            table(t);
            lastText = lastLine(); // the table's pictures go after it
            pictures(t);
        } else if (e instanceof XWPFSDT sdt) {
            awaitingCaption = null;
            write(sdt.getContent().getText());
        }
    }

    /**
     * A paragraph of the body: its text, then its pictures; or, right after a picture, the picture's caption, which is
     * kept with the picture and not written as text.
     */
    private void paragraph(XWPFParagraph p) {
        String line = numbering(p) + text(p);
        List<DocxPictures.Found> found = DocxPictures.of(p);
        if (awaitingCaption != null && found.isEmpty() && !line.isBlank()) {
            List<Picture> last = awaitingCaption;
            awaitingCaption = null;
            if (DocxPictures.caption(p, line)) {
                last.get(last.size() - 1).caption = Vietnamese.nfc(line.strip());
                out.append('\n');
                return;
            }
        }
        write(line);
        if (!found.isEmpty()) {
            awaitingCaption = add(found);
        }
    }

    /** The last line of text written so far; null when none. */
    private String lastLine() {
        int end = out.length();
        while (end > 0) {
            int start = out.lastIndexOf("\n", end - 1) + 1;
            String line = out.substring(start, end);
            if (!line.isBlank()) {
                return line;
            }
            end = start - 1;
        }
        return lastText;
    }

    private void write(String line) {
        out.append(line).append('\n');
        if (!line.isBlank()) {
            lastText = line;
        }
    }

    /** The pictures of a table's cells, after the table; a caption inside the table stays in its text. */
    private void pictures(XWPFTable t) {
        List<DocxPictures.Found> found = new ArrayList<>();
        for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFParagraph p : cell.getParagraphs()) {
                    found.addAll(DocxPictures.of(p));
                }
                for (XWPFTable nested : cell.getTables()) {
                    pictures(nested);
                }
            }
        }
        add(found);
    }

    private List<Picture> add(List<DocxPictures.Found> found) {
        List<Picture> added = new ArrayList<>();
        for (DocxPictures.Found f : found) {
            String where = "ảnh thứ " + (pictures.size() + pictureNotes.size() + 1) + " của văn bản"
                    + (lastText == null ? ", ở đầu văn bản" : ", sau đoạn " + Pictures.quote(lastText));
            if (f.bytes() == null) {
                pictureNotes.add(where + ": ảnh liên kết tới một tệp ngoài văn bản Word nên không có trong tệp, không chép"
                        + " — chép ảnh vào thư mục bài và thêm ![Mô tả ảnh](ten-tep.jpg) vào chỗ của nó");
                continue;
            }
            Picture p = new Picture(f.bytes(), f.alt(), where, lastText);
            pictures.add(p);
            added.add(p);
        }
        return added.isEmpty() ? null : added;
    }

    private void table(XWPFTable t) {
        out.append('\n');
        if (isFormLayout(t)) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        out.append(numbering(p)).append(text(p)).append('\n');
                    }
                    out.append('\n');
                }
            }
            return;
        }
        for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cellText(cell));
            }
            out.append(String.join("\t", cells)).append('\n');
        }
        out.append('\n');
    }

    /** A cell's paragraphs (and nested tables) on one line. */
    private String cellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement e : cell.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                String s = (numbering(p) + text(p)).replace('\t', ' ').replace('\n', ' ').strip();
                if (!s.isEmpty()) {
                    parts.add(s);
                }
            } else if (e instanceof XWPFTable nested) {
                for (XWPFTableRow r : nested.getRows()) {
                    for (XWPFTableCell c : r.getTableCells()) {
                        String s = cellText(c);
                        if (!s.isEmpty()) {
                            parts.add(s);
                        }
                    }
                }
            }
        }
        return joinParagraphs(parts);
    }

    /**
     * The paragraphs of one table cell on one line: a paragraph that goes on with the one before (lower case,
     * parentheses, the one before ends with a comma or a dash) follows a space; otherwise a list of units or items
     * is kept apart by {@code ; }.
     */
    static String joinParagraphs(List<String> parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            String s = p.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                char last = b.charAt(b.length() - 1);
                boolean goesOn = Inline.startsLower(s) || s.startsWith("(") || Character.isDigit(s.charAt(0))
                        || ",-–;:".indexOf(last) >= 0;
                b.append(goesOn || last == ';' ? " " : "; ");
            }
            b.append(s);
        }
        return b.toString();
    }

    /**
     * A paragraph's text; runs in a legacy Vietnamese font ({@code .VnTime}, {@code VNI-Times} …) converted to
     * Unicode, those in a capitals-only {@code .VnTimeH} font put in capitals.
     */
    private String text(XWPFParagraph p) {
        List<XWPFRun> runs = p.getRuns();
        boolean legacy = false;
        for (XWPFRun r : runs) {
            legacy |= LegacyRuns.legacy(fonts.of(p, r));
        }
        if (!legacy) {
            return p.getText();
        }
        for (XWPFRun r : runs) {
            String font = fonts.of(p, r);
            legacyRuns.add(LegacyRuns.legacy(font) ? legacyRunText(r) : r.text(), font);
        }
        return legacyRuns.paragraph();
    }

    /**
     * A legacy run's text as Word shows it, read from its XML: POI's text leaves out {@code <w:softHyphen/>}, which is
     * how a {@code .docx} may keep TCVN3's ư (the soft hyphen's code), and {@code <w:sym>}, how it may keep a code.
     */
    private static String legacyRunText(XWPFRun r) {
        StringBuilder b = new StringBuilder();
        try (org.apache.xmlbeans.XmlCursor c = r.getCTR().newCursor()) {
            for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
                switch (c.getName().getLocalPart()) {
                    case "t" -> b.append(c.getTextValue());
                    case "tab", "ptab" -> b.append('\t');
                    case "br", "cr" -> b.append('\n');
                    case "softHyphen" -> b.append('\u00AD');
                    case "noBreakHyphen" -> b.append('-');
                    case "sym" -> {
                        String hex = c.getAttributeText(new javax.xml.namespace.QName(
                                "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "char"));
                        if (hex != null && hex.matches("[0-9A-Fa-f]{1,4}")) {
                            b.append((char) Integer.parseInt(hex, 16));
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return b.toString();
    }

    /** A table's text, as {@link #text} reads its paragraphs. */
    private String tableText(XWPFTable t) {
        StringBuilder b = new StringBuilder();
        for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFParagraph p : cell.getParagraphs()) {
                    b.append(text(p)).append('\n');
                }
                for (XWPFTable nested : cell.getTables()) {
                    b.append(tableText(nested));
                }
            }
        }
        return b.toString();
    }

    /** The header and the signature of the form are laid out with a borderless two-column table. */
    private boolean isFormLayout(XWPFTable t) {
        String text = Vietnamese.fold(tableText(t));
        return text.contains("cong hoa xa hoi") || text.contains("doc lap - tu do") || text.contains("noi nhan")
                || (t.getRows().size() <= 2 && text.matches("(?s).*\\b(kt|tm|tl)\\. .*"));
    }

    /** Word's automatic number or bullet of a paragraph, as copied text shows it. */
    private String numbering(XWPFParagraph p) {
        BigInteger id = p.getNumID();
        if (id == null) {
            return "";
        }
        int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
        return numbers.next(id, level, p.getNumFmt(), p.getNumLevelText(), start(p, id, level));
    }

    /** Where a list level's numbers start: the list's override, else the level's {@code w:start}, else 1. */
    private static int start(XWPFParagraph p, BigInteger id, int level) {
        try {
            BigInteger override = p.getNumStartOverride();
            if (override != null) {
                return override.intValue();
            }
            var numbering = p.getDocument().getNumbering();
            var num = numbering == null ? null : numbering.getNum(id);
            if (num == null || num.getCTNum().getAbstractNumId() == null) {
                return 1;
            }
            var abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            if (abstractNum == null) {
                return 1;
            }
            for (var lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
                if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level && lvl.isSetStart()) {
                    return lvl.getStart().getVal().intValue();
                }
            }
        } catch (RuntimeException e) {
            // a numbering POI cannot resolve: the list starts at 1
        }
        return 1;
    }
}

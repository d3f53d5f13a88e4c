package vn.loa.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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

    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final StringBuilder out = new StringBuilder();

    private DocxText() {
    }

    static String read(byte[] bytes, Path file) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocxText t = new DocxText();
            for (IBodyElement e : doc.getBodyElements()) {
                t.element(e);
            }
            return Vietnamese.nfc(t.out.toString().replace("\r", "\n"));
        } catch (IOException | RuntimeException e) {
            throw new LoaException(file, 0, "không mở được tệp Word (.docx): " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    "mở tệp bằng Word và lưu lại dạng .docx; tệp .doc cũ cần lưu thành .docx trước");
        }
    }

    private void element(IBodyElement e) {
        if (e instanceof XWPFParagraph p) {
            out.append(numbering(p)).append(p.getText()).append('\n');
        } else if (e instanceof XWPFTable t) {
            table(t);
        } else if (e instanceof XWPFSDT sdt) {
            out.append(sdt.getContent().getText()).append('\n');
        }
    }

    private void table(XWPFTable t) {
        out.append('\n');
        if (isFormLayout(t)) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        out.append(numbering(p)).append(p.getText()).append('\n');
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
                String s = (numbering(p) + p.getText()).replace('\t', ' ').replace('\n', ' ').strip();
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

    /** The header and the signature of the form are laid out with a borderless two-column table. */
    private static boolean isFormLayout(XWPFTable t) {
        String text = Vietnamese.fold(t.getText());
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
        String fmt = p.getNumFmt();
        String lvlText = p.getNumLevelText();
        if (fmt == null || fmt.equals("bullet") || fmt.equals("none")) {
            return level == 0 ? "- " : "+ ";
        }
        int[] c = counters.computeIfAbsent(id, k -> new int[9]);
        level = Math.max(0, Math.min(level, 8));
        c[level]++;
        for (int i = level + 1; i < 9; i++) {
            c[i] = 0;
        }
        if (lvlText == null) {
            lvlText = "%" + (level + 1) + ".";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lvlText.length(); i++) {
            char ch = lvlText.charAt(i);
            if (ch == '%' && i + 1 < lvlText.length() && Character.isDigit(lvlText.charAt(i + 1))) {
                int l = lvlText.charAt(i + 1) - '1';
                int n = l >= 0 && l < 9 ? Math.max(1, c[l]) : 1;
                b.append(l == level ? format(n, fmt) : Integer.toString(n));
                i++;
            } else {
                b.append(ch);
            }
        }
        return b.append(' ').toString();
    }

    private static String format(int n, String fmt) {
        return switch (fmt) {
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
            case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
            default -> Integer.toString(n);
        };
    }

    static String roman(int n) {
        String[] r = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                b.append(r[i]);
                n -= v[i];
            }
        }
        return b.toString();
    }
}

package vn.loa.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import vn.loa.LoaException;
import vn.loa.text.Vietnamese;

/**
 * A Word 97–2003 {@code .doc} (Apache POI's HWPF) as the text the {@code .docx} reader ({@link DocxText}) gives: one
 * paragraph a line, Word's list numbers written out, table rows with their cells apart by tabs, and the two-column
 * tables of the form (issuing body | motto, recipients | signature) cell by cell. Runs in a legacy Vietnamese font
 * ({@code .VnTime}, {@code .VnTimeH}, {@code VNI-Times}) are converted to Unicode, as in a {@code .docx}.
 */
final class DocText {

    private final ListNumbers numbers = new ListNumbers();
    private final StringBuilder out = new StringBuilder();
    private final LegacyRuns runs = new LegacyRuns();

    private DocText() {
    }

    static DocumentText read(byte[] bytes, Path file) {
        if (startsWith(bytes, "{\\rtf")) {
            throw new LoaException(file, 0, "tệp mang đuôi .doc nhưng là văn bản RTF",
                    "mở tệp bằng Word và lưu lại dạng .docx, rồi nhập tệp .docx");
        }
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            DocText t = new DocText();
            t.body(doc.getRange());
            List<String> notes = new ArrayList<>(t.runs.notes());
            int pictures = pictures(doc);
            if (pictures > 0) {
                notes.add("văn bản có " + pictures + " ảnh nhưng Loa chưa chép ảnh từ tệp .doc (Word 97–2003): mở tệp bằng Word,"
                        + " lưu lại dạng .docx rồi nhập tệp .docx để giữ ảnh trong bài");
            }
            return new DocumentText(Vietnamese.nfc(t.out.toString()), notes);
        } catch (OldWordFileFormatException e) {
            throw new LoaException(file, 0, "tệp Word quá cũ (Word 6.0/95), Loa chỉ đọc .doc của Word 97–2003",
                    "mở tệp bằng Word hoặc LibreOffice và lưu lại dạng .docx, rồi nhập tệp .docx");
        } catch (EncryptedDocumentException e) {
            throw new LoaException(file, 0, "tệp Word được khóa bằng mật khẩu, Loa không mở được",
                    "mở tệp bằng mật khẩu, bỏ mật khẩu và lưu lại dạng .docx, rồi nhập tệp đó");
        } catch (IOException | RuntimeException e) {
            throw Unreadable.file(file, "Word 97–2003 (.doc)", e,
                    "mở tệp bằng Word hoặc LibreOffice và lưu lại dạng .docx, rồi nhập tệp .docx");
        }
    }

    static boolean startsWith(byte[] b, String prefix) {
        if (b.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void body(Range range) {
        int n = range.numParagraphs();
        for (int i = 0; i < n; i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table t = range.getTable(p);
                table(t);
                i += Math.max(1, t.numParagraphs()) - 1;
            } else {
                out.append(numbering(p)).append(text(p)).append('\n');
            }
        }
    }

    private void table(Table t) {
        out.append('\n');
        boolean form = isFormLayout(t);
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                List<String> paragraphs = new ArrayList<>();
                for (int k = 0; k < cell.numParagraphs(); k++) {
                    Paragraph p = cell.getParagraph(k);
                    paragraphs.add(numbering(p) + text(p));
                }
                if (form) {
                    for (String s : paragraphs) {
                        out.append(s).append('\n');
                    }
                    out.append('\n');
                } else {
                    List<String> parts = new ArrayList<>();
                    for (String s : paragraphs) {
                        parts.add(s.replace('\t', ' ').replace('\n', ' ').strip());
                    }
                    cells.add(DocxText.joinParagraphs(parts));
                }
            }
            if (!form) {
                out.append(String.join("\t", cells)).append('\n');
            }
        }
        out.append('\n');
    }

    /** The header and the signature of the form are laid out with a borderless two-column table. */
    private boolean isFormLayout(Table t) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.numParagraphs(); i++) {
            b.append(text(t.getParagraph(i))).append('\n');
        }
        String text = Vietnamese.fold(b.toString());
        return text.contains("cong hoa xa hoi") || text.contains("doc lap - tu do") || text.contains("noi nhan")
                || (t.numRows() <= 2 && text.matches("(?s).*\\b(kt|tm|tl)\\. .*"));
    }

    /**
     * A paragraph's text without Word's field codes and control marks; runs in a legacy font converted, those in a
     * capitals-only {@code .VnTimeH} font put in capitals.
     */
    private String text(Paragraph p) {
        for (int i = 0; i < p.numCharacterRuns(); i++) {
            CharacterRun r = p.getCharacterRun(i);
            runs.add(r.text(), r.getFontName());
        }
        return clean(Range.stripFields(runs.paragraph()));
    }

    /** How many pictures a {@code .doc} holds; 0 when its table of pictures cannot be read (the text still can). */
    private static int pictures(HWPFDocument doc) {
        try {
            return doc.getPicturesTable().getAllPictures().size();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Word's marks inside text: line and page breaks become line ends; cell and row ends, objects and notes go. */
    private static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r', '\u0007' -> {
                }
                case '\u000B', '\u000C' -> b.append('\n');
                case '\u001E' -> b.append('-'); // non-breaking hyphen
                case '\u001F' -> {
                } // optional hyphen
                case '\u00A0' -> b.append(' ');
                default -> {
                    if (c >= ' ' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString().strip().isEmpty() ? "" : b.toString().replaceAll("\\s+$", "");
    }

    /** Word's list number of a paragraph, as {@link ListNumbers} writes it. */
    private String numbering(Paragraph p) {
        if (!p.isInList()) {
            return "";
        }
        try {
            HWPFList list = p.getList();
            char level = (char) Math.max(0, Math.min(p.getIlvl(), 8));
            String pattern = list.getNumberText(level);
            StringBuilder b = new StringBuilder();
            for (int i = 0; pattern != null && i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                b.append(c < 9 ? "%" + (c + 1) : String.valueOf(c));
            }
            return numbers.next(p.getIlfo(), level, format(list.getNumberFormat(level)), pattern == null ? null : b.toString(),
                    list.getStartAt(level));
        } catch (RuntimeException e) {
            return ""; // a list POI cannot resolve: the paragraph keeps its text
        }
    }

    /** Word's number format code (the NFC of the file format) by the names {@link ListNumbers} takes. */
    private static String format(int nfc) {
        return switch (nfc) {
            case 0 -> "decimal";
            case 1 -> "upperRoman";
            case 2 -> "lowerRoman";
            case 3 -> "upperLetter";
            case 4 -> "lowerLetter";
            case 23 -> "bullet";
            case 255 -> "none";
            default -> "decimal";
        };
    }
}

package vn.loa.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Made the sample portal's PDF attachments, once: {@code content/ke-hoach/ke-hoach-ngay-khcn-2024/ke-hoach-52-kh-skhcn.pdf}
 * and {@code content/ke-hoach/ke-hoach-ngay-sang-tao-2025/ke-hoach-33-kh-skhcn.pdf}, from the plan texts in
 * {@code src/test/resources/sample-pdfs/}. A4, the layout of Decree 30/2020/NĐ-CP in outline (issuing body and number on
 * the left, national motto and place-and-date on the right, title, body, recipients and signature), with DejaVu Serif
 * embedded so that the text keeps its tone marks when copied or extracted. Not run by the tests ({@code SamplePdfTest}
 * reads the committed files); run it again after changing a text:
 *
 * <pre>mvn -o -q test-compile
 * java -cp target/test-classes:$(ls ~/.m2/repository/org/apache/pdfbox/{pdfbox,fontbox,pdfbox-io}/3.0.8/*.jar \
 *     ~/.m2/repository/commons-logging/commons-logging/1.3.5/*.jar | tr '\n' :) vn.loa.sample.SamplePdfMaker</pre>
 */
public final class SamplePdfMaker {

    static final Map<String, String> PDFS = Map.of(
            "ke-hoach-52-kh-skhcn", "content/ke-hoach/ke-hoach-ngay-khcn-2024/ke-hoach-52-kh-skhcn.pdf",
            "ke-hoach-33-kh-skhcn", "content/ke-hoach/ke-hoach-ngay-sang-tao-2025/ke-hoach-33-kh-skhcn.pdf");

    private static final Path FONTS = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final float LEFT = 85, RIGHT = 57, TOP = 57, BOTTOM = 57, SIZE = 12, LEADING = 16.5f;

    private final PDDocument doc;
    private final PDFont regular, bold, italic;
    private PDPageContentStream out;
    private float y;

    private SamplePdfMaker(PDDocument doc) throws IOException {
        this.doc = doc;
        regular = PDType0Font.load(doc, FONTS.resolve("DejaVuSerif.ttf").toFile());
        bold = PDType0Font.load(doc, FONTS.resolve("DejaVuSerif-Bold.ttf").toFile());
        italic = PDType0Font.load(doc, FONTS.resolve("DejaVuSerif-Italic.ttf").toFile());
    }

    public static void main(String[] args) throws IOException {
        for (var e : PDFS.entrySet()) {
            String text = Files.readString(Path.of("src/test/resources/sample-pdfs", e.getKey() + ".txt"), StandardCharsets.UTF_8);
            make(Normalizer.normalize(text, Normalizer.Form.NFC), Path.of(e.getValue()));
            System.out.println("wrote " + e.getValue());
        }
    }

    static void make(String text, Path target) throws IOException {
        String[] parts = text.split("\n---\n", 2);
        Map<String, String> head = new LinkedHashMap<>();
        for (String line : parts[0].split("\n")) {
            int colon = line.indexOf(": ");
            head.put(line.substring(0, colon), line.substring(colon + 2));
        }
        try (PDDocument doc = new PDDocument()) {
            SamplePdfMaker m = new SamplePdfMaker(doc);
            m.newPage();
            m.header(head);
            for (String line : parts[1].strip().split("\n")) {
                m.bodyLine(line);
            }
            m.closing(head);
            m.out.close();
            PDDocumentInformation info = doc.getDocumentInformation();
            String[] title = head.get("title").split("\\|");
            info.setTitle(title[0].charAt(0) + title[0].substring(1).toLowerCase() + " " + head.get("number").substring(5) + ": " + title[1]);
            info.setAuthor(head.get("issuer").split("\\|")[1]);
            info.setProducer("Loa sample content (SamplePdfMaker, Apache PDFBox)");
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
            when.clear();
            when.set(2025, Calendar.JANUARY, 15, 9, 0);
            info.setCreationDate(when);
            doc.save(target.toFile());
        }
    }

    private float width() {
        return PDRectangle.A4.getWidth() - LEFT - RIGHT;
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - TOP;
    }

    private void need(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void text(PDFont font, float size, float x, String s) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(s);
        out.endText();
    }

    private float w(PDFont font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** Centred in the column from {@code x} of width {@code width}. */
    private void centred(PDFont font, float size, float x, float width, String s) throws IOException {
        text(font, size, x + (width - w(font, size, s)) / 2, s);
    }

    private void header(Map<String, String> head) throws IOException {
        float leftX = LEFT - 35, leftW = 195, rightX = LEFT + 165, rightW = width() - 165;
        String[] issuer = head.get("issuer").split("\\|");
        float top = y;
        centred(regular, 10.5f, leftX, leftW, issuer[0]);
        y -= 14;
        centred(bold, 10.5f, leftX, leftW, issuer[1]);
        y -= 22;
        centred(regular, 11.5f, leftX, leftW, head.get("number"));
        y = top;
        centred(bold, 10.5f, rightX, rightW, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        y -= 14;
        centred(bold, 11.5f, rightX, rightW, "Độc lập – Tự do – Hạnh phúc");
        float mottoW = w(bold, 11.5f, "Độc lập – Tự do – Hạnh phúc");
        out.moveTo(rightX + (rightW - mottoW) / 2, y - 3);
        out.lineTo(rightX + (rightW + mottoW) / 2, y - 3);
        out.stroke();
        y -= 22;
        centred(italic, 11.5f, rightX, rightW, head.get("dateline"));
        y -= 36;
        String[] title = head.get("title").split("\\|");
        centred(bold, 13, LEFT, width(), title[0]);
        y -= LEADING + 1;
        for (String line : wrap(bold, 12.5f, title[1], width() - 40)) {
            centred(bold, 12.5f, LEFT, width(), line);
            y -= LEADING;
        }
        y -= 12;
    }

    private void bodyLine(String line) throws IOException {
        if (line.startsWith("# ")) {
            need(LEADING * 3);
            y -= 4;
            text(bold, SIZE, LEFT, line.substring(2));
            y -= LEADING;
        } else if (line.startsWith("- ")) {
            paragraph(line.substring(2), 14, "–");
        } else {
            paragraph(line, 0, null);
        }
    }

    /** A justified-left paragraph, its first line indented (or a bullet hanging at {@code hang}). */
    private void paragraph(String s, float hang, String bullet) throws IOException {
        float indent = bullet == null ? 28 : hang;
        List<String> lines = wrap(regular, SIZE, s, width() - indent);
        for (int i = 0; i < lines.size(); i++) {
            need(LEADING);
            if (i == 0 && bullet != null) {
                text(regular, SIZE, LEFT + 2, bullet);
            }
            text(regular, SIZE, LEFT + (bullet != null || i == 0 ? indent : 0), lines.get(i));
            y -= LEADING;
        }
        y -= 3;
    }

    private List<String> wrap(PDFont font, float size, String s, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (w(font, size, tried) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private void closing(Map<String, String> head) throws IOException {
        String[] recipients = head.get("recipients").split("\\|");
        String[] signer = head.get("signer").split("\\|");
        need(LEADING * (recipients.length + 2));
        y -= 14;
        float top = y;
        text(bold, 11, LEFT, "Nơi nhận:");
        y -= 13;
        for (String r : recipients) {
            text(regular, 10.5f, LEFT, "- " + r);
            y -= 13;
        }
        float bottom = y;
        y = top;
        float signX = LEFT + width() / 2, signW = width() / 2;
        centred(bold, 12, signX, signW, signer[0]);
        y -= 15;
        centred(bold, 12, signX, signW, signer[1]);
        y -= 40;
        centred(italic, 12, signX, signW, signer[2]);
        y -= 40;
        centred(bold, 12, signX, signW, signer[3]);
        y = Math.min(y, bottom) - 20;
        need(26);
        for (String line : wrap(italic, 9.5f, head.get("note"), width())) {
            text(italic, 9.5f, LEFT, line);
            y -= 12;
        }
    }
}

package vn.loa.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sample portal's PDF attachments are real documents ({@link SamplePdfMaker}): one or two A4 pages whose text,
 * extracted by PDFBox, keeps its tone marks in NFC, with the fonts embedded.
 */
class SamplePdfTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "content/ke-hoach/ke-hoach-ngay-khcn-2024/ke-hoach-52-kh-skhcn.pdf | Lễ kỷ niệm Ngày Khoa học và Công nghệ Việt Nam và 65 năm thành lập Bộ | Số: 52/KH-SKHCN",
        "content/ke-hoach/ke-hoach-ngay-sang-tao-2025/ke-hoach-33-kh-skhcn.pdf | Đổi mới sáng tạo – khơi nguồn sức mạnh cho kỷ nguyên số | Số: 33/KH-SKHCN",
    })
    void theTextKeepsItsToneMarks(String file, String sentence, String number) throws IOException {
        Path pdf = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve(file);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 1 && doc.getNumberOfPages() <= 2, "one or two pages: " + doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "NFC as extracted");
            String flat = text.replaceAll("\\s+", " ");
            assertTrue(flat.contains(sentence), flat);
            assertTrue(flat.contains(number), flat);
            assertTrue(flat.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && flat.contains("Độc lập – Tự do – Hạnh phúc"), flat);
            assertTrue(flat.contains("Trần Minh Khang"), "signed: " + flat);
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font instanceof PDType0Font && font.isEmbedded(), "embedded: " + font.getName());
                }
            }
            assertEquals(doc.getDocumentInformation().getAuthor(), "SỞ KHOA HỌC VÀ CÔNG NGHỆ");
        }
    }
}

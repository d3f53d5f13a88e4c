package vn.loa.importer;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.loa.LoaException;
import vn.loa.text.Vietnamese;

/**
 * The text layer of a PDF, read with Apache PDFBox as text copied out of a PDF reader is: lines in reading order
 * (sorted by position), a blank line between paragraphs; tables are rebuilt from where the words stand
 * ({@link PdfLayout}), one row a line with its cells apart by tabs, as the {@code .docx} reader writes them.
 *
 * <p>Bounded as the other readers are ({@link ImportLimits}): the file's size before, then {@value #MAX_PAGES} pages,
 * {@value #MAX_SECONDS} seconds and a memory cache of {@value #MAX_CACHE_MB} MB while reading. A PDF with pages but
 * (almost) no text is a scan: the error says so and what to do. A PDF that PDFBox cannot open (damaged, protected by a
 * password) is an error naming the file. Nothing outside the file is read but the system's fonts, for a PDF whose
 * fonts are not embedded (PDFBox's list of them is kept in the temporary folder).
 */
final class PdfText {

    static final int MAX_PAGES = 300;
    static final int MAX_SECONDS = 60;
    static final int MAX_CACHE_MB = 256;
    /** Fewer letters than this a page, on average, and the PDF is taken for a scan. */
    static final int MIN_LETTERS_PER_PAGE = 20;

    static {
        // A PDF whose fonts are not embedded makes PDFBox list the system's fonts once and keep the list in a file;
        // that file goes to the temporary folder rather than the user's home.
        if (System.getProperty("pdfbox.fontcache") == null) {
            System.setProperty("pdfbox.fontcache", System.getProperty("java.io.tmpdir"));
        }
    }

    private PdfText() {
    }

    static DocumentText read(byte[] bytes, Path file) {
        try (PDDocument pdf = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_CACHE_MB * 1024L * 1024L).streamCache)) {
            int pages = pdf.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new LoaException(file, 0, "tệp PDF có " + pages + " trang; Loa nhập PDF đến " + MAX_PAGES + " trang",
                        "tách phần văn bản cần đăng ra một tệp PDF nhỏ hơn rồi nhập tệp đó");
            }
            Stripper s = new Stripper(System.nanoTime() + MAX_SECONDS * 1_000_000_000L);
            s.writeText(pdf, new StringWriter());
            String text = Vietnamese.nfc(s.text());
            if (letters(text) < MIN_LETTERS_PER_PAGE * Math.max(1, pages)) {
                throw scanned(file, pages, hasImages(pdf));
            }
            return new DocumentText(text, List.of());
        } catch (LoaException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw new LoaException(file, 0, "tệp PDF được khóa bằng mật khẩu, Loa không mở được",
                    "mở tệp bằng mật khẩu và lưu (in) ra một PDF không khóa, hoặc gửi bản Word của văn bản");
        } catch (Stripper.TooSlow e) {
            throw new LoaException(file, 0, "đọc tệp PDF quá " + MAX_SECONDS + " giây mà chưa xong (trang " + e.page + ")",
                    "lưu lại tệp PDF từ Word (Lưu thành PDF), hoặc gửi bản Word (.docx) của văn bản");
        } catch (IOException | RuntimeException e) {
            throw Unreadable.file(file, "PDF", e,
                    "mở tệp bằng trình đọc PDF để kiểm tra; nếu được, lưu lại PDF từ Word hoặc gửi bản Word (.docx)");
        }
    }

    private static LoaException scanned(Path file, int pages, boolean images) {
        return new LoaException(file, 0, "tệp PDF này là bản quét (ảnh chụp " + pages + " trang"
                + (images ? "" : ", hoặc trang trắng") + "), không có lớp chữ: Loa không đọc được chữ trong ảnh",
                "gửi kèm bản Word (.docx hoặc .doc) của văn bản; hoặc nhận dạng chữ (OCR) cho PDF, ví dụ bằng ocrmypdf"
                        + " -l vie, rồi nhập tệp PDF có lớp chữ (soát lại chữ sau khi nhận dạng)");
    }

    private static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasImages(PDDocument pdf) {
        try {
            for (PDPage page : pdf.getPages()) {
                PDResources r = page.getResources();
                if (r == null) {
                    continue;
                }
                for (var name : r.getXObjectNames()) {
                    if (r.isImageXObject(name) || r.getXObject(name) instanceof PDImageXObject) {
                        return true;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    /** PDFBox's text stripper, keeping each word's place for {@link PdfLayout}, and stopping past its time. */
    private static final class Stripper extends PDFTextStripper {

        /** Past the time allowed: an {@link IOException} so that it passes through PDFBox. */
        static final class TooSlow extends IOException {
            final int page;

            TooSlow(int page) {
                super("time");
                this.page = page;
            }
        }

        private final long deadline;
        /** The lines read, a null for a paragraph break. */
        final List<List<PdfLayout.Word>> lines = new ArrayList<>();
        private List<PdfLayout.Word> line = new ArrayList<>();

        Stripper(long deadline) {
            this.deadline = deadline;
            setSortByPosition(true);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            if (System.nanoTime() > deadline) {
                throw new TooSlow(getCurrentPageNo());
            }
            super.startPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty()) {
                float end = line.isEmpty() ? 0 : line.get(line.size() - 1).x1();
                line.add(new PdfLayout.Word(text, end, end, 1));
                return;
            }
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            float size = first.getFontSizeInPt() > 0 ? first.getFontSizeInPt() : first.getHeight();
            line.add(new PdfLayout.Word(text, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), size));
        }

        @Override
        protected void writeWordSeparator() {
            // words are placed by PdfLayout, by the gaps between them
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void writeParagraphStart() {
            endLine();
        }

        @Override
        protected void writeParagraphEnd() {
            endLine();
            lines.add(null);
        }

        @Override
        protected void writePageStart() {
            endLine();
        }

        @Override
        protected void writePageEnd() {
            endLine();
            lines.add(null);
        }

        private void endLine() {
            if (!line.isEmpty()) {
                lines.add(line);
                line = new ArrayList<>();
            }
        }

        /** The text laid out, once PDFBox has gone through the pages. */
        String text() {
            endLine();
            return PdfLayout.text(lines);
        }
    }
}

package vn.loa.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
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
 * {@value #MAX_SECONDS} seconds and a memory cache of {@value #MAX_CACHE_MB} MB while reading, and the code maps of its
 * fonts ({@link FontMaps}). A PDF with pages but
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
            FontMaps.check(pdf, file);
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

    /**
     * The code maps of a PDF's fonts (their {@code ToUnicode} and embedded {@code CMap} streams), checked before
     * PDFBox reads them: PDFBox writes a {@code bfrange} out code by code, so one damaged range spanning millions of
     * codes ({@code <09E9> <01109A00> …}) takes minutes or the whole memory. A range of more than
     * {@value #MAX_RANGE} codes (a whole two-byte code space) is refused; the fonts are found in the resources of the
     * pages, their forms and Type 3 fonts.
     */
    static final class FontMaps {

        static final int MAX_RANGE = 65_536;
        /** The bytes of a code map looked at. */
        static final int MAX_BYTES = 1 << 20;
        private static final int MAX_DEPTH = 20;

        private FontMaps() {
        }

        static void check(PDDocument pdf, Path file) {
            Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PDPage page : pdf.getPages()) {
                PDResources r = page.getResources();
                if (r != null) {
                    resources(r.getCOSObject(), seen, 0, file);
                }
            }
        }

        private static void resources(COSDictionary res, Set<COSBase> seen, int depth, Path file) {
            if (res == null || depth > MAX_DEPTH || !seen.add(res)) {
                return;
            }
            COSDictionary fonts = res.getCOSDictionary(COSName.FONT);
            for (COSName n : fonts == null ? Set.<COSName>of() : fonts.keySet()) {
                if (fonts.getDictionaryObject(n) instanceof COSDictionary font && seen.add(font)) {
                    codeMap(font.getDictionaryObject(COSName.TO_UNICODE), file);
                    codeMap(font.getDictionaryObject(COSName.ENCODING), file);
                    resources(font.getCOSDictionary(COSName.RESOURCES), seen, depth + 1, file);
                }
            }
            COSDictionary xobjects = res.getCOSDictionary(COSName.XOBJECT);
            for (COSName n : xobjects == null ? Set.<COSName>of() : xobjects.keySet()) {
                if (xobjects.getDictionaryObject(n) instanceof COSStream form && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
                    resources(form.getCOSDictionary(COSName.RESOURCES), seen, depth + 1, file);
                }
            }
        }

        /** A stream that cannot be decoded is left to PDFBox, which reads the font without it. */
        private static void codeMap(COSBase map, Path file) {
            if (!(map instanceof COSStream stream)) {
                return;
            }
            byte[] bytes;
            try (InputStream in = stream.createInputStream()) {
                bytes = in.readNBytes(MAX_BYTES);
            } catch (IOException | RuntimeException e) {
                return;
            }
            long widest = widestRange(new String(bytes, StandardCharsets.ISO_8859_1));
            if (widest > MAX_RANGE) {
                throw new LoaException(file, 0, "tệp PDF hỏng: bảng mã của một phông chữ có một dải " + widest + " mã (nhiều nhất "
                        + MAX_RANGE + ")", "mở tệp bằng trình đọc PDF để kiểm tra; nếu được, lưu lại PDF từ Word hoặc gửi bản Word (.docx)");
            }
        }

        /**
         * The most codes a {@code bfrange} of the map gives one by one, as PDFBox reads it: start, end (hex strings) and a
         * destination hex string (an array of destinations is as long as it is written).
         */
        static long widestRange(String cmap) {
            long widest = 0;
            for (int at = cmap.indexOf("beginbfrange"); at >= 0; at = cmap.indexOf("beginbfrange", at + 1)) {
                int[] pos = {at + "beginbfrange".length()};
                while (true) {
                    Object start = token(cmap, pos);
                    Object end = start instanceof byte[] ? token(cmap, pos) : null;
                    Object to = end instanceof byte[] ? token(cmap, pos) : null;
                    if (to == null) {
                        break;
                    }
                    if (to instanceof byte[] b && b.length > 0) {
                        widest = Math.max(widest, (long) code((byte[]) end) - code((byte[]) start) + 1);
                    }
                }
            }
            return widest;
        }

        /** A code as PDFBox reads it (big-endian, in an int). */
        private static int code(byte[] b) {
            int c = 0;
            for (byte x : b) {
                c = c << 8 | (x & 0xFF);
            }
            return c;
        }

        /** The next token: a hex string's bytes, {@code Boolean.TRUE} for an array (skipped), or null for anything else. */
        private static Object token(String s, int[] pos) {
            int i = pos[0];
            while (i < s.length() && s.charAt(i) <= ' ') {
                i++;
            }
            if (i >= s.length()) {
                return null;
            }
            char c = s.charAt(i);
            if (c == '[') {
                int close = s.indexOf(']', i);
                pos[0] = close < 0 ? s.length() : close + 1;
                return Boolean.TRUE;
            }
            if (c != '<' || i + 1 < s.length() && s.charAt(i + 1) == '<') {
                return null;
            }
            StringBuilder hex = new StringBuilder();
            for (i++; i < s.length() && s.charAt(i) != '>'; i++) {
                if (Character.digit(s.charAt(i), 16) >= 0) {
                    hex.append(s.charAt(i));
                }
            }
            pos[0] = i + 1;
            if (hex.length() % 2 == 1) {
                hex.append('0');
            }
            byte[] b = new byte[hex.length() / 2];
            for (int k = 0; k < b.length; k++) {
                b[k] = (byte) Integer.parseInt(hex.substring(2 * k, 2 * k + 2), 16);
            }
            return b;
        }
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

package vn.loa.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.loa.LoaException;
import vn.loa.safety.XmlInput;

/**
 * How much of a document {@code loa import} reads, checked where the input comes in so that no document ends in a
 * stack overflow or an exhausted heap: the file's size, the text's length and its longest line, the nesting of an
 * HTML page, and a {@code .docx} archive's entries, unpacked size and XML nesting (read with the JDK's StAX parser, no
 * DTD, before Apache POI builds its model). A PDF's pages, reading time and stream memory are bounded where PDFBox
 * reads it ({@link PdfText}); a Word 97–2003 {@code .doc} (one OLE2 file, no archive to unpack) by its size and its
 * text's length. Each limit passed is a {@link LoaException} naming the file, saying what and how to fix it.
 */
final class ImportLimits {

    /** The largest file read. */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** The longest text, in characters, of one document: some 60 pages. */
    static final int MAX_TEXT_CHARS = 200_000;
    /** The longest line (a paragraph, a table row) of a document's text. */
    static final int MAX_LINE_CHARS = 20_000;
    /** The deepest nesting of elements in an HTML page; pages saved from portals stay under 60. */
    static final int MAX_HTML_DEPTH = 128;
    /** The deepest nesting of elements in a {@code .docx} part (a table inside a cell adds three). */
    static final int MAX_XML_DEPTH = 300;
    /** Entries of a {@code .docx} archive. */
    static final int MAX_ZIP_ENTRIES = 5_000;
    /** The unpacked size of a {@code .docx}, pictures included. */
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    /** The unpacked size of one XML part of a {@code .docx}. */
    static final long MAX_XML_PART_BYTES = 20L * 1024 * 1024;

    /** The largest picture taken into a bundle (a phone photo is 3–8 MB; the build resizes it). */
    static final long MAX_IMAGE_BYTES = 20L * 1024 * 1024;
    /** The most pictures taken from one document. */
    static final int MAX_IMAGES = 100;
    /** The pictures taken from one document, together. */
    static final long MAX_IMAGES_BYTES = 100L * 1024 * 1024;

    private static final String SPLIT = "tách văn bản thành nhiều tệp nhỏ hơn rồi nhập từng tệp";

    private ImportLimits() {
    }

    static LoaException fileTooLarge(Path file, long size) {
        return new LoaException(file, 0, "tệp quá lớn (" + megabytes(size) + "; Loa nhập tệp đến " + megabytes(MAX_FILE_BYTES) + ")",
                "bỏ bớt ảnh nhúng trong tệp, hoặc " + SPLIT);
    }

    static LoaException textTooLong(Path file, String size) {
        return new LoaException(file, 0, "văn bản quá dài (" + size + "; Loa nhập văn bản đến " + MAX_TEXT_CHARS
                + " ký tự, khoảng 60 trang)", SPLIT);
    }

    /** Refuses text longer than a document, or with a line longer than a paragraph ever is. */
    static void checkText(String text, Path file, boolean linesAreFileLines) {
        if (text.length() > MAX_TEXT_CHARS) {
            throw textTooLong(file, text.length() + " ký tự");
        }
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_LINE_CHARS) {
                    throw new LoaException(file, linesAreFileLines ? line : 0, "một đoạn dài quá " + MAX_LINE_CHARS
                            + " ký tự" + (linesAreFileLines ? "" : " (đoạn thứ " + line + ")") + " — không giống văn bản thường",
                            "xuống dòng giữa các đoạn, hoặc kiểm tra đây có đúng là văn bản cần nhập");
                }
                line++;
                start = i + 1;
            }
        }
    }

    static LoaException tooDeep(Path file, String what, int limit) {
        return new LoaException(file, 0, what + " lồng nhau quá sâu (hơn " + limit + " tầng)",
                "mở tệp, chép phần nội dung sang một văn bản mới (Word) rồi lưu và nhập tệp mới; bảng lồng trong bảng nên tách ra");
    }

    /**
     * Reads a {@code .docx} archive entry by entry without keeping it: refuses too many entries, too many bytes once
     * unpacked (a zip bomb), an XML part too large or nested too deep, and a DOCTYPE (no Word document has one).
     */
    static void checkDocx(byte[] bytes, Path file) {
        int entries = 0;
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = nextEntry(zip, file); e != null; e = nextEntry(zip, file)) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw notAWordDocument(file, "có hơn " + MAX_ZIP_ENTRIES + " phần");
                }
                String name = e.getName().toLowerCase(java.util.Locale.ROOT);
                boolean isXml = name.endsWith(".xml") || name.endsWith(".rels");
                Counted in = isXml && MAX_UNPACKED_BYTES - unpacked > MAX_XML_PART_BYTES
                        ? new Counted(zip, MAX_XML_PART_BYTES, "phần " + e.getName() + " giải nén ra hơn " + megabytes(MAX_XML_PART_BYTES))
                        : new Counted(zip, MAX_UNPACKED_BYTES - unpacked, "giải nén ra hơn " + megabytes(MAX_UNPACKED_BYTES));
                if (isXml) {
                    depth(in, file, e.getName());
                }
                in.transferTo(java.io.OutputStream.nullOutputStream());
                unpacked += in.count;
            }
        } catch (Counted.Exceeded x) {
            throw notAWordDocument(file, x.getMessage() + " — có thể là một “bom nén”");
        } catch (IOException e) {
            throw notAWordDocument(file, "không phải tệp nén .docx hợp lệ (" + e.getMessage() + ")");
        }
        if (entries == 0) {
            throw notAWordDocument(file, "không phải tệp nén .docx");
        }
    }

    /**
     * The archive's next entry. An entry whose name is marked UTF-8 but is not makes the JDK's reader throw an
     * {@code IllegalArgumentException} ("malformed input"), not a {@code ZipException}: no Word document has one.
     */
    private static ZipEntry nextEntry(ZipInputStream zip, Path file) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (IllegalArgumentException e) {
            throw notAWordDocument(file, "tên một phần trong tệp nén bị hỏng (không phải chữ UTF-8)");
        }
    }

    private static void depth(InputStream in, Path file, String part) throws IOException {
        XMLStreamReader r = null;
        try {
            r = XmlInput.reader(in, false);
            int depth = 0;
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > MAX_XML_DEPTH) {
                            throw tooDeep(file, "các phần của văn bản Word (bảng, khung, danh sách)", MAX_XML_DEPTH);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    case XMLStreamConstants.DTD -> throw notAWordDocument(file, "phần " + part + " có DOCTYPE");
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            Counted.Exceeded x = exceeded(e);
            if (x != null) {
                throw x;
            }
            throw notAWordDocument(file, "phần " + part + " không phải XML hợp lệ");
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // the archive stream is closed by its owner
                }
            }
        }
    }

    /** The limit passed, when that is why the parser stopped (it wraps what its input throws). */
    private static Counted.Exceeded exceeded(Throwable t) {
        for (int i = 0; t != null && i < 10; i++) {
            if (t instanceof Counted.Exceeded x) {
                return x;
            }
            t = t instanceof XMLStreamException s && s.getNestedException() != null ? s.getNestedException() : t.getCause();
        }
        return null;
    }

    private static LoaException notAWordDocument(Path file, String why) {
        return new LoaException(file, 0, "không mở được tệp Word (.docx): " + why,
                "mở tệp bằng Word và lưu lại dạng .docx (bỏ bớt ảnh nếu tệp quá lớn); tệp .doc cũ cần lưu thành .docx trước");
    }

    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : Math.max(1, bytes / 1024) + " KB";
    }

    /** Bytes read from an archive entry, refused past a limit. */
    private static final class Counted extends InputStream {

        /** The limit was passed: an {@link IOException} so that it can pass through parsers. */
        static final class Exceeded extends IOException {
            Exceeded(String what) {
                super(what);
            }
        }

        private final InputStream in;
        private final long limit;
        private final String what;
        long count;

        Counted(InputStream in, long limit, String what) {
            this.in = in;
            this.limit = limit;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(int n) throws Exceeded {
            count += n;
            if (count > limit) {
                throw new Exceeded(what);
            }
        }
    }
}

package vn.loa.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Turns a fuzz input into the bytes of a {@code .docx}. Mutated zip bytes rarely get past the zip's checksums, so an
 * input is read as the Word XML instead and packed here:
 * <ul>
 * <li>an input that starts with {@code PK} is taken as it is (a whole {@code .docx}, for the zip and package
 *     layers);</li>
 * <li>otherwise the bytes before the first zero byte are {@code word/document.xml} and those after it, if any,
 *     {@code word/numbering.xml}. A part that does not start with {@code <?xml} is the inside of
 *     {@code <w:body>} (or {@code <w:numbering>}) and is wrapped in it, so that mutations land in the paragraphs,
 *     tables and numbering that Loa reads.</li>
 * </ul>
 */
final class DocxPackage {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private DocxPackage() {
    }

    static byte[] of(byte[] input) {
        if (input.length >= 2 && input[0] == 'P' && input[1] == 'K') {
            return input;
        }
        int nul = indexOf(input, (byte) 0);
        byte[] document = nul < 0 ? input : Arrays.copyOfRange(input, 0, nul);
        byte[] numbering = nul < 0 ? null : Arrays.copyOfRange(input, nul + 1, input.length);
        return zip(part(document, "<w:document xmlns:w=\"" + W + "\"><w:body>", "</w:body></w:document>"),
                numbering == null ? null : part(numbering, "<w:numbering xmlns:w=\"" + W + "\">", "</w:numbering>"));
    }

    /** A {@code .docx} of the given document part and, when not null, numbering part. */
    static byte[] zip(byte[] document, byte[] numbering) {
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + (numbering == null ? "" : "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>")
                + "</Types>";
        String rootRels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"" + RELS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + OFFICE + "/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
        String documentRels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"" + RELS + "\">"
                + (numbering == null ? "" : "<Relationship Id=\"rId1\" Type=\"" + OFFICE + "/numbering\" Target=\"numbering.xml\"/>")
                + "</Relationships>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
            entry(zip, "_rels/.rels", rootRels.getBytes(StandardCharsets.UTF_8));
            entry(zip, "word/_rels/document.xml.rels", documentRels.getBytes(StandardCharsets.UTF_8));
            entry(zip, "word/document.xml", document);
            if (numbering != null) {
                entry(zip, "word/numbering.xml", numbering);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] part(byte[] content, String open, String close) {
        if (startsWith(content, "<?xml")) {
            return content;
        }
        byte[] o = open.getBytes(StandardCharsets.UTF_8);
        byte[] c = close.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[o.length + content.length + c.length];
        System.arraycopy(o, 0, out, 0, o.length);
        System.arraycopy(content, 0, out, o.length, content.length);
        System.arraycopy(c, 0, out, o.length + content.length, c.length);
        return out;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static boolean startsWith(byte[] b, String prefix) {
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

    private static int indexOf(byte[] b, byte value) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }
}

package vn.loa.safety;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML from untrusted files (a {@code .docx}'s parts, an SVG image) for the JDK's StAX parser: no DTD, no external
 * entities, and the bytes decoded by Loa rather than by the parser. Given bytes that are not in their encoding, the
 * JDK's parser prints {@code [Fatal Error] :-1:-1: Invalid byte …} to standard error before it throws, a line that
 * would reach the user's terminal; decoded here strictly, the same input is only an {@link XMLStreamException}.
 */
public final class XmlInput {

    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]{0,39})[\"']");

    private XmlInput() {
    }

    /** A stream reader over {@code in}, which it closes with itself; unreadable input is an {@link XMLStreamException}. */
    public static XMLStreamReader reader(InputStream in, boolean coalescing) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLInputFactory.IS_COALESCING, coalescing);
        try {
            return f.createXMLStreamReader(decoded(in));
        } catch (IOException e) {
            throw new XMLStreamException(e);
        }
    }

    /**
     * The characters of an XML entity: UTF-16 or UTF-8 by its byte-order mark, else the encoding its declaration names,
     * else UTF-8 (XML 1.0, appendix F); bytes that are not in that encoding make reading fail.
     */
    static Reader decoded(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 8192);
        b.mark(256);
        byte[] head = b.readNBytes(200);
        b.reset();
        Charset charset;
        int skip = 0;
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else {
            charset = declared(new String(head, StandardCharsets.ISO_8859_1));
        }
        b.skipNBytes(skip);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(b, decoder);
    }

    private static Charset declared(String head) throws IOException {
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            Charset c = Charset.forName(m.group(1));
            // a declaration read as ASCII cannot name a two-byte encoding without a byte-order mark
            return c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32") ? StandardCharsets.UTF_8 : c;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IOException("bảng mã '" + m.group(1) + "' không được hỗ trợ", e);
        }
    }
}

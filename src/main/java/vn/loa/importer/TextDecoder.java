package vn.loa.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import vn.loa.LoaException;
import vn.loa.text.Vietnamese;

/**
 * Decodes a document's bytes: UTF-8 with or without a byte order mark, UTF-16 with a byte order mark (or, without
 * one, when every other byte is zero, as Windows "Unicode" text often is). Line ends become LF, the text NFC.
 * {@link #read} also takes text typed in the legacy Vietnamese encodings TCVN3 and VNI ({@link LegacyText}), saved
 * as Windows-1252 bytes or as UTF-8, and converts it. Anything else (Windows-1258, a binary file) is refused with a
 * message naming the file.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    /** A document's text, and what the review should say about its encoding (null when nothing). */
    record Decoded(String text, String note) {
    }

    /**
     * Decodes a plain-text document or an HTML page; text typed in TCVN3 or VNI (in UTF-8, or as the Windows-1252 bytes of an old
     * editor) is converted to Unicode with a note for the review.
     */
    static Decoded read(byte[] bytes, Path file) {
        String text;
        boolean unicode = true;
        try {
            text = decode(bytes, file);
        } catch (LoaException refused) {
            text = windows1252(bytes);
            if (text == null) {
                throw refused;
            }
            unicode = false;
        }
        LegacyText.Converted c = LegacyText.detect(text);
        if (c == null) {
            if (!unicode) {
                throw refused(file);
            }
            return new Decoded(text, null);
        }
        return new Decoded(c.text(), c.note(null));
    }

    /** The bytes as Windows-1252 text (LF line ends, NFC), or null for a binary file (control bytes). */
    private static String windows1252(byte[] bytes) {
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                return null;
            }
        }
        String text = LegacyEncoding.Cp1252.decode(bytes, 0);
        return Vietnamese.nfc(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    public static String decode(byte[] bytes, Path file) {
        Charset charset = StandardCharsets.UTF_8;
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        } else {
            Charset guessed = utf16WithoutMark(bytes);
            if (guessed != null) {
                charset = guessed;
            }
        }
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw refused(file);
        }
        if (text.indexOf('\0') >= 0) {
            throw refused(file);
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return Vietnamese.nfc(text);
    }

    private static LoaException refused(Path file) {
        return new LoaException(file, 0,
                "không đọc được tệp: mã hóa không phải UTF-8 hay UTF-16, cũng không phải chữ TCVN3 hay VNI (có thể là Windows-1258, hay một tệp nhị phân)",
                "mở tệp trong trình soạn thảo (Word, Notepad) và lưu lại với mã hóa UTF-8, rồi nhập lại");
    }

    /** Text of Latin letters saved as UTF-16 without a mark has a zero in every other byte. */
    private static Charset utf16WithoutMark(byte[] b) {
        int n = Math.min(b.length, 4000) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZero++;
            }
            if (b[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = n / 2;
        if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }
}

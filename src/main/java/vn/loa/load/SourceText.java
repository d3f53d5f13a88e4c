package vn.loa.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import vn.loa.LoaException;
import vn.loa.text.ControlChars;
import vn.loa.text.Vietnamese;

/**
 * Decodes a content file: strict UTF-8 (a BOM is dropped), line ends made LF, text in NFC, and no character that XML
 * and HTML text refuse ({@link ControlChars}): the first one is an error at its line.
 */
final class SourceText {

    private SourceText() {
    }

    static String decode(byte[] bytes, Path file) {
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw new LoaException(file, 0, "tệp được lưu bằng mã UTF-16, Loa chỉ đọc UTF-8",
                    "mở tệp trong trình soạn thảo và lưu lại với mã hóa UTF-8");
        }
        int nul = indexOfNul(bytes, offset);
        if (nul >= 0) {
            // UTF-8 text never holds a zero byte; UTF-16 without a byte order mark holds one in
            // every Latin letter, a binary file (a .docx renamed .md) holds many.
            boolean utf16 = looksLikeUtf16(bytes, offset);
            throw new LoaException(file, utf16 ? 0 : lineAt(bytes, offset, nul),
                    utf16 ? "tệp được lưu bằng mã UTF-16 (Unicode), Loa chỉ đọc UTF-8"
                          : "tệp có ký tự rỗng (byte 0): đây không phải là tệp văn bản UTF-8",
                    utf16 ? "mở tệp trong trình soạn thảo và lưu lại với mã hóa UTF-8"
                          : "mở tệp trong trình soạn thảo, xóa ký tự lạ ở dòng này và lưu lại với mã hóa UTF-8; nếu là tệp Word thì chép nội dung sang tệp .md mới");
        }
        // The JDK's String decoder is the fast path; it marks bad bytes with U+FFFD, and only then
        // (or when the file itself holds U+FFFD) is the strict decoder asked where the fault is.
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            } catch (CharacterCodingException e) {
                int line = lineAt(bytes, offset, firstInvalidByte(bytes, offset));
                throw new LoaException(file, line, "tệp không phải UTF-8 (có thể là Windows-1258 hoặc TCVN3)",
                        "mở tệp trong trình soạn thảo và lưu lại với mã hóa UTF-8");
            }
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        text = Vietnamese.nfc(text);
        int bad = ControlChars.firstForbidden(text);
        if (bad >= 0) {
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            throw new LoaException(file, line, "dòng này có ký tự ẩn " + ControlChars.describe(text, bad)
                    + ": ký tự này không hiện được trên trang và làm hỏng tệp tin RSS/Atom",
                    "xóa ký tự đó (thường lẫn vào khi chép từ Word hay PDF; trình soạn thảo như VS Code hay Notepad++ cho thấy nó)"
                            + ", hoặc thay bằng một dấu cách hay một dòng mới");
        }
        return text;
    }

    private static int lineAt(byte[] bytes, int from, int index) {
        int line = 1;
        for (int i = from; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int indexOfNul(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Zero bytes at every other position of the first bytes: Latin text in UTF-16. */
    private static boolean looksLikeUtf16(byte[] bytes, int from) {
        int n = Math.min(bytes.length - from, 64) / 2;
        if (n < 2) {
            return false;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[from + 2 * i] == 0) {
                even++;
            }
            if (bytes[from + 2 * i + 1] == 0) {
                odd++;
            }
        }
        return even * 4 >= n * 3 || odd * 4 >= n * 3;
    }

    private static int firstInvalidByte(byte[] bytes, int from) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }
}

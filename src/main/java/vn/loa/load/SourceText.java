package vn.loa.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import vn.loa.LoaException;
import vn.loa.text.Vietnamese;

/** Decodes a content file: strict UTF-8 (a BOM is dropped), line ends made LF, text in NFC. */
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
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            int bad = firstInvalidByte(bytes, offset);
            for (int i = offset; i < bad && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new LoaException(file, line, "tệp không phải UTF-8 (có thể là Windows-1258 hoặc TCVN3)",
                    "mở tệp trong trình soạn thảo và lưu lại với mã hóa UTF-8");
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return Vietnamese.nfc(text);
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

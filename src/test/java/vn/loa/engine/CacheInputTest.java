package vn.loa.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A cache file read from memory gives back what a {@link DataOutputStream} wrote, values of the
 * record codec included, and a file cut short ends in {@link EOFException}, as a stream does, so
 * that the cache ignores it.
 */
class CacheInputTest {

    private static byte[] written() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(-7);
        out.writeLong(Long.MIN_VALUE + 3);
        out.writeBoolean(true);
        out.writeShort(-2);
        out.writeDouble(2.5);
        out.writeUTF("Hồng Lam");
        RecordCodec.writeString(out, "Ngày Khoa học và Công nghệ Việt Nam – 18/5");
        new RecordCodec().write(out, List.of(Map.of("ngày", LocalDate.of(2026, 5, 18)), 42L));
        return bytes.toByteArray();
    }

    @Test
    void readsWhatAStreamWrote() throws IOException {
        byte[] b = written();
        CacheInput in = new CacheInput(b, 0, b.length);
        assertEquals(-7, in.readInt());
        assertEquals(Long.MIN_VALUE + 3, in.readLong());
        assertTrue(in.readBoolean());
        assertEquals(-2, in.readShort());
        assertEquals(2.5, in.readDouble());
        assertEquals("Hồng Lam", in.readUTF());
        assertEquals("Ngày Khoa học và Công nghệ Việt Nam – 18/5", RecordCodec.readString(in));
        assertEquals(List.of(Map.of("ngày", LocalDate.of(2026, 5, 18)), 42L), new RecordCodec().read(in));
        assertTrue(in.atEnd());
    }

    @Test
    void aFileCutShortEndsInEndOfFile() throws IOException {
        byte[] b = written();
        for (int cut = 0; cut < b.length; cut++) {
            CacheInput in = new CacheInput(b, 0, cut);
            assertThrows(EOFException.class, () -> {
                in.readInt();
                in.readLong();
                in.readBoolean();
                in.readShort();
                in.readDouble();
                in.readUTF();
                RecordCodec.readString(in);
                new RecordCodec().read(in);
            }, "cut at " + cut);
        }
    }

    @Test
    void readsOnlyItsRange() throws IOException {
        byte[] b = {0, 0, 0, 1, 0, 0, 0, 2};
        CacheInput in = new CacheInput(b, 0, 4);
        assertEquals(1, in.readInt());
        assertTrue(in.atEnd());
        assertThrows(EOFException.class, in::readByte);
        assertFalse(new CacheInput(b, 4, 8).atEnd());
    }
}

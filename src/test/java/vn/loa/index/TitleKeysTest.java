package vn.loa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.loa.text.Vietnamese;

/** Titles keyed once sort as the collator sorts them; the shorter keys keep the order of the collator's. */
class TitleKeysTest {

    private static byte[] chars(char... cs) {
        byte[] b = new byte[cs.length * 2];
        for (int i = 0; i < cs.length; i++) {
            b[2 * i] = (byte) (cs[i] >> 8);
            b[2 * i + 1] = (byte) cs[i];
        }
        return b;
    }

    @Test
    void shorterKeysCompareAsTheCollatorsKeys() {
        char[] edges = {0, 1, 0x7f, 0x80, 0xff, 0x100, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffe, 0xffff};
        Random random = new Random(12);
        List<byte[]> keys = new ArrayList<>();
        for (int n = 0; n < 3000; n++) {
            char[] cs = new char[random.nextInt(5)];
            for (int i = 0; i < cs.length; i++) {
                cs[i] = random.nextBoolean() ? edges[random.nextInt(edges.length)] : (char) random.nextInt(0x10000);
            }
            keys.add(chars(cs));
        }
        for (int i = 0; i + 1 < keys.size(); i++) {
            byte[] a = keys.get(i);
            byte[] b = keys.get(i + 1);
            assertEquals(Integer.signum(Arrays.compareUnsigned(a, b)),
                    Integer.signum(Arrays.compareUnsigned(TitleKeys.shorter(a), TitleKeys.shorter(b))));
        }
        assertEquals(3, TitleKeys.shorter(chars('a', 'b', 'c')).length);
    }

    @Test
    void titlesSortAsTheCollatorSortsThem() {
        List<String> titles = new ArrayList<>(List.of("Đường làng", "Duong lang", "Ánh sáng", "Anh sáng", "anh sáng", "Ảnh",
                "Hội nghị tổng kết", "Hội thảo", "Hoạt động 10", "Hoạt động 2", "Ý kiến", "Yên Bái", "Ơn", "Ôn", "On", ""));
        List<String> byCollator = new ArrayList<>(titles);
        byCollator.sort(Vietnamese.collation());
        List<String> byKeys = new ArrayList<>(titles);
        byKeys.sort(TitleKeys.of(titles).order());
        assertEquals(byCollator, byKeys);
        assertTrue(TitleKeys.known().get("Hội thảo").length < Vietnamese.collationKey("Hội thảo").toByteArray().length);
    }
}

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

    @Test
    void shorterKeysCompareAsTheCollatorsKeys() {
        char[] edges = {0, 1, 0x7f, 0x80, 0xff, 0x100, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffe, 0xffff};
        Random random = new Random(12);
        List<String> keys = new ArrayList<>();
        for (int n = 0; n < 3000; n++) {
            char[] cs = new char[random.nextInt(5)];
            for (int i = 0; i < cs.length; i++) {
                cs[i] = random.nextBoolean() ? edges[random.nextInt(edges.length)] : (char) random.nextInt(0x10000);
            }
            keys.add(new String(cs));
        }
        for (int i = 0; i + 1 < keys.size(); i++) {
            String a = keys.get(i);
            String b = keys.get(i + 1);
            assertEquals(Integer.signum(a.compareTo(b)),
                    Integer.signum(Arrays.compareUnsigned(TitleKeys.shorter(a), TitleKeys.shorter(b))));
        }
        assertEquals(3, TitleKeys.shorter("abc").length);
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

    @Test
    void aTitleKeyedWordByWordHasTheCollatorsKey() {
        String letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
                + "0123456789.,;:–-—“”\"'()/&%\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031b\u00a0\t\u200b\u0e40\u0e01\u0ec0";
        Random random = new Random(7);
        List<String> titles = new ArrayList<>(List.of("", " ", "  ", " a", "a ", "a  b", "Hội nghị tổng kết năm 2025",
                "\u0e40 a", "a \u0e40", "ฉัน เป็น"));
        for (int n = 0; n < 5000; n++) {
            StringBuilder t = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                t.append(random.nextInt(5) == 0 ? ' ' : letters.charAt(random.nextInt(letters.length())));
            }
            titles.add(t.toString());
        }
        for (String t : titles) {
            byte[] collators = Vietnamese.collationKey(t).toByteArray();
            char[] expected = new char[collators.length / 2];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = (char) ((collators[2 * i] & 0xff) << 8 | collators[2 * i + 1] & 0xff);
            }
            assertEquals(new String(expected), TitleKeys.collationChars(t).toString(), t);
        }
    }
}

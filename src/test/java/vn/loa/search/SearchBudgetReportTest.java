package vn.loa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The search budgets' lines of {@code loa bench}: Vietnamese, sizes with a decimal comma, and a budget overrun said so. */
class SearchBudgetReportTest {

    @Test
    void withinTheBudgets() {
        assertEquals(List.of(
                "tìm kiếm: js/tim-kiem.js nén gzip còn 5,5 KB (giới hạn 10,0 KB)",
                "tìm kiếm: một truy vấn 1–3 từ tải tối đa 226,3 KB chỉ mục (cận trên; giới hạn 300,0 KB);"
                        + " đo được nhiều nhất 192,0 KB trên 218 truy vấn (hà nội [news])",
                "tìm kiếm: chỉ mục 15,3 MB trong 1446 tệp"),
                new SearchBudget(5_512, 15_300_000, 1446, 226_300, 192_000, "hà nội [news]", 218).report());
    }

    @Test
    void overTheBudgets() {
        List<String> lines = new SearchBudget(10_001, 900, 3, 319_800, 263_500, "kế hoạch", 162).report();
        assertEquals("tìm kiếm: js/tim-kiem.js nén gzip còn 10,0 KB (giới hạn 10,0 KB)  VƯỢT GIỚI HẠN", lines.get(0));
        assertEquals("tìm kiếm: một truy vấn 1–3 từ tải tối đa 319,8 KB chỉ mục (cận trên; giới hạn 300,0 KB)  VƯỢT GIỚI HẠN;"
                + " đo được nhiều nhất 263,5 KB trên 162 truy vấn (kế hoạch)", lines.get(1));
        assertEquals("tìm kiếm: chỉ mục 0,9 KB trong 3 tệp", lines.get(2));
    }
}

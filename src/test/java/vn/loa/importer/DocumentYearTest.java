package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A year no date can have ({@code năm 0000}, found by the fuzzer in a title) is not the document's year: the year
 * comes from what else the document says, and the import goes on.
 */
class DocumentYearTest {

    /** States its year once, as a bare 2024: the year the importer falls back to. */
    private static final String BODY = "Hưởng ứng Năm Chuyển đổi số 2024: khai mạc ngày 22/4, tổng kết trước ngày 10/5.\n";

    @Test
    void yearZeroInTheTitleIsNotTheDocumentsYear() {
        ImportedDocument d = Importer.parseMarkdown("KẾ HOẠCH\n\nTổ chức Tuần lễ đọc sách năm 0000\n\n" + BODY,
                "Tuần lễ đọc sách năm 0000", null);
        assertEquals(2024, d.year());
        assertEquals(LocalDate.of(2024, 4, 22), d.events().get(0).start());
    }

    @Test
    void yearZeroInThePlaceAndDateLineIsNotTheDocumentsYear() {
        ImportedDocument d = Importer.parseText("Số: 7/KH-STN\tBình Yên, ngày 2 tháng 3 năm 0000\n\nKẾ HOẠCH\nTổ chức hội thảo\n\n" + BODY);
        assertEquals(2024, d.year());
    }

    @Test
    void aPageDatedInYearZeroIsReadForTheYearItsTextSays() {
        ImportedDocument d = Importer.parseMarkdown(BODY, "Hội thảo", LocalDate.of(0, 3, 2));
        assertEquals(2024, d.year());
    }

    @Test
    void aYearInTheTitleStillCounts() {
        ImportedDocument d = Importer.parseMarkdown(BODY, "Hội thảo năm 2023", null);
        assertEquals(2023, d.year());
    }
}

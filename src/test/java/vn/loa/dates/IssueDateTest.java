package vn.loa.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IssueDateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Đắk Nông, ngày 12 tháng 4 năm 2024          | Đắk Nông       | 12 | 4  | 2024
            Kon Tum, ngày    tháng 5 năm 2024           | Kon Tum        |    | 5  | 2024
            *Hà Nội, ngày 05 tháng 01 năm 2025*         | Hà Nội         | 5  | 1  | 2025
            TP. Hồ Chí Minh, ngày 3 tháng 6 năm 2023    | TP. Hồ Chí Minh| 3  | 6  | 2023
            Gia Nghĩa, ngày ... tháng 4 năm 2024        | Gia Nghĩa      |    | 4  | 2024
            Dak Nong, ngay 12 thang 4 nam 2024          | Dak Nong       | 12 | 4  | 2024
            """)
    void readsThePlaceAndDateLine(String line, String place, Integer day, Integer month, Integer year) {
        assertEquals(Optional.of(new IssueDate(place, day, month, year)), VietnameseDateReader.readIssueDate(line));
    }

    @Test
    void readsABlankDayWithoutAPlace() {
        assertEquals(Optional.of(new IssueDate(null, null, 4, 2024)),
                VietnameseDateReader.readIssueDate("ngày\u00A0\u00A0 tháng 4 năm 2024"));
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {
        "Tọa đàm ngày 17 tháng 5 năm 2024",
        "ngày 17 tháng 5 năm 2024",
        "tổ chức, ngày 12 tháng 4 năm 2024",
        "Đắk Nông, ngày 12 tháng 4",
        "Đắk Nông, ngày 12/4/2024",
        ""
    })
    void readsNothingElse(String line) {
        assertEquals(Optional.empty(), VietnameseDateReader.readIssueDate(line));
    }

    @Test
    void givesTheDateWhenTheDayIsFilledIn() {
        assertEquals(Optional.of(LocalDate.of(2024, 4, 12)), new IssueDate("Đắk Nông", 12, 4, 2024).date());
        assertEquals(Optional.empty(), new IssueDate("Đắk Nông", null, 4, 2024).date());
        assertEquals(Optional.empty(), new IssueDate("Đắk Nông", 31, 4, 2024).date());
    }
}

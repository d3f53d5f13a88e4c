package vn.loa.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartOfDayTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sáng        | SANG
            Sáng        | SANG
            buổi sáng   | SANG
            trưa        | TRUA
            Chiều       | CHIEU
            Buổi chiều  | CHIEU
            tối         | TOI
            sang        | SANG
            chieu       | CHIEU
            buoi toi    | TOI
            """)
    void parses(String text, PartOfDay expected) {
        assertEquals(Optional.of(expected), PartOfDay.parse(text));
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"tôi", "sàng", "đêm", "buổi", "sáng tạo", ""})
    void rejectsOtherWords(String text) {
        assertEquals(Optional.empty(), PartOfDay.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"SANG, sáng", "TRUA, trưa", "CHIEU, chiều", "TOI, tối"})
    void hasVietnameseLabels(PartOfDay p, String label) {
        assertEquals(label, p.label());
        assertEquals(Optional.of(p), PartOfDay.parse(label));
    }
}

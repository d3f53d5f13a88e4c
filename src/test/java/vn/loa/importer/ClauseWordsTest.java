package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 13, item 7: an event's name and place come from the clause that holds its date. */
class ClauseWordsTest {

    @Test
    void twoEventsInOneParagraphKeepTheirOwnWordsAndPlaces() {
        ImportedDocument d = EventFixtures.read("ke-hoach-van-xuoi.txt");
        ImportedEvent fair = EventFixtures.quoted(d, "từ ngày 14/11 đến ngày 16/11/2024");
        assertEquals("Chợ công nghệ và thiết bị", fair.text());
        assertEquals("Quảng trường Trung tâm TP. Lâm Viên", fair.location(), "«TP.» does not end the place");
        ImportedEvent workshop = EventFixtures.quoted(d, "sáng 15/11/2024");
        assertEquals("Hội thảo kết nối cung cầu công nghệ", workshop.text(), "not the sentence before it");
        assertEquals("Hội trường Khách sạn Sông Xanh", workshop.location());
        ImportedEvent opening = EventFixtures.quoted(d, "lúc 8h00 ngày 14/11/2024 (thứ Năm)");
        assertEquals("Chương trình khai mạc", opening.text());
        assertNull(opening.location(), "the fair's place is not the opening's");
    }

    @Test
    void aSentenceThatStartsWithItsDateTakesTheActivityAfterIt() {
        ImportedDocument d = EventFixtures.read("tin-ngay-khcn.txt");
        ImportedEvent talk = EventFixtures.quoted(d, "Sáng 18/5/2024");
        assertEquals("Tọa đàm “Khoa học và công nghệ đồng hành cùng doanh nghiệp” nhân Ngày Khoa học và Công nghệ Việt Nam", talk.text());
        assertEquals("Hội trường Trung tâm Hội nghị tỉnh", talk.location());
        ImportedEvent prize = EventFixtures.quoted(d, "ngày 24/5/2024");
        assertEquals("Lễ trao giải Hội thi Sáng tạo kỹ thuật tỉnh lần thứ 9", prize.text(), "without «Bên cạnh đó,»");
        assertNull(prize.location(), "«ở TP. Bảo Lộc» names where the teams are, and the next sentence's place is not taken");
    }

    @Test
    void aPlaceBeforeTheDateInTheSameClause() {
        List<ImportedEvent> e = Importer.parseText("KẾ HOẠCH\nTổ chức Tọa đàm năm 2024\n\nI. NỘI DUNG\n\n"
                + "Tọa đàm “Khởi nghiệp từ nông sản” diễn ra tại Hội trường Tỉnh đoàn vào sáng 12/6/2024. "
                + "Lớp tập huấn sở hữu trí tuệ tổ chức ngày 14/6/2024.\n").events();
        assertEquals(2, e.size(), e::toString);
        assertEquals("Tọa đàm “Khởi nghiệp từ nông sản”", e.get(0).text());
        assertEquals("Hội trường Tỉnh đoàn", e.get(0).location());
        assertEquals("Lớp tập huấn sở hữu trí tuệ", e.get(1).text());
        assertNull(e.get(1).location(), "a place named for one event is never attached to another");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            ' tại Hội trường tầng 3, Sở Khoa học và Công nghệ, số 10 Trần Phú, thành phố Quy Nhơn.' | Hội trường tầng 3, Sở Khoa học và Công nghệ, số 10 Trần Phú, thành phố Quy Nhơn
            ' tại Hội trường Sở, do ThS. Vũ Thanh Bình điều phối.'                                 | Hội trường Sở
            ', tại Nhà văn hóa tỉnh, Sở Khoa học và Công nghệ sẽ tổ chức Tọa đàm.'                  | Nhà văn hóa tỉnh
            ' tại Quảng trường TP. Lâm Viên; các đơn vị chuẩn bị gian hàng.'                        | Quảng trường TP. Lâm Viên
            ' tại Công văn số 12/SKHCN-VP.'                                                         | null
            ' (tại Phòng họp số 2) theo lịch.'                                                      | Phòng họp số 2
            ' với sự tham dự của 100 đại biểu.'                                                     | null
            """)
    void thePlaceAfterADateEndsWithItsClause(String after, String place) {
        String text = "Hội nghị diễn ra ngày 20/5/2024" + after;
        assertEquals(place, Places.after(text, text.indexOf("2024") + 4));
    }
}

package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 13, item 4: deadlines inside a sentence are the deadlines of the unit that sentence names. */
class DeadlinesTest {

    private final ImportedDocument contest = EventFixtures.read("ke-hoach-hoi-thi-han.txt");

    @Test
    void aDeadlineAfterAnEventInTheSameParagraphIsItsOwn() {
        ImportedEvent launch = EventFixtures.quoted(contest, "lúc 8h30 ngày 22/4/2024");
        assertEquals("event", launch.kind());
        assertEquals("Lễ phát động Hội thi", launch.text());
        ImportedEvent list = EventFixtures.quoted(contest, "trước ngày 10/5/2024");
        assertEquals("deadline", list.kind());
        assertEquals("Các huyện, thị xã, thành phố gửi danh sách đội thi về Ban Tổ chức", list.text());
        assertEquals(List.of("Các huyện, thị xã, thành phố"), list.lead());
        assertNull(list.location(), "the launch's place is not the deadline's");
    }

    @Test
    void aDeadlineAfterASemicolonIsNotSwallowedIntoTheEventBeforeIt() {
        ImportedEvent round = EventFixtures.quoted(contest, "từ ngày 10/6 đến ngày 12/6/2024");
        assertEquals("Vòng chung khảo", round.text());
        ImportedEvent marks = EventFixtures.quoted(contest, "chậm nhất ngày 15/6/2024");
        assertEquals("deadline", marks.kind());
        assertEquals("Hội đồng giám khảo nộp kết quả chấm cho Thường trực Ban Tổ chức", marks.text());
        assertEquals(List.of("Hội đồng giám khảo"), marks.lead());
    }

    @Test
    void deadlineWordsBeforeADayMakeItADeadline() {
        ImportedEvent files = EventFixtures.quoted(contest, "17h00 ngày 31/5/2024");
        assertEquals("deadline", files.kind());
        assertNull(files.start());
        assertEquals("2024-05-31", files.end().toString());
        ImportedEvent notice = EventFixtures.quoted(EventFixtures.read("thong-bao-han.txt"), "ngày 30/8/2024");
        assertEquals("deadline", notice.kind());
        assertEquals("Hạn cuối nhận hồ sơ tuyển chọn", notice.text());
    }

    @Test
    void aYearlyDeadlineSaysSo() {
        ImportedEvent yearly = EventFixtures.quoted(contest, "trước ngày 30/11");
        assertEquals("deadline", yearly.kind());
        assertEquals(List.of("Các đơn vị"), yearly.lead());
        assertEquals("hạn lặp lại hằng năm", yearly.note());
        assertEquals("vừa", yearly.confidence());
    }

    @Test
    void aDeadlineUnderAUnitsHeadingIsThatUnits() {
        ImportedEvent rules = EventFixtures.quoted(contest, "trước ngày 25/4/2024");
        assertEquals("Gửi thể lệ Hội thi đến các đơn vị", rules.text());
        assertEquals(List.of("Phòng Quản lý Công nghệ"), rules.lead());
        ImportedEvent venue = EventFixtures.quoted(contest, "trước ngày 05/6/2024");
        assertEquals(List.of("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ"), venue.lead());
    }

    @Test
    void deadlinesAreNeverMergedWithAnEvent() {
        List<ImportedEvent> e = Importer.parseText("KẾ HOẠCH\nTổ chức Hội thảo khoa học năm 2024\n\nI. NỘI DUNG\n\n"
                + "Hội thảo khoa học diễn ra ngày 20/5/2024 tại Hội trường Sở. Các nhà khoa học gửi tham luận về Phòng Quản lý Khoa học "
                + "trước ngày 20/5/2024.\n").events();
        assertEquals(List.of("event", "deadline"), e.stream().map(ImportedEvent::kind).toList(), e::toString);
        assertEquals(List.of("Các nhà khoa học"), e.get(1).lead());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Các phòng, đơn vị gửi báo cáo về Văn phòng Sở                       | Các phòng, đơn vị
            Văn phòng Sở tổng hợp kết quả, báo cáo Giám đốc Sở                    | Văn phòng Sở
            Trung tâm Thông tin và Thống kê khoa học và công nghệ đăng tin, bài   | Trung tâm Thông tin và Thống kê khoa học và công nghệ
            Đề nghị UBND các huyện, thành phố gửi danh sách                      | UBND các huyện, thành phố
            Các tổ chức chủ trì nhiệm vụ nộp báo cáo định kỳ                      | Các tổ chức
            Gửi giấy mời đại biểu                                               | 
            Hội thảo được tổ chức                                               | 
            """)
    void theUnitASentenceNames(String sentence, String unit) {
        assertEquals(unit == null ? List.of() : List.of(unit), Deadlines.unitsOf(sentence));
    }
}

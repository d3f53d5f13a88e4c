package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The events of a table's rows: content, units, place and date from their columns, found in a "bảng". */
class TableRowsTest {

    private static List<ImportedEvent> events(String table) {
        return Importer.parseText("KẾ HOẠCH\nTổ chức Tuần lễ khoa học và công nghệ năm 2024\n\nII. NỘI DUNG\n\n" + table).events();
    }

    @Test
    void eachRowIsAnEventWithItsColumns() {
        List<ImportedEvent> e = events("TT\tTên hoạt động\tĐịa điểm\tCơ quan chủ trì\tThời gian\n"
                + "1\tHội thảo “Công nghệ sinh học trong nông nghiệp”\tHội trường Sở\tPhòng Quản lý Khoa học\t8h00 ngày 14/5/2024\n"
                + "2\tTriển lãm sáng chế\t\tTrung tâm Thông tin\tTừ ngày 15/5 đến ngày 17/5/2024\n"
                + "3\tGửi báo cáo kết quả\t\tCác phòng, đơn vị\tTrước ngày 25/5/2024\n");
        assertEquals(3, e.size(), e::toString);
        ImportedEvent w = e.get(0);
        assertEquals("Hội thảo “Công nghệ sinh học trong nông nghiệp”", w.text());
        assertEquals("Hội trường Sở", w.location());
        assertEquals(List.of("Phòng Quản lý Khoa học"), w.lead());
        assertEquals(ImportedEvent.TABLE, w.found());
        assertEquals("cao", w.confidence());
        assertEquals("II. NỘI DUNG", w.section());
        assertEquals("period", e.get(1).kind());
        assertNull(e.get(1).location(), "a row's empty place is not the row above's");
        assertEquals("deadline", e.get(2).kind());
        assertEquals(List.of("Các phòng, đơn vị"), e.get(2).lead());
    }

    @Test
    void withoutATimeColumnTheDateIsReadInTheOtherCells() {
        List<ImportedEvent> e = events("STT\tNội dung\tĐơn vị thực hiện\n"
                + "1\tTọa đàm khởi nghiệp sáng 16/5/2024 tại Nhà Văn hóa Thanh niên\tTỉnh đoàn\n");
        assertEquals(1, e.size(), e::toString);
        assertEquals("sáng", e.get(0).partOfDay());
        assertEquals(List.of("Tỉnh đoàn"), e.get(0).lead());
        assertEquals("Nhà Văn hóa Thanh niên", e.get(0).location());
    }
}

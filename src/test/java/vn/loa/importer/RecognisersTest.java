package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.loa.LoaException;
import vn.loa.load.Signer;

/** What the importer recognises, part by part of the form. */
class RecognisersTest {

    private static ImportedDocument read(String text) {
        return Importer.parseText(text);
    }

    @ParameterizedTest(name = "«{0}»")
    @CsvSource(delimiter = '|', textBlock = """
            Số: 45/KH-SKHCN                           | 45/KH-SKHCN
            Số: /KH-SKHCN                             | /KH-SKHCN
            Số:       /KH-SKHCN                       | /KH-SKHCN
            Số: ..../KH-UBND                          | /KH-UBND
            Số: 12/2024/QĐ-UBND                       | 12/2024/QĐ-UBND
            """)
    void theNumberIsAsWrittenAfterSo(String line, String number) {
        assertEquals(number, read(line + "\n\nKẾ HOẠCH\nTổ chức hội thảo\n").number());
    }

    @Test
    void numberAndPlaceDateOnOneLineOfAPdfOrInTwoCells() {
        ImportedDocument pdf = read("UBND TỈNH A CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 7/KH-SKHCN Gia Nghĩa, ngày 12 tháng 4 năm 2024\n\nKẾ HOẠCH\nX\n");
        assertEquals("7/KH-SKHCN", pdf.number());
        assertEquals("Gia Nghĩa", pdf.issued().place());
        assertEquals(12, pdf.issued().day());
        assertEquals(List.of("UBND TỈNH A"), pdf.issuer());
        ImportedDocument word = read("SỞ KHOA HỌC VÀ CÔNG NGHỆ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: /KH-SKHCN\tKon Tum, ngày    tháng 5 năm 2024\n\nKẾ HOẠCH\nX\n");
        assertEquals("/KH-SKHCN", word.number());
        assertNull(word.issued().day(), "a blank day");
        assertEquals(5, word.issued().month());
        assertEquals(List.of("SỞ KHOA HỌC VÀ CÔNG NGHỆ"), word.issuer());
    }

    @Test
    void theSubjectIsItsLinesJoinedWithoutTheKind() {
        ImportedDocument d = read("**KẾ HOẠCH**  \n**Tổ chức hưởng ứng Ngày Sáng tạo**  \n**và Đổi mới sáng tạo thế giới năm 2024**\n\nThực hiện Công văn số 1/BKHCN ngày 2/4/2024.\n");
        assertEquals("Kế hoạch", d.kind());
        assertEquals("Tổ chức hưởng ứng Ngày Sáng tạo và Đổi mới sáng tạo thế giới năm 2024", d.title());
        assertEquals("ngay-sang-tao", d.campaign());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Tổ chức hưởng ứng Ngày Sáng tạo và Đổi mới sáng tạo thế giới năm 2024     | ngay-sang-tao
            Chào mừng Ngày Khoa học và Công nghệ Việt Nam 18-5                        | ngay-khcn
            Tổ chức các hoạt động chào mừng Ngày KH&CN Việt Nam năm 2023               | ngay-khcn
            Tổ chức Hội thảo chuyển đổi số                                            | null
            """)
    void theCampaignComesFromTheSubject(String subject, String campaign) {
        assertEquals(campaign, Campaigns.detect(subject));
    }

    @Test
    void eachCitedDocumentIsABasisButNotThePlanItself() {
        ImportedDocument d = read("KẾ HOẠCH\nX\n\nThực hiện Công văn số 4273/BKHCN-VP ngày 20/11/2023 của Bộ Khoa học và Công nghệ; "
                + "Văn bản số 4117/UBND-KGVX ngày 24/11/2023 của UBND tỉnh về hướng dẫn tổ chức, Sở Khoa học và Công nghệ xây dựng Kế hoạch như sau:\n\n"
                + "Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013;\n\nTheo đề nghị của Văn phòng Sở tại Tờ trình số 3/TTr-VP.\n\nI. MỤC ĐÍCH\n");
        assertEquals(List.of("Công văn số 4273/BKHCN-VP ngày 20/11/2023 của Bộ Khoa học và Công nghệ",
                "Văn bản số 4117/UBND-KGVX ngày 24/11/2023 của UBND tỉnh về hướng dẫn tổ chức",
                "Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013",
                // issue 13 (item 2): a document cited after the basis, with its number, is basis too
                "Tờ trình số 3/TTr-VP"), d.basis());
        assertTrue(d.events().isEmpty(), "a cited document's date is no event");
    }

    @Test
    void themesAndSlogansInlineOrAsASubSection() {
        ImportedDocument d = read("KẾ HOẠCH\nX\n\nI. CHỦ ĐỀ VÀ KHẨU HIỆU\n\n1. Chủ đề\n\n- “Chủ đề một”.\n- “Chủ đề hai”.\n\n"
                + "2. Khẩu hiệu\n\n“Nhiệt liệt chào mừng Ngày Khoa học và Công nghệ Việt Nam 18/5/2024!”\n\nII. NỘI DUNG\n\nKhẩu hiệu: “Khẩu hiệu ba”.\n");
        assertEquals(List.of("Chủ đề một", "Chủ đề hai"), d.themes());
        assertEquals(List.of("Nhiệt liệt chào mừng Ngày Khoa học và Công nghệ Việt Nam 18/5/2024!", "Khẩu hiệu ba"), d.slogans());
        assertEquals(List.of("CHỦ ĐỀ VÀ KHẨU HIỆU", "NỘI DUNG"), d.sections());
        assertTrue(d.events().isEmpty(), "a slogan's date is no event");
    }

    @Test
    void recipientsAndTheSignatureAreLeftOutOfTheBody() {
        ImportedDocument d = read("KẾ HOẠCH\nX\n\nI. NỘI DUNG\n\nNội dung./.\n\n#### ***Nơi nhận:***\n\n- UBND tỉnh (b/c);\n- Lưu: VT, VP.\n\n"
                + "**KT. GIÁM ĐỐC  \nPHÓ GIÁM ĐỐC**\n\n(Đã ký)\n\n**Trần Văn An**\n");
        assertEquals(List.of("UBND tỉnh (b/c)", "Lưu: VT, VP"), d.recipients());
        assertEquals(new Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn An"), d.signer());
        assertFalse(d.markdown().contains("Nơi nhận") || d.markdown().contains("GIÁM ĐỐC") || d.markdown().contains("**"), d.markdown());
    }

    @Test
    void signatureVariants() {
        assertEquals(new Signer(null, "GIÁM ĐỐC", "Lê Văn Bình"), PlanParser.signer(List.of("GIÁM ĐỐC", "Lê Văn Bình")));
        assertEquals(new Signer("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Hoa"),
                PlanParser.signer(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Nguyễn Thị Hoa")));
    }

    @Test
    void theBodyBecomesCleanMarkdown() {
        ImportedDocument d = read("KẾ HOẠCH\nX\n\n#### **I. MỤC ĐÍCH, YÊU CẦU**\n\n1. Mục đích\n\n- Một;\n\n- Hai <i>nghiêng</i>.\n\n"
                + "2.1. Nội dung\n\n- Thành phần: *(dự kiến 80 đại biểu)*\n\n- + Công chức;\n- + Viên chức.\n");
        assertEquals("## I. MỤC ĐÍCH, YÊU CẦU\n\n### 1. Mục đích\n\n- Một;\n- Hai nghiêng.\n\n#### 2.1. Nội dung\n\n"
                + "- Thành phần: (dự kiến 80 đại biểu)\n  - Công chức;\n  - Viên chức.\n", d.markdown());
    }

    @Test
    void tabSeparatedRowsBecomeATableWithBrokenRowsJoined() {
        ImportedDocument d = read("KẾ HOẠCH\nX\n\nStt\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
                + "1\tTriển lãm\tTrung tâm A\tPhòng B;\nPhòng C\tTừ ngày 15/5 đến ngày 17/5/2024\n2\tTọa đàm\tPhòng B\t\t14h00 ngày 16/5/2024\n");
        assertTrue(d.markdown().contains("| Stt | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n| --- | --- | --- | --- | --- |\n"
                + "| 1 | Triển lãm | Trung tâm A | Phòng B; Phòng C | Từ ngày 15/5 đến ngày 17/5/2024 |"), d.markdown());
        assertEquals(2, d.events().size());
        ImportedEvent e = d.events().get(0);
        assertEquals("Triển lãm", e.text());
        assertEquals(List.of("Trung tâm A"), e.lead());
        assertEquals(List.of("Phòng B", "Phòng C"), e.partners());
        assertEquals("period", e.kind());
        assertEquals(LocalDate.of(2024, 5, 15), e.start());
    }

    @Test
    void aRowWhoseContentCellBreaksAfterItsNumberStaysOneRow() {
        // Copied out of Word, "3<TAB>first half of the cell" looks like numbering followed by a tab; after row 2 of a
        // numbered table it is row 3, and the next line carries the rest of its cells.
        ImportedDocument d = read("KẾ HOẠCH\nX\n\nTT\tNội dung\tThời gian\tĐơn vị chủ trì\tĐơn vị phối hợp\n"
                + "1\tTreo băng rôn\tTrong tháng 5/2024\tPhòng A\tPhòng B\n"
                + "2\tTham quan mô hình ứng dụng\ntại xã Nam Đà\tSáng ngày 16/5/2024\tPhòng C\tTrạm D\n"
                + "3\tGặp mặt\t14h00 ngày 17/5/2024\tPhòng A\t\n\n1.\tMục đích\n");
        assertEquals(3, d.events().size(), d.events().toString());
        ImportedEvent first = d.events().get(0);
        assertEquals(List.of("Phòng B"), first.partners());
        ImportedEvent e = d.events().get(1);
        assertEquals("Tham quan mô hình ứng dụng tại xã Nam Đà", e.text());
        assertEquals(LocalDate.of(2024, 5, 16), e.start());
        assertEquals("sáng", e.partOfDay());
        assertEquals(List.of("Phòng C"), e.lead());
        assertEquals(List.of("Trạm D"), e.partners());
        assertTrue(d.markdown().contains("| 2 | Tham quan mô hình ứng dụng tại xã Nam Đà | Sáng ngày 16/5/2024 | Phòng C | Trạm D |"),
                d.markdown());
        assertFalse(d.markdown().contains("| 1. |"), d.markdown());
    }

    @Test
    void historyAndNamedDaysAreNotActivities() {
        ImportedDocument d = read("KẾ HOẠCH\nKỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2025\n\nPhú Yên, ngày 5 tháng 5 năm 2025\n\n"
                + "I. MỤC ĐÍCH\nNgày 18/5/1963, Chủ tịch Hồ Chí Minh đến dự Đại hội lần thứ nhất Hội Phổ biến khoa học kỹ thuật Việt Nam. "
                + "Ngày 18/5 đã được chọn là Ngày Khoa học và Công nghệ Việt Nam.\nII. NỘI DUNG\n1. Gặp mặt các nhà khoa học\n"
                + "- Thời gian: ngày 16/5/2025.\n");
        assertEquals(1, d.events().size(), d.events().toString());
        assertEquals(LocalDate.of(2025, 5, 16), d.events().get(0).start());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("18/5/1963")), d.warnings().toString());
    }

    @Test
    void aLabelThatNamesAnActivityBeforeItsDateIsTheActivity() {
        ImportedDocument d = read("KẾ HOẠCH\nCuộc thi sáng tạo năm 2025\n\nI. NỘI DUNG\n1. Cuộc thi\n"
                + "- Phát động cuộc thi: ngày 05/6/2025.\n- Tổng kết, trao giải: dự kiến cuối tháng 10/2025.\n"
                + "- Lưu ý: trước ngày 10/6/2025 các đơn vị gửi danh sách.\n2. Thi chung khảo: dự kiến cuối tháng 11/2025.\n");
        assertEquals(List.of("Phát động cuộc thi", "Tổng kết, trao giải", "Các đơn vị gửi danh sách", "Thi chung khảo"),
                d.events().stream().map(ImportedEvent::text).toList());
    }

    @Test
    void anEventFromProseTakesItsActivityLeadPartnersAndPlace() {
        ImportedDocument d = read("KẾ HOẠCH\nX\n\nSố: 1/KH-SKHCN\n\nHà Nội, ngày 2 tháng 5 năm 2024\n\nI. NỘI DUNG\n\n5. Tọa đàm kỷ niệm\n\n"
                + "- Thời gian: Chiều ngày 17/5/2024 (Thứ 6).\n- Địa điểm: Hội trường tầng 2.\n"
                + "- Chủ trì: Phòng Quản lý Khoa học và Phòng Hành chính - Tổng hợp.\n"
                + "- Phối hợp thực hiện: Các phòng, Trung tâm Nghiên cứu, Ứng dụng và Dịch vụ KH&CN.\n");
        ImportedEvent e = d.events().get(0);
        assertEquals("Tọa đàm kỷ niệm", e.text());
        assertEquals("chiều", e.partOfDay());
        assertEquals("Thứ 6", e.weekdayStated());
        assertTrue(e.weekdayOk());
        assertEquals("Hội trường tầng 2", e.location());
        assertEquals(List.of("Phòng Quản lý Khoa học", "Phòng Hành chính - Tổng hợp"), e.lead());
        assertEquals(List.of("Các phòng", "Trung tâm Nghiên cứu, Ứng dụng và Dịch vụ KH&CN"), e.partners());
        assertEquals("Chiều ngày 17/5/2024 (Thứ 6)", e.sourceQuote());
    }

    @Test
    void aSentenceDatesItsOwnActivity() {
        ImportedDocument d = read("KẾ HOẠCH\nX\n\nI. TỔ CHỨC THỰC HIỆN\n\n- Tổ chức Hội thảo khởi nghiệp vào sáng ngày 16/4/2024 tại Nhà Văn hóa tỉnh;\n");
        ImportedEvent e = d.events().get(0);
        assertEquals("Tổ chức Hội thảo khởi nghiệp", e.text());
        assertEquals("Nhà Văn hóa tỉnh", e.location());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Phòng A; Trung tâm B.                                       | Phòng A/Trung tâm B
            Trung tâm Nghiên cứu, Ứng dụng và Dịch vụ KH&CN              | Trung tâm Nghiên cứu, Ứng dụng và Dịch vụ KH&CN
            Phòng Quản lý Công nghệ và Sở hữu trí tuệ                    | Phòng Quản lý Công nghệ và Sở hữu trí tuệ
            Các phòng chuyên môn, đơn vị trực thuộc Sở                   | Các phòng chuyên môn, đơn vị trực thuộc Sở
            Báo Sơn Hà, Đài Phát thanh và Truyền hình tỉnh              | Báo Sơn Hà/Đài Phát thanh và Truyền hình tỉnh
            Sở Nội vụ và Sở Tài chính                                   | Sở Nội vụ/Sở Tài chính
            Văn phòng HĐND và UBND huyện                                | Văn phòng HĐND và UBND huyện
            Văn phòng Đoàn ĐBQH và HĐND tỉnh; Sở Nội vụ                 | Văn phòng Đoàn ĐBQH và HĐND tỉnh/Sở Nội vụ
            Phòng Kinh tế và UBND các xã                                | Phòng Kinh tế/UBND các xã
            """)
    void unitsAreSplitWhereTheyListUnits(String value, String units) {
        assertEquals(List.of(units.split("/")), Units.split(value));
    }

    @Test
    void encodings() {
        String text = "KẾ HOẠCH\nTổ chức hội thảo\n";
        Path f = Path.of("x.txt");
        assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), f));
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertEquals(text, TextDecoder.decode(bom, f));
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD).replace("\n", "\r\n");
        byte[] utf16 = ("\uFEFF" + nfd).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(text, TextDecoder.decode(utf16, f));
        assertEquals(text, TextDecoder.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE), f));
        LoaException e = assertThrows(LoaException.class, () -> TextDecoder.decode(new byte[] {'K', (byte) 0xC9, 'H'}, Path.of("cu.txt")));
        assertTrue(e.getMessage().startsWith("cu.txt: lỗi:"), e.getMessage());
    }

    @Test
    void aDocxIsReadInDocumentOrderWithTablesAsTabs() {
        String text = DocxText.read(DocxFixture.sangTao2025(), Path.of("k.docx")).text();
        assertTrue(text.indexOf("KẾ HOẠCH") < text.indexOf("Stt\tNội dung\tĐơn vị chủ trì"), text);
        assertTrue(text.contains("Công đoàn cơ sở; Chi đoàn Sở\t8h30 ngày 15/4/2025 (Thứ Ba)"), text);
        assertTrue(text.contains("\nSố: 33/KH-SKHCN\n"), "the form's header table reads cell by cell");
    }
}

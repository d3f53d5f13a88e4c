package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.loa.dates.IssueDate;
import vn.loa.load.Signer;

/**
 * The parts of the official form, each read by its class — {@link Header}, {@link KindAndSubject}, {@link Basis},
 * {@link BodyStructure}, {@link Closing} — on a notice and a directive composed for these tests.
 */
class OfficialPartsTest {

    /** A notice in two columns copied out of Word: header cells, then the kind and a subject on two lines. */
    static final String NOTICE = """
            UBND TỈNH SƠN HÀ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ KHOA HỌC VÀ CÔNG NGHỆ\tĐộc lập - Tự do - Hạnh phúc
            Số: 215/TB-SKHCN\tSơn Hà, ngày 19 tháng 8 năm 2024

            THÔNG BÁO
            Tuyển chọn tổ chức, cá nhân chủ trì thực hiện
            Nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2025

            Căn cứ Quyết định số 1120/QĐ-UBND ngày 02/7/2024 của UBND tỉnh Sơn Hà phê duyệt danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2025;

            Sở Khoa học và Công nghệ thông báo tuyển chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ như sau:

            1. Hồ sơ đăng ký gồm thuyết minh nhiệm vụ và lý lịch khoa học của chủ nhiệm.
            2. Thời hạn nộp hồ sơ: trước 17 giờ ngày 20/9/2024.

            Nơi nhận:
            - Cổng Thông tin điện tử tỉnh;
            - Báo Sơn Hà;
            - Lưu: VT, QLKH.\tKT. GIÁM ĐỐC
            \tPHÓ GIÁM ĐỐC
            \t(Đã ký)
            \tVũ Thị Lan Anh
            """;

    /** A directive of a provincial People's Committee, its subject in capitals, signed for the Committee. */
    static final String DIRECTIVE = """
            ỦY BAN NHÂN DÂN
            TỈNH SƠN HÀ
            Số: 07/CT-UBND
            Sơn Hà, ngày 11 tháng 3 năm 2024

            CHỈ THỊ
            VỀ ĐẨY MẠNH ỨNG DỤNG KHOA HỌC VÀ CÔNG NGHỆ TRONG SẢN XUẤT NÔNG NGHIỆP GIAI ĐOẠN 2024 - 2025

            Thời gian qua, việc ứng dụng khoa học và công nghệ trong sản xuất nông nghiệp của tỉnh đã đạt một số kết quả bước đầu.

            Để khắc phục những hạn chế nêu trên, Chủ tịch UBND tỉnh chỉ thị:

            1. Sở Khoa học và Công nghệ chủ trì tổng hợp đề xuất nhiệm vụ, báo cáo UBND tỉnh trước ngày 30/4/2024.
            2. Các huyện tổ chức hội nghị chuyển giao công nghệ cho nông dân trong quý II/2024.

            Nơi nhận:
            - Bộ Khoa học và Công nghệ;
            - TT Tỉnh ủy, TT HĐND tỉnh;
            - Lưu: VT, KGVX.

            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH

            Hoàng Văn Tuấn
            """;

    @Test
    void theNoticesHeaderTitleBasisAndClosing() {
        ImportedDocument d = Importer.parseText(NOTICE);
        assertEquals(List.of("UBND TỈNH SƠN HÀ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"), d.issuer());
        assertEquals("215/TB-SKHCN", d.number());
        assertEquals(new IssueDate("Sơn Hà", 19, 8, 2024), d.issued());
        assertEquals("Thông báo", d.kind());
        assertEquals("Tuyển chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2025", d.title());
        assertEquals(List.of("Quyết định số 1120/QĐ-UBND ngày 02/7/2024 của UBND tỉnh Sơn Hà phê duyệt danh mục nhiệm vụ khoa học và "
                + "công nghệ cấp tỉnh năm 2025"), d.basis());
        assertEquals(List.of("Cổng Thông tin điện tử tỉnh", "Báo Sơn Hà", "Lưu: VT, QLKH"), d.recipients());
        assertEquals(new Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Vũ Thị Lan Anh"), d.signer());
        assertNull(d.lead());
        assertNull(d.author());
        assertTrue(d.check().isEmpty(), d.check().toString());
        assertEquals(1, d.events().size(), d.events().toString());
        assertEquals("deadline", d.events().get(0).kind());
        assertFalse(d.markdown().contains("Nơi nhận") || d.markdown().contains("Lan Anh") || d.markdown().contains("215/TB"), d.markdown());
    }

    @Test
    void theDirectivesSubjectInCapitalsAndItsSignatureForTheCommittee() {
        ImportedDocument d = Importer.parseText(DIRECTIVE);
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "TỈNH SƠN HÀ"), d.issuer());
        assertEquals("07/CT-UBND", d.number());
        assertEquals("Chỉ thị", d.kind());
        assertEquals("Về đẩy mạnh ứng dụng khoa học và công nghệ trong sản xuất nông nghiệp giai đoạn 2024–2025", d.title());
        assertEquals("Chỉ thị về đẩy mạnh ứng dụng khoa học và công nghệ trong sản xuất nông nghiệp giai đoạn 2024–2025",
                TitleCase.pageTitle(d.kind(), d.title()));
        assertEquals(List.of("title"), d.check(), "a subject in capitals recased is for the editor to check");
        assertEquals(new Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Văn Tuấn"), d.signer());
        assertEquals(List.of("Bộ Khoa học và Công nghệ", "TT Tỉnh ủy, TT HĐND tỉnh", "Lưu: VT, KGVX"), d.recipients());
        List<String> kinds = new ArrayList<>();
        d.events().forEach(e -> kinds.add(e.kind()));
        assertTrue(kinds.contains("deadline"), kinds.toString());
    }

    @Test
    void headerPartsOneCellAtATime() {
        assertEquals("45/KH-SKHCN", Header.part("Số: 45/KH-SKHCN").number);
        assertEquals("/KH-SKHCN", Header.part("Số:    /KH-SKHCN").number);
        assertEquals(new IssueDate("Sơn Hà", null, 5, 2024), Header.part("Sơn Hà, ngày     tháng 5 năm 2024").issued);
        assertEquals("SỞ KHOA HỌC VÀ CÔNG NGHỆ", Header.part("SỞ KHOA HỌC VÀ CÔNG NGHỆ").issuer);
        assertTrue(Header.part("Độc lập - Tự do - Hạnh phúc").motto);
        assertFalse(Header.part("Sáng 13/4, Sở tổ chức Ngày hội khởi nghiệp.").any());
    }

    @Test
    void aHeadlineInCapitalsAtTheTopOfAPostIsNoIssuingBody() {
        ImportedDocument d = Importer.parseText("NGÀY HỘI KHỞI NGHIỆP ĐỔI MỚI SÁNG TẠO TỈNH SƠN HÀ NĂM 2024\n20/10/2024\n\n"
                + "Ngày 19/10, hơn 50 dự án khởi nghiệp đã tham gia Ngày hội do Sở Khoa học và Công nghệ tổ chức.\n");
        assertEquals(List.of(), d.issuer());
        // A province's name cannot be told from common words: it is left in lower case, and the title marked for the editor.
        assertEquals("Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh sơn hà năm 2024", d.title());
        assertTrue(d.check().contains("title"));
    }

    @Test
    void kindLinesAndSubjectLines() {
        assertEquals("THÔNG BÁO", KindAndSubject.kindOf("THÔNG BÁO")[0]);
        assertEquals("Tuyển chọn nhiệm vụ", KindAndSubject.kindOf("THÔNG BÁO Tuyển chọn nhiệm vụ")[1]);
        assertEquals("CHỈ THỊ", KindAndSubject.kindOf("C H Ỉ   T H Ị")[0]);
        assertNull(KindAndSubject.kindOf("Thông báo kết quả xét chọn"), "a sentence is no kind line");
    }

    @Test
    void eachCitedDocumentOfABasisParagraph() {
        List<String> basis = new ArrayList<>();
        Basis.read("Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013; Thực hiện Công văn số 77/BKHCN-VP ngày 5/1/2024 "
                + "của Bộ Khoa học và Công nghệ và Kế hoạch số 12/KH-UBND ngày 9/1/2024 của UBND tỉnh, Sở Khoa học và Công nghệ "
                + "xây dựng Kế hoạch như sau:", basis);
        assertEquals(List.of("Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013",
                "Công văn số 77/BKHCN-VP ngày 5/1/2024 của Bộ Khoa học và Công nghệ", "Kế hoạch số 12/KH-UBND ngày 9/1/2024 của UBND tỉnh"),
                basis);
    }

    @Test
    void aReportsSubjectEndsWithTheDayItCelebratesOnALineOfItsOwn() {
        ImportedDocument d = Importer.parseText("""
                UBND TỈNH NINH THUẬN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ KHOA HỌC VÀ CÔNG NGHỆ\tĐộc lập - Tự do - Hạnh phúc
                Số: 95/BC-SKHCN\tNinh Thuận, ngày 25 tháng 4 năm 2026

                BÁO CÁO
                Kết quả hưởng ứng Ngày Sáng tạo và Đổi mới sáng tạo thế giới
                21/4/2026

                I. KẾT QUẢ
                Sáng ngày 21/4/2026, Sở tổ chức Lễ tôn vinh sáng kiến tại Hội trường Sở.
                """);
        assertEquals("Kết quả hưởng ứng Ngày Sáng tạo và Đổi mới sáng tạo thế giới 21/4/2026", d.title());
        assertEquals(1, d.events().size(), "the day in the title is no event of its own: " + d.events());
        assertEquals(new IssueDate("Ninh Thuận", 25, 4, 2026), d.issued());
    }

    @Test
    void aSignatureFlattenedOntoTheRecipientsLinesOfAPdfCopy() {
        for (String gap : List.of(" ", "                              ")) {
            ImportedDocument d = Importer.parseText("KẾ HOẠCH\nTổ chức Hội chợ công nghệ tỉnh năm 2026\n\nI. NỘI DUNG\n"
                    + "Hội chợ diễn ra từ ngày 10/11 đến ngày 12/11/2026.\n"
                    + "Nơi nhận:" + gap + "TM. ỦY BAN NHÂN DÂN\n"
                    + "- Bộ Khoa học và Công nghệ (b/c);" + gap + "KT. CHỦ TỊCH\n"
                    + "- Các sở, ban, ngành;" + gap + "PHÓ CHỦ TỊCH\n"
                    + "- Lưu: VT, KGVX.\n"
                    + gap + "Trần Thị Mai\n");
            assertEquals(List.of("Bộ Khoa học và Công nghệ (b/c)", "Các sở, ban, ngành", "Lưu: VT, KGVX"), d.recipients(), "gap «" + gap + "»");
            assertEquals(new Signer("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Mai"), d.signer(), "gap «" + gap + "»");
        }
    }

    @Test
    void aSignatureCellWhoseLineBreaksWereLost() {
        assertEquals(new Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Văn Tâm"), Closing.signer(List.of("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", "Lê Văn Tâm")));
        assertEquals(new Signer("TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Lê Văn Tâm"),
                Closing.signer(List.of("TL. GIÁM ĐỐC CHÁNH VĂN PHÒNG", "Lê Văn Tâm")));
        assertEquals(new Signer("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Tâm"),
                Closing.signer(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Tâm")));
        ImportedDocument d = Importer.parseText("THÔNG BÁO\nLịch trực Tết năm 2026\n\nCác phòng bố trí trực theo lịch.\n\n"
                + "Nơi nhận:\tKT. GIÁM ĐỐC PHÓ GIÁM ĐỐC\n- Ban Giám đốc Sở; - Các phòng, đơn vị; - Lưu: VT.\tLê Văn Tâm\n");
        assertEquals(List.of("Ban Giám đốc Sở", "Các phòng, đơn vị", "Lưu: VT"), d.recipients());
        assertEquals(new Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Văn Tâm"), d.signer());
    }
}

package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.BuildResult;
import vn.loa.engine.Builder;

/** A news post read whole, part by part, into the JSON contract and into the page an editor reviews. */
class NewsPostTest {

    /** A post of a Department of Science and Technology's portal, copied as text. */
    static final String POST = """
            Sơn Hà: Khai mạc Techfest 2024 - kết nối hệ sinh thái khởi nghiệp
            Thứ Hai, 15/04/2024 - 09:30

            Sáng ngày 13/4, tại Nhà Văn hóa Thanh niên tỉnh, Sở Khoa học và Công nghệ phối hợp với Tỉnh đoàn khai mạc Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh Sơn Hà năm 2024 (Techfest Sơn Hà 2024).

            Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2024 của UBND tỉnh, Ngày hội diễn ra trong hai ngày với chủ đề "Khởi nghiệp xanh - Lan tỏa giá trị bền vững".

            Tại Ngày hội, 40 gian hàng của doanh nghiệp khởi nghiệp, hợp tác xã và trường đại học được trưng bày.

            Dịp này, Ban Tổ chức phát động cuộc thi ý tưởng khởi nghiệp năm 2024; hạn nhận hồ sơ trước ngày 30/6/2024.

            Tin, ảnh: Minh Tâm
            Nguồn: Báo Sơn Hà
            """;

    @Test
    void eachPartOfThePostGoesToItsField() {
        ImportedDocument d = Importer.parseText(POST);
        assertNull(d.kind());
        assertEquals("Sơn Hà: Khai mạc Techfest 2024 – kết nối hệ sinh thái khởi nghiệp", d.title());
        assertEquals(LocalDate.of(2024, 4, 15), d.date());
        assertEquals("Minh Tâm", d.author());
        assertEquals("Báo Sơn Hà", d.source());
        assertNull(d.signer());
        assertTrue(d.lead().startsWith("Sáng ngày 13/4, tại Nhà Văn hóa Thanh niên tỉnh"), d.lead());
        assertEquals(List.of("Khởi nghiệp xanh – Lan tỏa giá trị bền vững"), d.themes());
        assertEquals(List.of("Kế hoạch số 45/KH-UBND ngày 10/3/2024 của UBND tỉnh"), d.basis());
        assertEquals(List.of("title", "lead"), d.check());
        List<LocalDate> days = new ArrayList<>();
        d.events().forEach(e -> days.add(e.start() != null ? e.start() : e.end()));
        assertTrue(days.contains(LocalDate.of(2024, 4, 13)), days.toString());
        assertFalse(days.contains(LocalDate.of(2024, 4, 15)), "the dateline is no event: " + days);
        assertFalse(days.contains(LocalDate.of(2024, 3, 10)), "the cited plan is no event: " + days);
        assertFalse(d.markdown().contains("09:30") || d.markdown().contains("Minh Tâm") || d.markdown().contains("Báo Sơn Hà"), d.markdown());
    }

    @Test
    void theJsonHasTheNewFieldsAfterTheCampaign() {
        JsonObject doc = JsonParser.parseString(ImportJson.write(Importer.parseText(POST))).getAsJsonObject().getAsJsonObject("doc");
        List<String> keys = new ArrayList<>(doc.keySet());
        assertEquals(List.of("campaign", "author", "source", "lead", "check"), keys.subList(keys.size() - 5, keys.size()));
        assertEquals("Minh Tâm", doc.get("author").getAsString());
        assertEquals("Báo Sơn Hà", doc.get("source").getAsString());
        assertEquals(2, doc.getAsJsonArray("check").size());
        assertTrue(doc.get("kind").isJsonNull() && doc.get("signer").isJsonNull());
        assertEquals(15, doc.getAsJsonObject("issued").get("day").getAsInt());
    }

    @Test
    void aPlanHasNoAuthorSourceOrLeadInItsJson() {
        JsonObject doc = JsonParser.parseString(ImportJson.write(Importer.parseText("SỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 12/KH-SKHCN\n"
                + "Sơn Hà, ngày 2 tháng 4 năm 2024\n\nKẾ HOẠCH\nTổ chức Hội thảo khởi nghiệp\n\nI. NỘI DUNG\n\nHội thảo ngày 20/4/2024.\n")))
                .getAsJsonObject().getAsJsonObject("doc");
        assertTrue(doc.get("author").isJsonNull() && doc.get("source").isJsonNull() && doc.get("lead").isJsonNull());
        assertEquals(0, doc.getAsJsonArray("check").size());
    }

    @Test
    void thePageWrittenCarriesAuthorSourceAndWhatToCheckAsCommentsAndBuilds(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("techfest.txt");
        Files.writeString(file, POST, StandardCharsets.UTF_8);
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path index = PageBundle.plan(Importer.read(file), site, "tin-tuc", Set.of(), LocalDate.of(2025, 1, 1)).write();
        String md = Files.readString(index);
        assertTrue(md.contains("title: \"Sơn Hà: Khai mạc Techfest 2024 – kết nối hệ sinh thái khởi nghiệp\"\n"), md);
        assertTrue(md.contains("\n# cần kiểm tra: title (Loa đoán tiêu đề"), md);
        assertTrue(md.contains("summary (lấy từ đoạn mở đầu"), md);
        assertTrue(md.contains("\ndate: 2024-04-15\n"), md);
        assertTrue(md.contains("\nsummary: \"Sáng ngày 13/4, tại Nhà Văn hóa Thanh niên tỉnh"), md);
        assertTrue(md.contains("\n# tác giả: Minh Tâm\n# nguồn: Báo Sơn Hà\n"), md);
        assertFalse(md.contains("\nauthor:") || md.contains("\nsigner:"), "the content model has no author; a post no signer");
        BuildResult r = Builder.build(BuildOptions.of(site).withDrafts(true).withToday(LocalDate.of(2025, 1, 1)));
        assertEquals(1, r.pages());
    }

    @Test
    void aPlansPageTitleIsItsKindAndSubject(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("ke-hoach.txt");
        Files.writeString(file, "SỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 30/KH-SKHCN\nSơn Hà, ngày 2 tháng 4 năm 2024\n\nKẾ HOẠCH\n"
                + "TỔ CHỨC CÁC HOẠT ĐỘNG HƯỞNG ỨNG NGÀY KH&CN VIỆT NAM 18/5\n\nI. CHỦ ĐỀ\n\nChủ đề: \"Khoa học - Công nghệ vì cộng đồng\".\n",
                StandardCharsets.UTF_8);
        Path site = Files.createDirectories(tmp.resolve("site"));
        String md = PageBundle.plan(Importer.read(file), site, "ke-hoach", Set.of(), LocalDate.of(2025, 1, 1)).indexMd();
        assertTrue(md.startsWith("---\ntitle: \"Kế hoạch tổ chức các hoạt động hưởng ứng Ngày KH&CN Việt Nam 18/5\"\n"
                + "# cần kiểm tra: title"), md);
        assertTrue(md.contains("themes:\n  - \"Khoa học – Công nghệ vì cộng đồng\"\n"), md);
    }
}

package vn.loa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a deterministic synthetic portal for benchmarks: Vietnamese prose, front matter,
 * tables and events; 80% news, 20% plans, spread over both campaigns and many years. The same
 * page count always gives the same files.
 */
public final class CorpusGenerator {

    private static final String[] WORDS = ("khoa học công nghệ đổi mới sáng tạo phát triển kinh tế xã hội doanh nghiệp "
            + "nghiên cứu ứng dụng chuyển giao hội thảo tọa đàm triển lãm sản phẩm tiêu biểu tỉnh huyện thành phố "
            + "cán bộ viên chức người lao động tuyên truyền phổ biến kiến thức tiêu chuẩn đo lường chất lượng sở hữu trí tuệ "
            + "khởi nghiệp hệ sinh thái chuyển đổi số dữ liệu nền tảng hợp tác quốc tế nhiệm vụ đề tài dự án kinh phí "
            + "thực hiện kế hoạch năm trọng tâm hiệu quả thiết thực tiết kiệm đơn vị phòng trung tâm thông tin").split(" ");
    private static final String[] UNITS = {"Văn phòng Sở", "Phòng Quản lý Khoa học", "Phòng Quản lý Công nghệ và Sở hữu trí tuệ",
            "Trung tâm Thông tin và Ứng dụng khoa học công nghệ", "Chi cục Tiêu chuẩn Đo lường Chất lượng",
            "Phòng Kế hoạch - Tài chính", "Liên hiệp các Hội khoa học và kỹ thuật tỉnh"};
    private static final String[] TAGS = {"hội thảo", "khởi nghiệp", "chuyển đổi số", "sở hữu trí tuệ", "tiêu chuẩn",
            "truyền thông", "triển lãm", "đào tạo", "nghiên cứu", "doanh nghiệp", "giải thưởng", "hợp tác"};
    private static final String[][] CAMPAIGNS = {{"ngay-sang-tao", "4", "15", "Ngày Sáng tạo và Đổi mới sáng tạo thế giới"},
            {"ngay-khcn", "5", "15", "Ngày Khoa học và Công nghệ Việt Nam"}};

    private CorpusGenerator() {
    }

    /** Writes {@code pages} pages under {@code root/content}, one news post in ten with a photo. */
    public static void generate(Path root, int pages) throws IOException {
        generate(root, pages, true);
    }

    /**
     * Writes {@code pages} pages under {@code root/content}; without {@code withPhotos}, the same pages
     * with no photo and no image line (a text-only portal, where photo processing does not hide
     * the cost of the rest).
     */
    public static void generate(Path root, int pages, boolean withPhotos) throws IOException {
        Path content = root.resolve("content");
        Files.createDirectories(content.resolve("ke-hoach"));
        Files.createDirectories(content.resolve("tin-tuc"));
        Files.writeString(content.resolve("site.yaml"), """
                title: Cổng thông tin thử nghiệm hiệu năng
                description: Kho nội dung tổng hợp để đo tốc độ của Loa.
                base_url: https://bench.example.vn/
                organisation: {name: Sở Khoa học và Công nghệ tỉnh Thử Nghiệm, parent: UBND tỉnh Thử Nghiệm}
                menu:
                  - {title: Trang chủ, url: /}
                  - {title: Kế hoạch, url: /ke-hoach/}
                  - {title: Tin tức, url: /tin-tuc/}
                """, StandardCharsets.UTF_8);
        Random random = new Random(42);
        java.util.Map<Integer, byte[]> photos = new java.util.HashMap<>();
        for (int i = 0; i < pages; i++) {
            boolean plan = i % 5 == 0;
            // As in a real department: most plans are routine; a few each year belong to a campaign.
            boolean campaignPlan = plan && i % 50 == 0;
            int year = 2010 + (i % 16);
            String[] campaign = CAMPAIGNS[(i / 5) % 2];
            String name = (plan ? "ke-hoach-" : "tin-") + i;
            Path file = content.resolve(plan ? "ke-hoach" : "tin-tuc").resolve(name + ".md");
            String text = plan ? plan(i, year, campaignPlan ? campaign : null, random) : news(i, year, campaign, random);
            if (withPhotos && !plan && i % 10 == 1) {
                // One news post in ten shows a photo with a caption, as a department's news does.
                Files.createDirectories(content.resolve("anh"));
                // Past 10,000 pages the photos of the first 10,000 come again (the same bytes, processed
                // once): drawing and encoding a photo costs the same at any size of site.
                Files.write(content.resolve("anh").resolve("tin-" + i + ".jpg"),
                        photos.computeIfAbsent(i % PHOTO_PERIOD, CorpusGenerator::photoOf));
                text += "\n![Ảnh minh họa tin " + i + "](/anh/tin-" + i + ".jpg)\n*Đại biểu dự hội nghị. Ảnh: PV*\n";
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }

    /** Pages after which the photos repeat. */
    static final int PHOTO_PERIOD = 10_000;

    private static byte[] photoOf(int i) {
        try {
            return photo(i);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A photo for news post {@code i}: 1200, 1000 or 800 px wide, drawn with java.awt from {@code i}, the same bytes every time. */
    public static byte[] photo(int i) throws IOException {
        int w = 1200 - (i % 3) * 200;
        int h = w * 2 / 3;
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        Random r = new Random(i);
        g.setPaint(new java.awt.GradientPaint(0, 0, new java.awt.Color(r.nextInt(256), r.nextInt(256), r.nextInt(256)), w, h,
                new java.awt.Color(r.nextInt(256), r.nextInt(256), r.nextInt(256))));
        g.fillRect(0, 0, w, h);
        for (int k = 0; k < 40; k++) {
            g.setColor(new java.awt.Color(r.nextInt(256), r.nextInt(256), r.nextInt(256)));
            int s = 20 + r.nextInt(120);
            g.fillOval(r.nextInt(w), r.nextInt(h), s, s);
        }
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "jpeg", out);
        return out.toByteArray();
    }

    /** The file of news post {@code i} (i not a multiple of 5) in a generated corpus. */
    public static Path newsFile(Path root, int i) {
        return root.resolve("content").resolve("tin-tuc").resolve("tin-" + i + ".md");
    }

    /** A plan; {@code c} is its campaign, or null for a routine plan of the year. */
    private static String plan(int i, int year, String[] c, Random r) {
        LocalDate weekStart = c == null ? LocalDate.of(year, 1 + (i / 5) % 12, 10)
                : LocalDate.of(year, Integer.parseInt(c[1]), Integer.parseInt(c[2]));
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: ").append(c == null ? "Triển khai nhiệm vụ " + sentence(r, 6) : "Tổ chức các hoạt động hưởng ứng " + c[3])
                .append(" năm ").append(year).append(" (số ").append(i).append(")\n");
        sb.append("date: ").append(weekStart.minusDays(20)).append('\n');
        sb.append("summary: ").append(sentence(r, 20)).append('\n');
        if (c != null) {
            sb.append("campaign: ").append(c[0]).append('\n');
        }
        sb.append("tags: [").append(TAGS[r.nextInt(TAGS.length)]).append(", ").append(TAGS[r.nextInt(TAGS.length)]).append("]\n");
        sb.append("issuer: [UBND TỈNH THỬ NGHIỆM, SỞ KHOA HỌC VÀ CÔNG NGHỆ]\n");
        sb.append("number: ").append(i).append("/KH-SKHCN\n");
        sb.append("place: Thử Nghiệm\n");
        sb.append("basis: [\"Công văn số ").append(100 + i).append("/BKHCN-VP của Bộ Khoa học và Công nghệ\"]\n");
        sb.append("themes: [\"").append(capitalise(sentence(r, 10))).append("\"]\n");
        sb.append("slogans: [\"").append(capitalise(sentence(r, 8))).append("\"]\n");
        sb.append("recipients: [UBND tỉnh (b/c), Các phòng đơn vị thuộc Sở (t/h)]\n");
        sb.append("signer: {authority: KT. GIÁM ĐỐC, position: PHÓ GIÁM ĐỐC, name: Nguyễn Văn An}\n");
        sb.append("events:\n");
        for (int e = 0; e < 5; e++) {
            LocalDate d = weekStart.plusDays(e);
            sb.append("  - title: Hoạt động ").append(e + 1).append(" của kế hoạch ").append(i).append('\n');
            sb.append("    start: ").append(d).append(e % 2 == 0 ? "T08:00" : "").append('\n');
            if (e % 2 == 1) {
                sb.append("    part_of_day: chiều\n");
            }
            sb.append("    location: Hội trường Sở\n");
            sb.append("    lead: [").append(UNITS[r.nextInt(UNITS.length)]).append("]\n");
            sb.append("    partners: [").append(UNITS[r.nextInt(UNITS.length)]).append("]\n");
            sb.append("    source: \"Thời gian hoạt động ").append(e + 1).append(": ngày ").append(d.getDayOfMonth()).append('/').append(d.getMonthValue()).append("\"\n");
        }
        sb.append("---\n\n");
        sb.append("## I. MỤC ĐÍCH, YÊU CẦU\n\n");
        for (int p = 0; p < 3; p++) {
            sb.append("- ").append(capitalise(sentence(r, 25))).append(".\n");
        }
        sb.append("\n## II. NỘI DUNG HOẠT ĐỘNG\n\n");
        for (int e = 0; e < 5; e++) {
            LocalDate d = weekStart.plusDays(e);
            sb.append("### ").append(e + 1).append(". ").append(capitalise(sentence(r, 6))).append("\n\n");
            sb.append(capitalise(sentence(r, 40))).append(". Thời gian hoạt động ").append(e + 1).append(": ngày ")
                    .append(d.getDayOfMonth()).append('/').append(d.getMonthValue()).append(".\n\n");
        }
        sb.append("| Stt | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n");
        for (int row = 1; row <= 5; row++) {
            sb.append("| ").append(row).append(" | ").append(capitalise(sentence(r, 8))).append(" | ")
                    .append(UNITS[r.nextInt(UNITS.length)]).append(" | Tháng ").append(weekStart.getMonthValue()).append(" |\n");
        }
        sb.append("\n## III. TỔ CHỨC THỰC HIỆN\n\n").append(capitalise(sentence(r, 60))).append(".\n");
        return sb.toString();
    }

    private static String news(int i, int year, String[] c, Random r) {
        LocalDate date = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: ").append(capitalise(sentence(r, 10))).append(" (tin ").append(i).append(")\n");
        sb.append("date: ").append(date).append('\n');
        sb.append("summary: ").append(capitalise(sentence(r, 25))).append('\n');
        if (i % 3 == 0) {
            sb.append("campaign: ").append(c[0]).append('\n');
        }
        sb.append("tags: [").append(TAGS[r.nextInt(TAGS.length)]).append(", ").append(TAGS[r.nextInt(TAGS.length)]).append("]\n");
        sb.append("---\n\n");
        for (int p = 0; p < 5; p++) {
            sb.append(capitalise(sentence(r, 45))).append(". ").append(capitalise(sentence(r, 30))).append(".\n\n");
        }
        sb.append("## ").append(capitalise(sentence(r, 5))).append("\n\n");
        sb.append("- ").append(sentence(r, 12)).append("\n- ").append(sentence(r, 12)).append("\n\n");
        sb.append("> ").append(capitalise(sentence(r, 20))).append(".\n");
        return sb.toString();
    }

    private static String sentence(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

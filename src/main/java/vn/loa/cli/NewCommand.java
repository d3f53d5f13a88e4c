package vn.loa.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.loa.LoaException;
import vn.loa.text.Vietnamese;

/** {@code loa new plan|news|page "Tiêu đề"}: a new Markdown file with a front matter skeleton. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Tạo bài mới: plan (kế hoạch), news (tin tức) hoặc page (trang).")
final class NewCommand implements Callable<Integer> {

    enum Kind { plan, news, page }

    @Parameters(index = "0", paramLabel = "LOẠI", description = "plan, news hoặc page")
    Kind kind;

    @Parameters(index = "1", paramLabel = "TIÊU_ĐỀ", description = "Tiêu đề có dấu, ví dụ \"Hội thảo đổi mới sáng tạo\"")
    String title;

    @Option(names = "--source", paramLabel = "DIR", description = "Thư mục gốc của cổng (chứa content/).")
    Path source = Path.of(".");

    @Option(names = "--today", hidden = true)
    LocalDate today;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String clean = Vietnamese.nfc(title).strip();
        String slug = Vietnamese.slugify(clean, 80);
        if (slug.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "tiêu đề '" + title + "' không có chữ hay số nào để đặt tên tệp");
        }
        String folder = switch (kind) {
            case plan -> "ke-hoach";
            case news -> "tin-tuc";
            case page -> "trang";
        };
        Path content = source.resolve("content");
        if (!Files.isDirectory(content)) {
            // Not a portal: creating content/ here would leave a stray folder wherever the command ran.
            throw new LoaException(Path.of("content"), 0, "không có thư mục content/ trong " + source.toAbsolutePath().normalize(),
                    "chạy lệnh trong thư mục của cổng thông tin (nơi có content/), hoặc chỉ ra nó bằng '--source THƯ_MỤC'");
        }
        Path file = content.resolve(folder).resolve(slug + ".md");
        Path bundle = content.resolve(folder).resolve(slug).resolve("index.md");
        for (Path existing : new Path[] {file, bundle}) {
            if (Files.exists(existing, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new LoaException(source.relativize(existing), 0, "tệp này đã có; Loa không ghi đè bài đang có",
                        "chọn một tiêu đề khác, hoặc mở tệp này để sửa");
            }
        }
        LocalDate date = today != null ? today : LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, skeleton(clean, date), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new LoaException(source.relativize(file), 0, "tệp này đã có; Loa không ghi đè bài đang có",
                    "chọn một tiêu đề khác, hoặc mở tệp này để sửa");
        }
        System.out.println("Đã tạo " + source.relativize(file).toString().replace('\\', '/'));
        return 0;
    }

    private String skeleton(String title, LocalDate date) {
        String quoted = "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: ").append(quoted).append('\n');
        if (kind != Kind.page) {
            sb.append("date: ").append(date).append('\n');
        }
        sb.append("summary: \"\"\n");
        if (kind != Kind.page) {
            sb.append("tags: []\n");
            sb.append("# campaign: ngay-khcn        # hoặc ngay-sang-tao\n");
        }
        if (kind == Kind.plan) {
            sb.append("kind: Kế hoạch\n")
              .append("issuer: [UBND TỈNH …, SỞ KHOA HỌC VÀ CÔNG NGHỆ]\n")
              .append("number: \"/KH-SKHCN\"        # điền số khi văn bản được ban hành\n")
              .append("place: \"\"\n")
              .append("basis: []\n")
              .append("themes: []\n")
              .append("slogans: []\n")
              .append("recipients: []\n")
              .append("signer: {authority: \"\", position: \"\", name: \"\"}\n")
              .append("events: []\n")
              .append("# events:\n")
              .append("#   - title: Tên hoạt động\n")
              .append("#     start: ").append(date).append("T08:00\n")
              .append("#     location: Địa điểm\n")
              .append("#     lead: [Đơn vị chủ trì]\n")
              .append("#     partners: [Đơn vị phối hợp]\n");
        }
        sb.append("draft: true\n");
        sb.append("---\n\n");
        sb.append(kind == Kind.plan ? "## I. MỤC ĐÍCH, YÊU CẦU\n\n## II. NỘI DUNG\n\n## III. TỔ CHỨC THỰC HIỆN\n" : "Nội dung bài viết.\n");
        return sb.toString();
    }
}

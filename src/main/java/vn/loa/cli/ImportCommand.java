package vn.loa.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.loa.LoaException;
import vn.loa.importer.ImportJson;
import vn.loa.importer.ImportedDocument;
import vn.loa.importer.Importer;
import vn.loa.importer.PageBundle;
import vn.loa.importer.QuoteLines;
import vn.loa.load.ContentLoader;
import vn.loa.load.EventSpec;
import vn.loa.load.Page;
import vn.loa.safety.Terminal;
import vn.loa.text.Json;

/**
 * {@code loa import FILE... [--section ke-hoach|tin-tuc] [--json] [--dry-run] [--source DIR]}: turns documents
 * ({@code .docx}, {@code .doc}, {@code .pdf}, {@code .txt}, {@code .md}, {@code .html}) into draft page bundles, or prints what it reads as JSON.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Nhập văn bản (.docx, .doc, .pdf, .txt, .md, .html) thành bài nháp: content/<mục>/<tên>/index.md, kèm tệp gốc khi là .docx, .doc, .pdf.",
            "Chữ gõ bằng bảng mã TCVN3 (.VnTime) hay VNI được chuyển sang Unicode.",
            "Nhận ra số, ngày, trích yếu, căn cứ, chủ đề, khẩu hiệu, nơi nhận, người ký và các hoạt động có ngày (events)."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "TỆP", description = "Văn bản cần nhập: .docx, .doc, .pdf (có lớp chữ), .txt, .md hoặc .html")
    List<Path> files;

    @Option(names = "--section", paramLabel = "MỤC", description = "ke-hoach (mặc định) hoặc tin-tuc")
    String section = "ke-hoach";

    @Option(names = "--json", description = "Không ghi gì; in mỗi văn bản thành một dòng JSON.")
    boolean json;

    @Option(names = "--dry-run", description = "Không ghi gì; in ra bài sẽ được tạo.")
    boolean dryRun;

    @Option(names = "--source", paramLabel = "DIR", description = "Thư mục gốc của cổng (chứa content/), mặc định thư mục hiện tại.")
    Path source = Path.of(".");

    @Option(names = "--today", hidden = true)
    LocalDate today;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!PageBundle.SECTIONS.contains(section)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "mục '" + section + "' không có; dùng --section ke-hoach hoặc --section tin-tuc");
        }
        LocalDate day = today != null ? today : LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Set<String> taken = json ? Set.of() : existingEventIds(source);
        int failed = 0;
        for (Path file : files) {
            try {
                importOne(file, out, day, taken);
            } catch (LoaException e) {
                err.println(Terminal.safe(e.getMessage()));
                failed++;
            } catch (java.io.UncheckedIOException e) {
                err.println(Terminal.safe(ErrorReporter.describe(e.getCause())));
                failed++;
            } catch (StackOverflowError e) {
                // A last resort: the limits where input is read (ImportLimits) should keep this from happening.
                err.println(Terminal.safe(new LoaException(file, 0, "văn bản quá phức tạp, Loa không đọc hết được (lồng nhau quá sâu)",
                        "chép phần nội dung sang một văn bản mới (Word) rồi lưu .docx và nhập lại").getMessage()));
                failed++;
            } catch (RuntimeException e) {
                err.println(Terminal.safe(file + ": lỗi: Loa gặp sự cố ngoài dự kiến khi nhập tệp này (" + e
                        + ") — cách sửa: đây là lỗi của Loa, không phải của văn bản; hãy gửi tệp và lệnh đã chạy cho người bảo trì Loa"));
                failed++;
            }
            out.flush();
            err.flush();
        }
        if (failed > 0 && files.size() > 1) {
            err.println("Nhập " + (files.size() - failed) + "/" + files.size() + " tệp; " + failed + " tệp lỗi (xem các dòng trên).");
            err.flush();
        }
        return failed == 0 ? 0 : Main.CONTENT_ERROR;
    }

    /** Reads one file and prints or writes what it holds; a failure is this file's alone. */
    private void importOne(Path file, PrintWriter out, LocalDate day, Set<String> taken) {
        if (!Files.isRegularFile(file)) {
            throw new LoaException(file, 0, Files.exists(file) ? "không phải tệp thường (thư mục, FIFO, thiết bị…)" : "không có tệp này",
                    "kiểm tra lại tên và đường dẫn của tệp");
        }
        Importer.Imported imported = Importer.read(file);
        if (json) {
            out.println(jsonLine(json(imported)));
            return;
        }
        PageBundle bundle = PageBundle.plan(imported, source, section, taken, day);
        if (!dryRun) {
            bundle.checkFree();
        }
        report(out, imported, bundle);
        if (dryRun) {
            out.println("--- " + Terminal.line(bundle.folder().resolve("index.md").normalize().toString()) + " (chưa ghi: --dry-run)");
            out.print(Terminal.safe(bundle.indexMd()));
            out.println("---");
        } else {
            Path written = bundle.write();
            out.println("Đã ghi " + Terminal.line(written.normalize().toString()) + " (draft: true — biên tập viên kiểm tra trước khi đăng)");
        }
    }

    /** The document as {@link ImportJson} writes it, each event with the line of the source that states it (or null). */
    private static String json(Importer.Imported imported) {
        Map<String, Object> m = ImportJson.toMap(imported.document());
        QuoteLines lines = QuoteLines.of(imported);
        for (Object e : (List<?>) m.get("events")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> event = (Map<String, Object>) e;
            event.put("line", lines.lineOf((String) event.get("source_quote")));
        }
        return Json.write(m);
    }

    /**
     * A JSON line with the characters a terminal would act on (C1 controls, bidi overrides) written as <code>&#92;u</code>
     * escapes: the same JSON value, safe to print ({@code Json} escapes the C0 controls already).
     */
    static String jsonLine(String json) {
        StringBuilder b = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (Terminal.unsafe(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Event ids the site already uses, so that imported events get ids of their own. */
    static Set<String> existingEventIds(Path source) {
        Set<String> ids = new HashSet<>();
        if (!Files.isDirectory(source.resolve("content"))) {
            return ids;
        }
        try {
            for (Page p : new ContentLoader(source, true).load().pages()) {
                for (EventSpec e : p.events()) {
                    ids.add(e.slug());
                }
            }
        } catch (RuntimeException e) {
            // A site with errors of its own: imported events keep their titles as ids.
        }
        return ids;
    }

    /** What was read, for the editor to review; every value from the document or its name is made safe to print. */
    static void report(PrintWriter out, Importer.Imported imported, PageBundle bundle) {
        ImportedDocument d = imported.document();
        out.println(Terminal.line(imported.file() + " → " + bundle.folder().resolve("index.md").normalize()));
        String pageTitle = PageBundle.pageTitle(d);
        out.println("  " + Terminal.line("Tiêu đề: " + (pageTitle == null ? "(không thấy tiêu đề)" : pageTitle)));
        List<String> check = PageBundle.checkLabels(d);
        if (!check.isEmpty()) {
            out.println("  " + Terminal.line("cần kiểm tra: " + String.join("; ", check)));
        }
        List<String> facts = new ArrayList<>();
        facts.add("Số: " + (d.number() == null ? "—" : d.number() + (d.number().startsWith("/") ? " (chưa điền số)" : "")));
        if (d.issued() != null) {
            facts.add((d.issued().place() == null ? "" : d.issued().place() + ", ") + "ngày "
                    + (d.issued().day() == null ? "… (để trống)" : d.issued().day()) + " tháng " + d.issued().month() + " năm " + d.issued().year());
        } else {
            facts.add("không thấy ngày ban hành");
        }
        facts.add("chiến dịch: " + (d.campaign() == null ? "—" : d.campaign()));
        out.println("  " + Terminal.line(String.join(" · ", facts)));
        out.println("  " + Terminal.line("căn cứ: " + d.basis().size() + " · chủ đề: " + d.themes().size() + " · khẩu hiệu: " + d.slogans().size()
                + " · mục: " + d.sections().size() + " · nơi nhận: " + d.recipients().size()
                + (d.signer() == null ? " · không thấy người ký" : " · ký: " + join(d.signer().authority(), d.signer().position(), d.signer().name()))));
        ImportReview.print(out, d.events(), QuoteLines.of(imported));
        for (String note : bundle.notes()) {
            out.println("  chú ý: " + Terminal.line(note));
        }
        for (Importer.LocalFile f : imported.files()) {
            out.println("  kèm tệp: " + Terminal.line(f.name()));
        }
    }

    private static String join(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null) {
                out.add(p);
            }
        }
        return String.join(" / ", out);
    }
}

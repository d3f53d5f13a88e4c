package vn.loa.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.loa.LoaException;
import vn.loa.editor.DocumentImport;
import vn.loa.importer.Importer;
import vn.loa.importer.PageBundle;
import vn.loa.safety.Terminal;

/** {@code loa import} for the editor: the same reading, bundle and review, for a document uploaded in the browser. */
final class EditorImport implements DocumentImport {

    private final Path source;

    EditorImport(Path source) {
        this.source = source.toAbsolutePath().normalize();
    }

    @Override
    public Result run(Path file, String section) {
        if (!PageBundle.SECTIONS.contains(section)) {
            throw new LoaException(file.getFileName(), 0, "mục '" + section + "' không nhận văn bản nhập", "chọn Kế hoạch hoặc Tin tức");
        }
        Importer.Imported imported = Importer.read(file);
        PageBundle bundle = PageBundle.plan(imported, source, section, ImportCommand.existingEventIds(source),
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        Path index = bundle.write();
        StringWriter review = new StringWriter();
        ImportCommand.report(new PrintWriter(review), imported, bundle);
        List<String> lines = review.toString().lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).map(Terminal::line).toList();
        String slug = bundle.folder().getFileName().toString();
        return new Result(source.relativize(index.toAbsolutePath().normalize()).toString().replace('\\', '/'), section, slug + "/index", lines);
    }
}

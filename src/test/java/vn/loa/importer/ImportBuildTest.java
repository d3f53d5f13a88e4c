package vn.loa.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.engine.BuildOptions;
import vn.loa.engine.BuildResult;
import vn.loa.engine.Builder;

/** Every corpus document, imported into a site of its own, builds: front matter valid, event sources in the body. */
class ImportBuildTest {

    @Test
    void everyImportedBundleBuilds(@TempDir Path tmp) throws Exception {
        for (Path doc : Corpus.documents(tmp)) {
            Path site = Files.createDirectories(tmp.resolve("site-" + doc.getFileName()));
            PageBundle bundle = PageBundle.plan(Importer.read(doc), site, "ke-hoach", Set.of(), LocalDate.of(2025, 1, 1));
            Path index = bundle.write();
            assertTrue(Files.readString(index).contains("draft: true"), doc.toString());
            BuildResult r = Builder.build(BuildOptions.of(site).withDrafts(true).withToday(LocalDate.of(2025, 1, 1)));
            assertEquals(1, r.pages(), doc + " builds one page");
            boolean published = Importer.PUBLISHED.contains(Importer.extension(doc));
            try (var files = Files.list(index.getParent())) {
                assertEquals(published, files.anyMatch(f -> f.getFileName().toString().equals(HtmlArticle.uniqueName(
                        doc.getFileName().toString(), new java.util.HashSet<>()))), doc + ": a Word document is copied beside "
                        + "index.md, a text or HTML working copy is not");
            }
        }
    }

    @Test
    void theHtmlPagesLocalImageAndAttachmentAreCopiedAndLinked(@TempDir Path tmp) throws Exception {
        Importer.Imported imported = Importer.read(Corpus.DIR.resolve("06-ke-hoach-cu.html"));
        PageBundle bundle = PageBundle.plan(imported, tmp, "tin-tuc", Set.of(), LocalDate.of(2025, 1, 1));
        Path index = bundle.write();
        Path folder = index.getParent();
        assertTrue(Files.exists(folder.resolve("anh-trien-lam.jpg")));
        assertTrue(Files.exists(folder.resolve("06-ke-hoach-so-19.pdf")));
        assertTrue(!Files.exists(folder.resolve("06-ke-hoach-cu.html.txt")) && !Files.exists(folder.resolve("06-ke-hoach-cu.html")),
                "the page saved from the old portal is a working copy, not a document to publish");
        assertTrue(bundle.notes().stream().anyMatch(n -> n.startsWith("tệp nhập '06-ke-hoach-cu.html' là bản chép để nhập")), bundle.notes()::toString);
        String md = Files.readString(index);
        assertTrue(md.contains("](anh-trien-lam.jpg)"), md);
        assertTrue(md.contains("](06-ke-hoach-so-19.pdf)"), md);
        assertTrue(md.contains("](https://skhcn.phulam.example.vn/van-ban/khac)"), "a portal path becomes absolute");
        assertTrue(!md.contains("missing.doc"), "a link to a file that is not there is dropped, its text kept");
        assertTrue(!md.contains("Trang chủ") && !md.contains("Bản quyền"), "menus and footer are not the article");
        Builder.build(BuildOptions.of(tmp).withDrafts(true));
    }
}

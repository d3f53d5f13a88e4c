package vn.loa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After Markdown files are saved, added, removed or renamed, the content is made from the last
 * load without walking {@code content/} again, and is what a whole load finds: the same pages in
 * the same order, the same drafts, the same errors. What cannot be told without a walk (a page
 * bundle, a photo, a folder) gives up, and the caller loads everything.
 */
class ContentReloadTest {

    static final String NEWS = "content/tin-tuc/hoi-thao-kinh-te-tuan-hoan-va-doi-moi-sang-tao.md";

    @TempDir
    Path root;

    ContentLoader.Loaded before;

    @BeforeEach
    void sample() throws IOException {
        Path from = Path.of("content");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path to = root.resolve("content").resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        before = new ContentLoader(root, false).loadAll();
        assertTrue(before.errors().isEmpty(), () -> before.errors().toString());
    }

    @Test
    void aNewPageTakesItsPlaceInFileOrder() {
        write("content/tin-tuc/ba-moi.md", "---\ntitle: Tin mới về đo lường\ndate: 2025-05-10\n---\n\nMột tin mới.\n");
        assertSameAsWholeLoad("content/tin-tuc/ba-moi.md");
    }

    @Test
    void aRemovedPageLeavesTheSite() {
        delete(NEWS);
        assertSameAsWholeLoad(NEWS);
    }

    @Test
    void aRenamedPageMovesToItsNewAddress() {
        move(NEWS, "content/tin-tuc/kinh-te-tuan-hoan.md");
        ContentLoader.Loaded now = assertSameAsWholeLoad(NEWS, "content/tin-tuc/kinh-te-tuan-hoan.md");
        assertTrue(now.content().pages().stream().anyMatch(p -> p.url().equals("/tin-tuc/kinh-te-tuan-hoan/")));
    }

    @Test
    void aPageMadeADraftIsNamedAsOneAndBack() {
        replace(NEWS, "---\n", "---\ndraft: true\n");
        ContentLoader.Loaded draft = assertSameAsWholeLoad(NEWS);
        assertTrue(draft.drafts().contains(Path.of(NEWS)), draft.drafts()::toString);
        before = draft;
        replace(NEWS, "draft: true\n", "");
        assertFalse(assertSameAsWholeLoad(NEWS).drafts().contains(Path.of(NEWS)));
    }

    @Test
    void twoPagesAtOneAddressAreTheErrorOfAWholeLoad() {
        write("content/tin-tuc/trung.md", "---\ntitle: Trùng địa chỉ\ndate: 2025-05-10\nslug: hoi-thao-kinh-te-tuan-hoan-va-doi-moi-sang-tao\n---\n\nMột tin.\n");
        ContentLoader.Loaded now = assertSameAsWholeLoad("content/tin-tuc/trung.md");
        assertFalse(now.errors().isEmpty(), "the same address twice is an error");
    }

    static final String TRAINING = "content/ke-hoach/ke-hoach-tap-huan-so-huu-tri-tue-2024.md";
    static final String KHCN_2023 = "content/ke-hoach/ke-hoach-ngay-khcn-2023.md";

    @Test
    void aPlanGoneBreaksThePostThatReportsOnItsEventAsAWholeLoadSays() {
        delete(TRAINING);
        assertFalse(assertSameAsWholeLoad(TRAINING).errors().isEmpty(), "a post reports on an event gone");
    }

    @Test
    void anEventIdTakenTwiceIsAnErrorAsAWholeLoadSays() {
        write("content/ke-hoach/them.md", read(KHCN_2023).replace("title: Tổ chức", "title: Bản sao kế hoạch"));
        assertFalse(assertSameAsWholeLoad("content/ke-hoach/them.md").errors().isEmpty(), "the same event ids in one campaign year");
    }

    @Test
    void anAddressLoaKeepsAnUnknownCampaignOrEventAreErrorsAsAWholeLoadSays() {
        write("content/tin-tuc/the.md", "---\ntitle: Trùng trang thẻ\ndate: 2025-05-10\nslug: ../the\n---\n\nMột tin.\n");
        write("content/tin-tuc/hoi-thao.md", "---\ntitle: Hội thảo\ndate: 2025-05-10\ncampaign: khong-co\nreports_on: [khong-co-su-kien]\n---\n\nMột tin.\n");
        assertFalse(assertSameAsWholeLoad("content/tin-tuc/the.md", "content/tin-tuc/hoi-thao.md").errors().isEmpty());
    }

    @Test
    void aMarkdownFileThatCameAndWentOrAHiddenOneChangesNothing() {
        write("content/tin-tuc/.ban-nhap.md", "---\ntitle: Ẩn\n---\n");
        Optional<ContentLoader.Loaded> now = reload("content/tin-tuc/tam-thoi.md", "content/tin-tuc/.ban-nhap.md");
        assertTrue(now.isPresent());
        assertEquals(before.content().pages(), now.get().content().pages());
    }

    @Test
    void whatOnlyAWalkTellsLoadsEverything() {
        write("content/tin-tuc/bai-co-anh/index.md", "---\ntitle: Bài có ảnh\ndate: 2025-05-10\n---\n\nẢnh.\n");
        assertTrue(reload("content/tin-tuc/bai-co-anh/index.md").isEmpty(), "a new bundle");
        write("content/tin-tuc/anh.jpg", "không phải ảnh");
        assertTrue(reload("content/tin-tuc/anh.jpg").isEmpty(), "a file that is not Markdown");
        assertTrue(reload("content/site.yaml").isEmpty(), "the settings");
        assertTrue(reload("themes/default/templates/base.peb").isEmpty(), "a theme's file");
        move("content/trang", "content/trang-cu");
        assertTrue(reload("content/trang").isEmpty(), "a folder of pages moved away");
    }

    private Optional<ContentLoader.Loaded> reload(String... files) {
        return new ContentLoader(root, false).reload(before, Stream.of(files).map(root::resolve).toList());
    }

    private ContentLoader.Loaded assertSameAsWholeLoad(String... files) {
        ContentLoader.Loaded now = reload(files).orElseThrow(() -> new AssertionError("gave up"));
        ContentLoader.Loaded whole = new ContentLoader(root, false).loadAll();
        assertEquals(whole.content().pages(), now.content().pages());
        assertEquals(whole.drafts(), now.drafts());
        assertEquals(messages(whole.errors()), messages(now.errors()));
        return now;
    }

    private static List<String> messages(List<vn.loa.LoaException> errors) {
        return errors.stream().map(Throwable::getMessage).toList();
    }

    private String read(String file) {
        try {
            return Files.readString(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String file, String text) {
        try {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void replace(String file, String from, String to) {
        try {
            String text = Files.readString(root.resolve(file), StandardCharsets.UTF_8);
            write(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(String file) {
        try {
            Files.delete(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void move(String from, String to) {
        try {
            Files.move(root.resolve(from), root.resolve(to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

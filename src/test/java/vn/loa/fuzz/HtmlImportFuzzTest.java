package vn.loa.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;

/**
 * HTML import: any bytes as a page saved from an old portal ({@code bai-viet.html} in a temporary folder that also
 * holds an image and an attachment it may link to), read by {@code loa import} (encoding, article, title and date,
 * local files, HTML to Markdown, the plan reader) and planned as a page bundle of each section. Nothing touches the
 * network.
 *
 * <p>Saved inputs: {@code src/test/resources/vn/loa/fuzz/HtmlImportFuzzTestInputs/htmlImport/}.
 */
class HtmlImportFuzzTest {

    private static final Path DIR = Scratch.folder("loa-fuzz-html");
    private static final Path PAGE = DIR.resolve("bai-viet.html");

    static {
        Scratch.write(DIR.resolve("anh-hoi-nghi.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9});
        Scratch.write(DIR.resolve("tai-lieu/ke-hoach so 12.pdf"), "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    @Timeout(20)
    @FuzzTest(maxDuration = "10m")
    void htmlImport(byte[] input) {
        Scratch.write(PAGE, input);
        ImportRun.importAndPlan(PAGE);
    }
}

package vn.loa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.loa.cli.TinySite.Run;

/** 13. A command line Loa cannot understand: exit 2, a Vietnamese message with a fix, nothing written. */
class UsageErrorsTest {

    @TempDir
    Path dir;

    private Run usageError(String... args) {
        TinySite site = new TinySite(dir);
        Map<String, String> before = TinySite.tree(dir);
        String[] full = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            full[i] = args[i].replace("SRC", site.source.toString()).replace("OUT", site.output.toString());
        }
        Run r = TinySite.run(full);
        assertEquals(2, r.exit(), r::toString);
        TinySite.assertSameTree(before, TinySite.tree(dir), "a usage error writes nothing");
        assertTrue(r.err().startsWith("lỗi: "), r::toString);
        assertTrue(r.err().contains(" — cách sửa: "), r::toString);
        assertTrue(r.err().contains("Cách dùng: "), () -> "the synopsis follows: " + r);
        assertFalse(r.err().contains("Unknown option") || r.err().contains("Invalid value") || r.err().contains("Missing required")
                || r.err().contains("Unmatched argument"), () -> "picocli's English messages are translated: " + r);
        return r;
    }

    @Test
    void anEchoedArgumentCannotDriveTheTerminal() {
        Run r = usageError("build", "--source", "SRC", "--output", "OUT", "--\u001b[2J\u001b]0;x\u0007\u202e");
        assertFalse(r.err().chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == 0x202e), r::toString);
        assertTrue(r.err().contains("\\u001B"), "shown as text: " + r);
    }

    @Test
    void unknownOption() {
        Run r = usageError("build", "--source", "SRC", "--output", "OUT", "--nhap");
        assertTrue(r.err().contains("'--nhap'"), r::toString);
        assertTrue(r.err().contains("loa build --help"), r::toString);
    }

    @Test
    void misspeltOptionGetsASuggestion() {
        Run r = usageError("build", "--sourse", "SRC");
        assertTrue(r.err().contains("'--source'"), r::toString);
    }

    @Test
    void unknownCommand() {
        Run r = usageError("biuld");
        assertTrue(r.err().contains("'biuld'"), r::toString);
        assertTrue(r.err().contains("build"), r::toString);
    }

    @ParameterizedTest
    @CsvSource({"bai-viet", "Plan", "ke-hoach", "''"})
    void newWithABadKind(String kind) {
        Run r = usageError("new", kind, "Hội thảo", "--source", "SRC");
        assertTrue(r.err().contains("plan, news, page"), r::toString);
    }

    @Test
    void newWithoutATitle() {
        Run r = usageError("new", "plan", "--source", "SRC");
        assertTrue(r.err().contains("TIÊU_ĐỀ"), r::toString);
        assertTrue(r.err().contains("loa new plan \""), r::toString);
    }

    @Test
    void newWithAnUnquotedTitle() {
        Run r = usageError("new", "news", "Hội", "thảo", "--source", "SRC");
        assertTrue(r.err().contains("ngoặc kép"), r::toString);
    }

    @Test
    void newWithATitleWithoutLettersOrDigits() {
        Run r = usageError("new", "news", "!!! ???", "--source", "SRC");
        assertTrue(r.err().contains("!!! ???"), r::toString);
    }

    @Test
    void badDateForToday() {
        Run r = usageError("build", "--source", "SRC", "--output", "OUT", "--today", "17/5/2024");
        assertTrue(r.err().contains("'--today'") && r.err().contains("2024-05-17"), r::toString);
    }

    @Test
    void badNumber() {
        Run r = usageError("bench", "--pages", "nghìn");
        assertTrue(r.err().contains("'--pages'"), r::toString);
    }

    @Test
    void missingOptionValue() {
        Run r = usageError("build", "--source");
        assertTrue(r.err().contains("--source"), r::toString);
    }

    @Test
    void helpIsNotAnError() {
        Run r = TinySite.run("build", "--help");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("--output"), r::toString);
    }

    @Test
    void noCommandPrintsUsageWithoutWarnings() {
        Run r = TinySite.run();
        assertEquals(0, r.exit(), r::toString);
        assertFalse(r.err().contains("WARN"), r::toString);
        assertTrue(r.out().contains("bench"), r::toString);
    }

    @Test
    void missingContentFolderIsAContentError() {
        Run r = TinySite.run("build", "--source", dir.resolve("khong-co").toString(), "--output", dir.resolve("site").toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("content/"), r::toString);
        assertTrue(r.err().contains("--source"), r::toString);
    }
}

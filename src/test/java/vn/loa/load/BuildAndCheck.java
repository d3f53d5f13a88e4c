package vn.loa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import vn.loa.cli.TinySite;
import vn.loa.cli.TinySite.Message;
import vn.loa.cli.TinySite.Run;

/**
 * One broken site run through {@code loa build} and {@code loa check}, each under a time limit (a hang fails the test
 * instead of stopping the suite), for the cases both commands must report the same way: the file, the line, what is
 * wrong and what to do, and no Java error.
 */
record BuildAndCheck(Run build, Run check) {

    /** Far above what these small sites take; only a hang or a runaway reaches it. */
    static final Duration LIMIT = Duration.ofSeconds(60);

    static BuildAndCheck of(TinySite site) {
        Run build = assertTimeoutPreemptively(LIMIT, () -> site.build());
        Run check = assertTimeoutPreemptively(LIMIT, () -> TinySite.run("check", "--source", site.source.toString()));
        return new BuildAndCheck(build, check);
    }

    /** The error lines of {@code loa check} (it prints them on standard output, {@code loa build} on standard error). */
    List<Message> checkErrors() {
        return new Run(check.exit(), "", check.out()).messages();
    }

    /**
     * Both commands failed with exit code 1, without a Java error, and each reported {@code file} at {@code line} with
     * every fragment in its message.
     */
    BuildAndCheck reports(String file, int line, String... fragments) {
        assertEquals(1, build.exit(), () -> "the build must fail: " + build);
        assertEquals(1, check.exit(), () -> "the check must fail: " + check);
        for (Run r : List.of(build, check)) {
            String all = r.out() + r.err();
            assertFalse(all.contains("Exception") || all.contains("Error") || all.contains("\tat ")
                    || all.contains("sự cố ngoài dự kiến"), () -> "no Java error may reach the user: " + r);
        }
        assertOne(build.messages(), file, line, "build", fragments);
        assertOne(checkErrors(), file, line, "check", fragments);
        return this;
    }

    private void assertOne(List<Message> messages, String file, int line, String command, String... fragments) {
        List<Message> about = messages.stream().filter(m -> m.file().equals(file)).toList();
        assertEquals(1, about.size(), () -> command + " reports " + file + " once:\n" + this);
        Message m = about.get(0);
        assertEquals(line, m.line(), () -> command + ": line of " + file + ":\n" + this);
        for (String f : fragments) {
            if (!(m.problem() + " — " + m.fix()).contains(f)) {
                fail(command + ": the message about " + file + " should contain '" + f + "':\n" + this);
            }
        }
        assertTrue(m.fix() != null && !m.fix().isBlank(), () -> command + ": says how to fix it:\n" + this);
    }

    @Override
    public String toString() {
        return "--- build\n" + build + "\n--- check\n" + check;
    }
}

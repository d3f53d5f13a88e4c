package vn.loa.check;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.loa.cli.Main;

/** Runs {@code loa} as a user would, through {@link Main#run}, with standard input, output and error captured. */
public record Cli(int exit, String out, String err) {

    public static Cli run(String... args) {
        return withInput(null, args);
    }

    /** Runs with {@code stdin} as standard input (UTF-8), or the real one when null. */
    public static synchronized Cli withInput(String stdin, String... args) {
        return withBytes(stdin == null ? null : stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    public static synchronized Cli withBytes(byte[] stdin, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            if (stdin != null) {
                System.setIn(new ByteArrayInputStream(stdin));
            }
            int exit = Main.run(args);
            System.out.flush();
            System.err.flush();
            return new Cli(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
    }

    /** The lines of standard output. */
    public List<String> lines() {
        return out.lines().toList();
    }
}

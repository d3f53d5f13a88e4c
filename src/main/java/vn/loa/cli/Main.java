package vn.loa.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code loa}: the command line. Exit codes: 0 success, 1 content errors, 2 usage errors. */
@Command(name = "loa", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Loa: trình tạo cổng thông tin tĩnh cho cơ quan nhà nước Việt Nam.",
        subcommands = {BuildCommand.class, ServeCommand.class, NewCommand.class, ImportCommand.class, CheckCommand.class,
                DatesCommand.class, PublishCommand.class, ServerConfigCommand.class, BenchCommand.class, HelpCommand.class})
public final class Main implements Runnable {

    public static final int CONTENT_ERROR = 1;
    public static final int USAGE_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        // A thread of its own that fails (the server's, the watcher's) says so in one line too.
        ErrorReporter reporter = new ErrorReporter();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> reporter.fatal(e,
                new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true),
                args.length > 0 ? args[0] : null));
        System.exit(run(reporter, args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        return run(new ErrorReporter(), args);
    }

    static int run(ErrorReporter reporter, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(reporter);
        cl.setParameterExceptionHandler(new UsageErrorReporter());
        UsageErrorReporter.localise(cl);
        return execute(cl, reporter, args);
    }

    /**
     * {@code cl.execute}, and no Java error past it: picocli hands only {@link Exception}s to the
     * execution handler and lets an {@link Error} (out of memory, stack overflow) through.
     */
    static int execute(CommandLine cl, ErrorReporter reporter, String... args) {
        try {
            return cl.execute(args);
        } catch (Throwable t) {
            return reporter.fatal(t, cl.getErr(), commandName(cl));
        }
    }

    /** The (sub)command that was running, as far as the arguments were parsed. */
    private static String commandName(CommandLine cl) {
        CommandLine.ParseResult parsed = cl.getParseResult();
        if (parsed == null) {
            return null;
        }
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return parsed.commandSpec().name();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"loa " + (v == null ? "dev" : v)};
        }
    }
}

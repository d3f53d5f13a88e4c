package vn.loa.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code loa}: the command line. Exit codes: 0 success, 1 content errors, 2 usage errors. */
@Command(name = "loa", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Loa: trình tạo cổng thông tin tĩnh cho cơ quan nhà nước Việt Nam.",
        subcommands = {BuildCommand.class, ServeCommand.class, NewCommand.class, ImportCommand.class, CheckCommand.class,
                DatesCommand.class, BenchCommand.class, HelpCommand.class})
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
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorReporter());
        cl.setParameterExceptionHandler(new UsageErrorReporter());
        UsageErrorReporter.localise(cl);
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"loa " + (v == null ? "dev" : v)};
        }
    }
}

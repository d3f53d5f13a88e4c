package vn.loa.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code loa help [LỆNH]}: the usage of Loa or of one of its commands, in Vietnamese. */
@Command(name = "help", helpCommand = true, description = "Hiện hướng dẫn của Loa hoặc của một lệnh, ví dụ: loa help build.")
final class HelpCommand implements Runnable {

    @Parameters(arity = "0..1", paramLabel = "LỆNH", description = "Lệnh cần xem hướng dẫn.")
    String command;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        CommandLine loa = spec.parent().commandLine();
        CommandLine target = command == null ? loa : loa.getSubcommands().get(command);
        if (target == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "không có lệnh '" + command + "'");
        }
        target.usage(spec.commandLine().getOut());
    }
}

package vn.loa.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command line that cannot be understood: says so in Vietnamese, in the same
 * {@code lỗi: … — cách sửa: …} form as content errors, shows the command's synopsis, and exits
 * with code 2.
 */
final class UsageErrorReporter implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        String command = cl.getCommandSpec().qualifiedName();
        String[] pf = explain(ex, cl, command);
        // The arguments are echoed: no control character or escape sequence of theirs reaches the terminal.
        err.println(vn.loa.safety.Terminal.safe("lỗi: " + pf[0] + " — cách sửa: " + pf[1]));
        CommandLine.Help help = cl.getHelp();
        err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The problem and its fix. */
    static String[] explain(CommandLine.ParameterException ex, CommandLine cl, String command) {
        String help = "xem cách dùng bằng '" + command + " --help'";
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            List<String> suggestions = u.getSuggestions();
            String maybe = suggestions.isEmpty() ? "" : "có phải ý bạn là '" + String.join("' hoặc '", suggestions) + "'? ";
            if (u.isUnknownOption() || first.startsWith("-")) {
                return new String[] {"lệnh '" + command + "' không có tùy chọn '" + first + "'", maybe + help};
            }
            if (!cl.getSubcommands().isEmpty()) {
                return new String[] {"không có lệnh '" + first + "'",
                        maybe + "dùng một trong: " + String.join(", ", cl.getSubcommands().keySet())};
            }
            return new String[] {"thừa tham số '" + String.join(" ", unmatched) + "'",
                    "nếu một giá trị có dấu cách (như tiêu đề) thì đặt cả giá trị trong ngoặc kép; " + help};
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            String missing = m.getMissing().stream().map(UsageErrorReporter::name).collect(Collectors.joining(", "));
            String fix = command.endsWith(" new") ? "viết ví dụ: loa new plan \"Kế hoạch tổ chức Ngày Khoa học và Công nghệ 2026\"" : help;
            return new String[] {"thiếu " + missing, fix};
        }
        if (ex instanceof CommandLine.OverwrittenOptionException) {
            return new String[] {"một tùy chọn được viết hai lần (" + ex.getMessage() + ")", "chỉ viết mỗi tùy chọn một lần"};
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            return new String[] {"giá trị '" + ex.getValue() + "' không hợp lệ cho " + name(arg), expected(arg, help)};
        }
        String message = ex.getMessage() == null ? "" : ex.getMessage();
        return new String[] {message, help};
    }

    private static String expected(ArgSpec arg, String help) {
        Class<?> type = arg.type();
        if (type.isEnum()) {
            return "dùng một trong: " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "viết ngày theo dạng năm-tháng-ngày, ví dụ 2024-05-17";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "viết một số nguyên, ví dụ 10";
        }
        return help;
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec o) {
            return "tùy chọn '" + o.longestName() + "'";
        }
        if (arg instanceof PositionalParamSpec p) {
            return p.paramLabel();
        }
        return String.valueOf(arg);
    }

    /** All subcommands, for headings in Vietnamese. */
    static void localise(CommandLine cl) {
        cl.setResourceBundle(java.util.ResourceBundle.getBundle("vn.loa.cli.Messages"));
        List<CommandLine> all = new ArrayList<>();
        all.add(cl);
        for (int i = 0; i < all.size(); i++) {
            all.addAll(all.get(i).getSubcommands().values());
        }
        for (CommandLine c : all) {
            c.getCommandSpec().usageMessage()
                    .synopsisHeading("Cách dùng: ")
                    .commandListHeading("Các lệnh:%n")
                    .optionListHeading("Tùy chọn:%n");
        }
    }
}

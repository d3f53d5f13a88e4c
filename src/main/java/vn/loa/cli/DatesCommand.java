package vn.loa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.loa.dates.DateExpression;
import vn.loa.dates.VietnameseDateReader;
import vn.loa.text.Vietnamese;

/**
 * {@code loa dates TEXT [--year Y]}: how Loa reads the dates of a sentence, one JSON object a line, in the shape of
 * an {@code events} item of {@code loa import --json}:
 * {@code {"text", "kind", "start", "end", "time", "end_time", "part_of_day", "weekday_stated", "lead": [],
 * "partners": [], "location", "source_quote"}}, plus {@code "error": {"code", "message"}} for an impossible date
 * ({@code invalid-date}) or a stated weekday that contradicts the date ({@code weekday-mismatch}).
 *
 * <p>Only dates are read here, so {@code lead} and {@code partners} are always {@code []} and {@code location}
 * {@code null}; the importer fills them from the sentence around. Exit code 0 whenever the text was read, also when
 * it states an impossible date (the line says so); 2 for a usage error (no text, a year that is not one).
 */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = {"Xem Loa đọc ngày tháng trong một đoạn văn bản ra sao: mỗi biểu thức ngày một dòng JSON.",
                "Ngày không tồn tại hoặc thứ không khớp với ngày được ghi ở khóa \"error\"; lệnh vẫn trả mã 0."})
final class DatesCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "VĂN_BẢN",
            description = "Đoạn văn bản (nhiều từ được nối bằng dấu cách); '-' để đọc từ đầu vào chuẩn (stdin).")
    List<String> words;

    @Option(names = "--year", paramLabel = "NĂM",
            description = "Năm của văn bản, dùng cho ngày không ghi năm. Mặc định: năm hiện tại.")
    Integer year;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        int y = year != null ? year : LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        if (y < 1 || y > 9999) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Năm phải từ 1 đến 9999, không phải " + y);
        }
        String text;
        if (words.size() == 1 && words.get(0).equals("-")) {
            text = readStdin(System.in);
        } else {
            text = String.join(" ", words);
            if (text.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Cần một đoạn văn bản có ngày tháng, ví dụ: loa dates \"Chiều ngày 17/5/2024 (Thứ 6)\"");
            }
        }
        text = Vietnamese.nfc(text);
        StringBuilder out = new StringBuilder();
        for (DateExpression e : VietnameseDateReader.forYear(y).read(text)) {
            out.append(toJson(e)).append('\n');
        }
        System.out.print(out);
        System.out.flush();
        return 0;
    }

    /** The most standard input read: this command shows a passage, {@code loa import} reads whole documents. */
    static final int MAX_STDIN_BYTES = 1_000_000;

    /** UTF-8 (a BOM is dropped), line ends made LF, at most {@link #MAX_STDIN_BYTES}; anything else is a usage error. */
    private String readStdin(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_STDIN_BYTES + 1);
        if (bytes.length > MAX_STDIN_BYTES) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Văn bản đưa vào dài hơn 1 MB; loa dates dùng để xem từng đoạn, hãy đưa vào một đoạn ngắn hơn");
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return s.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Văn bản đưa vào không phải UTF-8; hãy lưu lại với mã hóa UTF-8");
        }
    }

    /**
     * One line of output: the keys of {@link DateExpression#toJson()} with {@code lead}, {@code partners} and
     * {@code location} added before {@code source_quote}, in the events item order of issue 4.
     */
    static String toJson(DateExpression e) {
        // Inside a JSON string every quote is escaped, so the first match is the key itself.
        return e.toJson().replaceFirst(", \"source_quote\": ",
                java.util.regex.Matcher.quoteReplacement(", \"lead\": [], \"partners\": [], \"location\": null, \"source_quote\": "));
    }
}

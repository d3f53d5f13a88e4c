package vn.loa.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import vn.loa.LoaException;

/**
 * Parses YAML into {@link YamlMap} values that remember the line of every key, so that a wrong
 * value can be reported at its line. Scalars stay strings unless the YAML core schema resolves
 * them to booleans, integers, floats or null; dates are read by the typed accessors.
 */
final class Yaml {

    /** Values in one YAML text, aliases counted each time they are used: far above any real front matter. */
    static final int MAX_VALUES = 200_000;

    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setAllowDuplicateKeys(false)
            .setSchema(new org.snakeyaml.engine.v2.schema.CoreSchema())
            .setMaxAliasesForCollections(BoundedYamlParser.MAX_ALIASES)
            .setCodePointLimit(8 * 1024 * 1024)
            .build();

    private Yaml() {
    }

    /**
     * Parses a YAML mapping. {@code firstLine} is the file line of the YAML's first line, so that
     * front matter reports lines of the whole file. An empty document is an empty map.
     */
    static YamlMap parseMapping(String yaml, Path file, int firstLine) {
        Node root;
        try {
            Composer composer = new Composer(SETTINGS,
                    new BoundedYamlParser(new ParserImpl(SETTINGS, new StreamReader(SETTINGS, new WholeCodePointReader(yaml)))));
            Optional<Node> single = composer.getSingleNode();
            if (single.isEmpty()) {
                return new YamlMap(file, firstLine, Collections.emptyMap(), Collections.emptyMap());
            }
            root = single.get();
        } catch (BoundedYamlParser.Limit e) {
            throw limitError(e, file, firstLine);
        } catch (MarkedYamlEngineException e) {
            throw syntaxError(e, yaml, file, firstLine);
        } catch (YamlEngineException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("exceeds the limit")) {
                throw new LoaException(file, firstLine, "phần YAML quá lớn (hơn " + SETTINGS.getCodePointLimit() + " ký tự)",
                        "phần đầu chỉ chứa thông tin về bài; đưa nội dung dài xuống phần nội dung sau dòng '---'");
            }
            throw new LoaException(file, firstLine, "cú pháp YAML sai (" + firstLineOf(message) + ")",
                    "kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép của các dòng 'khóa: giá trị'");
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new LoaException(file, line(root, firstLine), "phần đầu phải là các cặp 'khóa: giá trị'",
                    "viết mỗi thuộc tính trên một dòng, ví dụ 'title: Tiêu đề'");
        }
        return new Converter(file, firstLine).toMap(mapping);
    }

    /** A limit of {@link BoundedYamlParser} in plain Vietnamese, at its line. */
    private static LoaException limitError(BoundedYamlParser.Limit e, Path file, int firstLine) {
        int line = e.line + firstLine;
        return switch (e.kind) {
            case DEPTH -> new LoaException(file, line, "danh sách và nhóm lồng vào nhau quá sâu (hơn "
                    + BoundedYamlParser.MAX_DEPTH + " tầng '[', '{' hoặc thụt lề)",
                    "viết lại giá trị cho phẳng hơn; nếu giá trị là chữ bắt đầu bằng '[' hay '{' thì đặt cả giá trị trong ngoặc kép");
            case RECURSIVE_ALIAS -> new LoaException(file, line, "bí danh '*" + e.anchor + "' nằm ngay trong giá trị mang nhãn '&"
                    + e.anchor + "' nên giá trị chứa chính nó mãi không hết",
                    "bỏ '*" + e.anchor + "' và viết giá trị ra; nếu đây là chữ thì đặt cả giá trị trong ngoặc kép");
            case ALIASES -> new LoaException(file, line, "có quá nhiều bí danh ('*" + e.anchor + "') chép lại danh sách hay nhóm (tối đa "
                    + BoundedYamlParser.MAX_ALIASES + ")",
                    "viết các giá trị ra thay vì dùng '&nhãn' và '*nhãn'; nếu đây là chữ thì đặt cả giá trị trong ngoặc kép");
            case TAG -> new LoaException(file, line, "kiểu '!…' viết trước giá trị bắt đầu hoặc kết thúc bằng dấu cách hay ký tự vô hình"
                    + " (có lẽ viết bằng '%20', '%0A'…)",
                    "bỏ phần '!…' trước giá trị; nếu giá trị là chữ bắt đầu bằng '!' thì đặt cả giá trị trong ngoặc kép");
        };
    }

    /**
     * A YAML syntax error in plain Vietnamese, at the line an editor should look at: where a
     * quote or bracket was opened when it is never closed, else where the parser stopped.
     */
    static LoaException syntaxError(MarkedYamlEngineException e, String yaml, Path file, int firstLine) {
        String problem = firstLineOf(e.getProblem());
        String context = e.getContext() == null ? "" : firstLineOf(e.getContext());
        int problemLine = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + firstLine).orElse(firstLine);
        int contextLine = e.getContextMark().or(e::getProblemMark).map(m -> m.getLine() + firstLine).orElse(firstLine);
        String quote = quoteFix(e.getProblemMark().map(m -> lineOf(yaml, m.getLine())).orElse(""));
        if (context.contains("quoted scalar") && problem.contains("end of stream")) {
            return new LoaException(file, contextLine, "dấu ngoặc kép mở ở dòng này nhưng không được đóng lại",
                    "thêm dấu ngoặc kép đóng ở cuối giá trị; nếu trong giá trị có dấu ngoặc kép thì viết nó là \\\" hoặc dùng “ ”");
        }
        if (context.contains("quoted scalar") && problem.contains("escape")) {
            return new LoaException(file, problemLine, "trong ngoặc kép, dấu '\\' bắt đầu một ký tự đặc biệt không có (" + problem + ")",
                    "dùng ngoặc đơn thay cho ngoặc kép, hoặc viết '\\\\' thay cho '\\'");
        }
        if (context.contains("flow sequence") || context.contains("flow mapping")) {
            boolean list = context.contains("sequence");
            return new LoaException(file, contextLine, (list ? "danh sách mở bằng '[' " : "nhóm mở bằng '{' ")
                    + "không được đóng đúng cách bằng '" + (list ? "]" : "}") + "'",
                    "đóng " + (list ? "danh sách bằng ']'" : "nhóm bằng '}'") + " trên cùng dòng và ngăn các mục bằng dấu phẩy;"
                            + " mục có dấu ':' hoặc ',' cần đặt trong ngoặc kép");
        }
        if (problem.contains("mapping values are not allowed")) {
            String text = e.getProblemMark().map(m -> lineOf(yaml, m.getLine())).orElse("");
            if (text.matches("\\s+[\\p{L}_][\\p{L}\\p{N}_-]*:(\\s.*)?")) {
                return new LoaException(file, problemLine, "dòng này thụt vào nên bị hiểu là phần tiếp theo của giá trị ở dòng trên",
                        "bỏ các dấu cách ở đầu dòng để khóa '" + text.strip().substring(0, text.strip().indexOf(':'))
                                + ":' bắt đầu ở cùng cột với các khóa khác");
            }
            return new LoaException(file, problemLine, "có dấu ':' ở giữa giá trị, YAML hiểu nhầm là một khóa mới", quote);
        }
        if (problem.contains("TAB") || problem.contains("tab character")) {
            return new LoaException(file, problemLine, "dòng này thụt lề bằng phím Tab; YAML chỉ chấp nhận dấu cách",
                    "thay mỗi dấu Tab ở đầu dòng bằng hai dấu cách");
        }
        if (problem.contains("undefined alias") || context.contains("alias") || context.contains("anchor")) {
            return new LoaException(file, problemLine, "giá trị bắt đầu bằng '*' hoặc '&', là ký hiệu đặc biệt của YAML", quote);
        }
        if (problem.contains("cannot start any token")) {
            return new LoaException(file, problemLine, "giá trị bắt đầu bằng một ký tự YAML dành riêng (như '@', '`', '%')", quote);
        }
        if (context.contains("simple key") || problem.contains("could not find expected ':'")) {
            return new LoaException(file, contextLine, "thiếu dấu ':' sau tên khóa",
                    "viết mỗi dòng theo dạng 'khóa: giá trị', ví dụ 'title: Tiêu đề'");
        }
        if (context.contains("block scalar")) {
            return new LoaException(file, problemLine, "giá trị bắt đầu bằng '|' hoặc '>' là ký hiệu đoạn văn nhiều dòng của YAML", quote);
        }
        if (problem.contains("expected <block end>") && (problem.contains("block sequence") || problem.contains("'-'"))) {
            return new LoaException(file, problemLine, "mục danh sách '- ' ở dòng này thụt lề không khớp với các mục phía trên",
                    "thụt lề mọi dòng '- ' của cùng một danh sách bằng đúng số dấu cách như nhau");
        }
        if (problem.contains("expected <block end>") && problem.contains("<scalar>")) {
            return new LoaException(file, problemLine, "dòng này có chữ thừa sau một giá trị trong ngoặc kép, hoặc thụt lề sai",
                    "nếu giá trị có dấu ngoặc kép ở giữa thì đặt cả giá trị trong ngoặc đơn; nếu không, bỏ dấu cách thừa ở đầu dòng");
        }
        if (problem.contains("expected <block end>") || problem.contains("expected <block mapping")) {
            return new LoaException(file, problemLine, "dòng này thụt lề không khớp với các dòng phía trên",
                    "các khóa cùng cấp phải bắt đầu ở cùng một cột; dòng con thụt vào hai dấu cách so với khóa cha");
        }
        return new LoaException(file, problemLine, "cú pháp YAML sai ở dòng này (" + problem + ")",
                "kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép; giá trị có dấu ':' hoặc bắt đầu bằng '[', '{', '\"' cần đặt trong ngoặc kép");
    }

    /** "đặt cả giá trị trong ngoặc kép", with the offending line rewritten as the example. */
    private static String quoteFix(String line) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\s*(?:- )?[\\p{L}_][\\p{L}\\p{N}_-]*:)\\s+(.+)$").matcher(line);
        if (m.matches() && !m.group(2).strip().startsWith("\"")) {
            String value = m.group(2).strip().replace("\\", "\\\\").replace("\"", "\\\"");
            return "đặt cả giá trị trong ngoặc kép: '" + m.group(1).strip() + " \"" + value + "\"'";
        }
        return "đặt cả giá trị trong ngoặc kép, ví dụ 'summary: \"Thời gian: 8h00, ngày 17/5/2024\"'";
    }

    private static String lineOf(String text, int index) {
        String[] lines = text.split("\n", -1);
        return index >= 0 && index < lines.length ? lines[index] : "";
    }

    private static String firstLineOf(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static int line(Node node, int firstLine) {
        return node.getStartMark().map(Mark::getLine).orElse(0) + firstLine;
    }

    /** Nodes to values, with a budget on how many (aliases copy lists) and no forbidden character in any text. */
    private static final class Converter {
        private final Path file;
        private final int firstLine;
        private int count;

        Converter(Path file, int firstLine) {
            this.file = file;
            this.firstLine = firstLine;
        }

        YamlMap toMap(MappingNode mapping) {
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, Integer> lines = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof ScalarNode keyScalar)) {
                    throw new LoaException(file, line(keyNode, firstLine), "khóa phải là một chữ đơn", "đặt tên khóa như 'title' hoặc 'date'");
                }
                String key = text(keyScalar); // the text is NFC already (SourceText)
                if (values.containsKey(key)) {
                    throw new LoaException(file, line(keyNode, firstLine), "khóa '" + key + "' xuất hiện hai lần",
                            "giữ lại một dòng '" + key + ":' và xóa dòng kia");
                }
                values.put(key, toValue(tuple.getValueNode()));
                lines.put(key, line(keyNode, firstLine));
            }
            return new YamlMap(file, line(mapping, firstLine), values, lines);
        }

        private Object toValue(Node node) {
            if (++count > MAX_VALUES) {
                throw new LoaException(file, line(node, firstLine), "phần YAML có quá nhiều giá trị (hơn " + MAX_VALUES
                        + "), có lẽ vì các bí danh '*' chép đi chép lại một danh sách",
                        "viết các giá trị ra thay vì dùng '&nhãn' và '*nhãn', và bớt những giá trị không cần");
            }
            if (node instanceof MappingNode m) {
                return toMap(m);
            }
            if (node instanceof SequenceNode s) {
                List<Object> list = new ArrayList<>(s.getValue().size());
                for (Node item : s.getValue()) {
                    list.add(toValue(item));
                }
                return new YamlList(line(s, firstLine), Collections.unmodifiableList(list), lines(s, firstLine));
            }
            ScalarNode scalar = (ScalarNode) node;
            String text = text(scalar);
            Tag tag = scalar.getTag();
            if (Tag.NULL.equals(tag)) {
                return null;
            }
            if (Tag.BOOL.equals(tag)) {
                return Boolean.valueOf(text.toLowerCase(java.util.Locale.ROOT));
            }
            if (Tag.INT.equals(tag)) {
                try {
                    return Long.valueOf(text);
                } catch (NumberFormatException e) {
                    return text;
                }
            }
            if (Tag.FLOAT.equals(tag)) {
                try {
                    return Double.valueOf(text);
                } catch (NumberFormatException e) {
                    return text;
                }
            }
            return text;
        }

        /**
         * A scalar's text. The file holds no forbidden character ({@link SourceText}), but an escape inside double
         * quotes makes one: an escape such as backslash-e (ESC), backslash-x0b, backslash-uFFFE or backslash-0.
         */
        private String text(ScalarNode scalar) {
            String text = scalar.getValue();
            int bad = vn.loa.text.ControlChars.firstForbidden(text);
            if (bad >= 0) {
                throw new LoaException(file, line(scalar, firstLine), "giá trị có ký tự " + vn.loa.text.ControlChars.describe(text, bad)
                        + ", viết bằng một dấu '\\' trong ngoặc kép; ký tự này không hiện được trên trang và làm hỏng tệp tin RSS/Atom",
                        "xóa cách viết '\\…' đó khỏi giá trị");
            }
            return text;
        }
    }

    private static List<Integer> lines(SequenceNode s, int firstLine) {
        List<Integer> out = new ArrayList<>(s.getValue().size());
        for (Node item : s.getValue()) {
            out.add(line(item, firstLine));
        }
        return out;
    }
}

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

    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setAllowDuplicateKeys(false)
            .setSchema(new org.snakeyaml.engine.v2.schema.CoreSchema())
            .setMaxAliasesForCollections(10)
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
            Composer composer = new Composer(SETTINGS, new ParserImpl(SETTINGS, new StreamReader(SETTINGS, yaml)));
            Optional<Node> single = composer.getSingleNode();
            if (single.isEmpty()) {
                return new YamlMap(file, firstLine, Collections.emptyMap(), Collections.emptyMap());
            }
            root = single.get();
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + firstLine).orElse(firstLine);
            throw new LoaException(file, line, "YAML không hợp lệ: " + firstLineOf(e.getProblem()),
                    "kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép ở dòng này; giá trị có dấu ':' hoặc bắt đầu bằng '[', '{', '\"' cần đặt trong ngoặc kép");
        } catch (YamlEngineException e) {
            throw new LoaException(file, firstLine, "YAML không hợp lệ: " + firstLineOf(e.getMessage()),
                    "kiểm tra cú pháp YAML của phần đầu tệp");
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new LoaException(file, line(root, firstLine), "phần đầu phải là các cặp 'khóa: giá trị'",
                    "viết mỗi thuộc tính trên một dòng, ví dụ 'title: Tiêu đề'");
        }
        return toMap(mapping, file, firstLine);
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

    private static YamlMap toMap(MappingNode mapping, Path file, int firstLine) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                throw new LoaException(file, line(keyNode, firstLine), "khóa phải là một chữ đơn", "đặt tên khóa như 'title' hoặc 'date'");
            }
            String key = vn.loa.text.Vietnamese.nfc(keyScalar.getValue());
            if (values.containsKey(key)) {
                throw new LoaException(file, line(keyNode, firstLine), "khóa '" + key + "' xuất hiện hai lần",
                        "giữ lại một dòng '" + key + ":' và xóa dòng kia");
            }
            values.put(key, toValue(tuple.getValueNode(), file, firstLine));
            lines.put(key, line(keyNode, firstLine));
        }
        return new YamlMap(file, line(mapping, firstLine), values, lines);
    }

    private static Object toValue(Node node, Path file, int firstLine) {
        if (node instanceof MappingNode m) {
            return toMap(m, file, firstLine);
        }
        if (node instanceof SequenceNode s) {
            List<Object> list = new ArrayList<>(s.getValue().size());
            for (Node item : s.getValue()) {
                list.add(toValue(item, file, firstLine));
            }
            return new YamlList(line(s, firstLine), Collections.unmodifiableList(list), lines(s, firstLine));
        }
        ScalarNode scalar = (ScalarNode) node;
        String text = vn.loa.text.Vietnamese.nfc(scalar.getValue());
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

    private static List<Integer> lines(SequenceNode s, int firstLine) {
        List<Integer> out = new ArrayList<>(s.getValue().size());
        for (Node item : s.getValue()) {
            out.add(line(item, firstLine));
        }
        return out;
    }
}

package vn.loa.text;

import java.util.Collection;
import java.util.Map;

/**
 * A small JSON writer for what Loa emits (JSON-LD, the events file, the search index): maps,
 * collections, strings, numbers, booleans and null. Output is safe inside an HTML
 * {@code <script>} element: {@code <}, {@code >} and {@code &} are escaped.
 */
public final class Json {

    private Json() {
    }

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb);
        return sb.toString();
    }

    public static void write(Object value, StringBuilder sb) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            string(s, sb);
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                string(String.valueOf(e.getKey()), sb);
                sb.append(':');
                write(e.getValue(), sb);
            }
            sb.append('}');
        } else if (value instanceof Collection<?> c) {
            sb.append('[');
            boolean first = true;
            for (Object o : c) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                write(o, sb);
            }
            sb.append(']');
        } else {
            string(value.toString(), sb);
        }
    }

    public static void string(String s, StringBuilder sb) {
        sb.append('"');
        int copied = 0; // the characters before this index are in sb; those from it on need no escaping up to i
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            String escaped = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                default -> c < 0x20 || c == '\u2028' || c == '\u2029' ? String.format("\\u%04x", (int) c) : null;
            };
            if (escaped != null) {
                sb.append(s, copied, i).append(escaped);
                copied = i + 1;
            }
        }
        sb.append(s, copied, s.length()).append('"');
    }
}

package vn.loa.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loa.LoaException;

/**
 * A YAML mapping that knows the file and line of each key, with typed accessors that fail with
 * a {@link LoaException} naming that line and saying what kind of value is expected.
 */
public final class YamlMap {

    private final Path file;
    private final int line;
    private final Map<String, Object> values;
    private final Map<String, Integer> lines;

    YamlMap(Path file, int line, Map<String, Object> values, Map<String, Integer> lines) {
        this.file = file;
        this.line = line;
        this.values = values;
        this.lines = lines;
    }

    public Path file() {
        return file;
    }

    /** The line where this mapping starts. */
    public int line() {
        return line;
    }

    /** The line of a key, or of the mapping when the key is absent. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, line);
    }

    public boolean has(String key) {
        return values.get(key) != null;
    }

    public Set<String> keys() {
        return values.keySet();
    }

    public LoaException error(String key, String problem, String fix) {
        return new LoaException(file, lineOf(key), problem, fix);
    }

    public String string(String key) {
        Object v = values.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof YamlMap || v instanceof YamlList) {
            throw error(key, "'" + key + "' phải là một đoạn chữ, không phải danh sách hay nhóm",
                    "viết '" + key + ": nội dung' trên một dòng");
        }
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }

    public String requireString(String key, String fix) {
        String s = string(key);
        if (s == null) {
            throw error(key, "thiếu '" + key + "'", fix);
        }
        return s;
    }

    public boolean bool(String key, boolean fallback) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw error(key, "'" + key + "' phải là true hoặc false, không phải '" + v + "'", "viết '" + key + ": true' hoặc '" + key + ": false'");
    }

    public int integer(String key, int fallback) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        throw error(key, "'" + key + "' phải là một số nguyên, không phải '" + v + "'", "viết ví dụ '" + key + ": 10'");
    }

    /** A list of strings; a single string is accepted as a list of one. */
    public List<String> stringList(String key) {
        Object v = values.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof YamlList list) {
            List<String> out = new ArrayList<>(list.items().size());
            for (int i = 0; i < list.items().size(); i++) {
                Object item = list.items().get(i);
                if (item == null) {
                    continue;
                }
                if (item instanceof YamlMap || item instanceof YamlList) {
                    throw new LoaException(file, list.itemLines().get(i), "mỗi mục của '" + key + "' phải là một đoạn chữ",
                            "viết mỗi mục trên một dòng bắt đầu bằng '- '");
                }
                String s = item.toString().strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
            return List.copyOf(out);
        }
        if (v instanceof YamlMap) {
            throw error(key, "'" + key + "' phải là một danh sách", "viết '" + key + ": [mục 1, mục 2]' hoặc mỗi mục trên một dòng bắt đầu bằng '- '");
        }
        String s = v.toString().strip();
        return s.isEmpty() ? List.of() : List.of(s);
    }

    public YamlMap map(String key) {
        Object v = values.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof YamlMap m) {
            return m;
        }
        throw error(key, "'" + key + "' phải là một nhóm các cặp 'khóa: giá trị'", "thụt lề các dòng con của '" + key + ":' bằng hai dấu cách");
    }

    /** A list of mappings, such as {@code events:}. */
    public List<YamlMap> mapList(String key) {
        Object v = values.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof YamlList list)) {
            throw error(key, "'" + key + "' phải là một danh sách", "mỗi mục bắt đầu bằng '- ' trên một dòng mới");
        }
        List<YamlMap> out = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Object item = list.items().get(i);
            if (!(item instanceof YamlMap m)) {
                throw new LoaException(file, list.itemLines().get(i), "mỗi mục của '" + key + "' phải là một nhóm 'khóa: giá trị'",
                        "viết ví dụ '- title: …' rồi các dòng con thụt lề");
            }
            out.add(m);
        }
        return out;
    }

    /** A date {@code YYYY-MM-DD}; a date and time is accepted and its date kept. */
    public LocalDate date(String key) {
        DateTimeValue v = dateTime(key);
        return v == null ? null : v.date();
    }

    /** A date {@code YYYY-MM-DD} with an optional time {@code THH:MM} (or a space before the time). */
    public DateTimeValue dateTime(String key) {
        String s = string(key);
        if (s == null) {
            return null;
        }
        try {
            return DateTimeValue.parse(s);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw dateError(key, s);
        }
    }

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](.*))?");
    private static final java.util.regex.Pattern DMY_DATE = java.util.regex.Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:\\s+(.*))?");
    private static final String DATE_FORM = "viết ngày theo dạng năm-tháng-ngày, ví dụ '2024-05-17', hoặc kèm giờ '2024-05-17T14:00'";

    /** Says exactly what is wrong with a date: its form, a day the month lacks, or its time. */
    private LoaException dateError(String key, String s) {
        String text = s.strip();
        java.util.regex.Matcher dmy = DMY_DATE.matcher(text);
        if (dmy.matches()) {
            String iso = isoIfValid(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)), Integer.parseInt(dmy.group(1)));
            if (iso == null) {
                return error(key, "'" + key + ": " + text + "': " + dayProblem(Integer.parseInt(dmy.group(3)),
                        Integer.parseInt(dmy.group(2)), Integer.parseInt(dmy.group(1))), "sửa lại ngày, rồi " + DATE_FORM);
            }
            return error(key, "'" + key + ": " + text + "' viết theo kiểu ngày/tháng/năm; Loa cần năm-tháng-ngày",
                    "viết '" + key + ": " + iso + (dmy.group(4) != null ? "T" + dmy.group(4).strip() : "") + "'");
        }
        java.util.regex.Matcher ymd = ISO_DATE.matcher(text);
        if (ymd.matches()) {
            int y = Integer.parseInt(ymd.group(1));
            int m = Integer.parseInt(ymd.group(2));
            int d = Integer.parseInt(ymd.group(3));
            String wrong = dayProblem(y, m, d);
            if (wrong != null) {
                return error(key, "'" + key + ": " + text + "': " + wrong,
                        m < 1 || m > 12 ? "sửa tháng (số ở giữa, từ 1 đến 12); " + DATE_FORM : "sửa ngày (số cuối) cho đúng");
            }
            if (ymd.group(1).length() == 4 && (ymd.group(2).length() == 1 || ymd.group(3).length() == 1) && ymd.group(4) == null) {
                return error(key, "'" + key + ": " + text + "': tháng và ngày cần đủ hai chữ số",
                        "viết '" + key + ": " + String.format("%04d-%02d-%02d", y, m, d) + "'");
            }
            if (ymd.group(4) != null) {
                return error(key, "'" + key + ": " + text + "': giờ '" + ymd.group(4).strip() + "' không hợp lệ",
                        "viết giờ:phút từ 00:00 đến 23:59 sau chữ T, ví dụ '" + key + ": "
                                + String.format("%04d-%02d-%02d", y, m, d) + "T14:00'");
            }
        }
        return error(key, "'" + key + "' không phải là ngày hợp lệ: '" + text + "'", DATE_FORM);
    }

    /** Why year, month and day make no date ("tháng 2 năm 2024 chỉ có 29 ngày"), or null. */
    private static String dayProblem(int y, int m, int d) {
        if (m < 1 || m > 12) {
            return "không có tháng " + m;
        }
        int days = java.time.YearMonth.of(y, m).lengthOfMonth();
        if (d < 1) {
            return "không có ngày " + d;
        }
        return d > days ? "tháng " + m + " năm " + y + " chỉ có " + days + " ngày" : null;
    }

    private static String isoIfValid(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The mapping as plain Java values (maps, lists, strings), for templates. */
    public Map<String, Object> toPlain() {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, plain(v)));
        return out;
    }

    private static Object plain(Object v) {
        if (v instanceof YamlMap m) {
            return m.toPlain();
        }
        if (v instanceof YamlList l) {
            List<Object> out = new ArrayList<>(l.items().size());
            l.items().forEach(i -> out.add(plain(i)));
            return out;
        }
        return v;
    }

    /** A date with an optional time of day. */
    public record DateTimeValue(LocalDate date, LocalTime time) {
        static DateTimeValue parse(String s) {
            String t = s.strip();
            int sep = t.indexOf('T') > 0 ? t.indexOf('T') : t.indexOf(' ');
            if (sep < 0) {
                return new DateTimeValue(LocalDate.parse(t), null);
            }
            LocalDate d = LocalDate.parse(t.substring(0, sep));
            String time = t.substring(sep + 1).strip();
            if (time.length() > 5 && time.charAt(5) == ':') {
                time = time.substring(0, 5);
            }
            return new DateTimeValue(d, LocalTime.parse(time));
        }

        public LocalDateTime toDateTime() {
            return time == null ? date.atStartOfDay() : date.atTime(time);
        }
    }
}

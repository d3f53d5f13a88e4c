package vn.loa.theme;

import io.pebbletemplates.pebble.error.PebbleException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.loa.LoaException;

/**
 * Turns Pebble's exceptions into Loa's messages: the theme file and line at fault, the problem
 * in Vietnamese, and what to do. A missing template is blamed on the template that names it.
 */
final class TemplateErrors {

    private static final Pattern MISSING = Pattern.compile("templateName='([^']+)'|Could not find template \"([^\"]+)\"");
    private static final Pattern FILTER = Pattern.compile("Filter \\[(.+?)] does not exist");
    private static final Pattern FUNCTION = Pattern.compile("Function or Macro \\[(.+?)] does not exist");
    private static final Pattern TOKEN = Pattern.compile("Unexpected (?:token .*? of value )?\"(.*?)\"");
    private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\[(.*?)]");

    private TemplateErrors() {
    }

    static LoaException of(Theme theme, String template, PebbleException e) {
        String message = e.getPebbleMessage() == null ? e.getMessage() : e.getPebbleMessage();
        Matcher missing = MISSING.matcher(message);
        if (message.startsWith("Could not find template") && missing.find()) {
            String name = missing.group(1) != null ? missing.group(1) : missing.group(2);
            Theme.Reference ref = theme.referenceTo(name);
            if (ref == null) {
                return new LoaException(theme.describe(name), 0, "giao diện thiếu mẫu '" + name + "'",
                        "thêm tệp templates/" + name + " vào giao diện, hoặc khai báo 'extends: default' trong theme.yaml", e);
            }
            return new LoaException(ref.file(), ref.line(), "mẫu gọi tới '" + name + "' nhưng giao diện không có mẫu này",
                    "tạo tệp templates/" + name + ", hoặc sửa tên mẫu ở dòng này", e);
        }
        String file = e.getFileName() != null ? e.getFileName() : template;
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        String problem;
        String fix;
        Matcher m;
        if ((m = FILTER.matcher(message)).find()) {
            problem = "bộ lọc '" + m.group(1) + "' không có";
            fix = "dùng một bộ lọc có sẵn của Pebble hoặc của Loa (vn_date, short_date, iso_date, json…), xem docs/themes.md";
        } else if ((m = FUNCTION.matcher(message)).find()) {
            problem = "hàm hoặc macro '" + m.group(1) + "()' không có";
            fix = "dùng url(), abs_url() hoặc một hàm của Pebble; kiểm tra chính tả";
        } else if ((m = TOKEN.matcher(message)).find()) {
            problem = "cú pháp mẫu sai: '" + m.group(1) + "' không đúng chỗ";
            fix = "kiểm tra thẻ của mẫu ở dòng này: {{ biến }}, {% if điều_kiện %}…{% endif %}, {% for x in danh_sách %}…{% endfor %}";
        } else if ((m = CHARACTER.matcher(message)).find()) {
            problem = "cú pháp mẫu sai ở ký tự '" + m.group(1) + "'";
            fix = "trong mẫu, có thể một '{{' hoặc '{%' phía trên chưa được đóng bằng '}}' hoặc '%}'";
        } else {
            problem = "mẫu giao diện bị lỗi khi hiển thị (Pebble báo: " + message + ")";
            fix = "sửa biểu thức của mẫu ở dòng này";
        }
        return new LoaException(theme.describe(file), line, problem, fix, e);
    }
}

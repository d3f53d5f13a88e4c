package vn.loa.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of units as a plan writes it after {@code Chủ trì:} or {@code Phối hợp:}, split into units: on {@code ;}
 * always; on {@code ,} and {@code và} only where what follows is another unit ({@code Phòng …}, {@code Trung tâm …},
 * {@code Sở …}), so that {@code Trung tâm Nghiên cứu, Ứng dụng và Dịch vụ KH&CN} stays one unit.
 */
final class Units {

    /** Words that begin the name of a unit. */
    private static final Pattern UNIT = Pattern.compile("^(?:Phòng|Văn phòng|Trung tâm|Sở|Ban|UBND|Ủy ban|Uỷ ban|Các|Chi cục|Cục|Hội|"
            + "Liên hiệp|Liên đoàn|Trường|Đại học|Học viện|Viện|Báo|Đài|Đoàn|Tỉnh đoàn|Thành đoàn|Huyện đoàn|Chi đoàn|Công đoàn|"
            + "Bộ|Quỹ|Hiệp hội|Doanh nghiệp|Công ty|Tổng công ty|Hội đồng|Cổng|Tạp chí|Thanh tra|Bảo tàng|Thư viện|Nhà|Đội|Tổ|"
            + "Đơn vị|Lãnh đạo|Câu lạc bộ|Mặt trận|Công an|Bộ Chỉ huy|Ngân hàng|Bệnh viện|Khu|Cơ quan|Chi bộ|Đảng ủy|Đảng uỷ|"
            + "Văn phòng|Hợp tác xã|Tập đoàn|Mạng lưới|Nhóm|Ký túc xá|Cộng đồng|Hạt|Trạm|Phân hiệu|Phân viện|Đài Phát thanh)(?=\\s|$)");

    /**
     * A head noun governing two elected bodies joined by {@code và}: {@code Văn phòng HĐND và UBND huyện},
     * {@code Văn phòng Đoàn ĐBQH và HĐND tỉnh}, {@code Thường trực HĐND và UBND} — one office, not two units.
     */
    private static final Pattern BODY_LEFT = Pattern.compile("^\\s*\\S.*\\s(?:HĐND|Hội đồng nhân dân|Đoàn ĐBQH|Đoàn đại biểu Quốc hội)\\s*$");
    private static final Pattern BODY_RIGHT = Pattern.compile("^(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)(?=\\s|$)");

    private Units() {
    }

    /** Whether the text starts with the name of a unit ({@code Phòng …}, {@code Các phòng …}, {@code UBND …}). */
    static boolean startsWithUnit(String text) {
        String t = text.strip();
        if (t.startsWith("Hội đồng ") || t.startsWith("Ban Tổ chức") || t.startsWith("Ban Chỉ đạo")) {
            return true; // "Hội" matches first in UNIT, and "đồng …" is lower case
        }
        Matcher m = UNIT.matcher(t);
        return m.find() && namedAfter(t, m.end());
    }

    static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        String v = value.strip();
        v = v.replaceFirst("(?i)^(?:đồng chủ trì|chủ trì|phối hợp)\\s*[:,]?\\s*", "");
        for (String part : v.split(";")) {
            List<String> pieces = splitOn(part, ",");
            for (String piece : pieces) {
                for (String unit : splitOn(piece, " và ")) {
                    String u = Inline.stripClosing(unit.replaceFirst("^\\s*(?:với|cùng)\\s+", "")).strip();
                    if (!u.isEmpty()) {
                        out.add(u);
                    }
                }
            }
        }
        return out;
    }

    /** "Phòng Hành chính", "Sở Nội vụ", "Các phòng", "UBND các huyện" — but not "Sở hữu trí tuệ". */
    private static boolean namedAfter(String piece, int at) {
        String word = piece.substring(0, at);
        String rest = piece.substring(at).strip();
        if (rest.isEmpty() || word.equals("Các") || word.equals("UBND") || word.equals("Công đoàn") || word.equals("Lãnh đạo")
                || word.equals("Đơn vị") || word.equals("Hội đồng")) {
            return true;
        }
        int cp = rest.codePointAt(0);
        return Character.isUpperCase(cp) || Character.isDigit(cp);
    }

    /** Splits on the separator only where every piece after the first begins with a unit word. */
    private static List<String> splitOn(String text, String sep) {
        String[] pieces = text.split(Pattern.quote(sep), -1);
        if (pieces.length == 1) {
            return List.of(text);
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder(pieces[0]);
        for (int i = 1; i < pieces.length; i++) {
            String p = pieces[i].strip();
            Matcher m = UNIT.matcher(p);
            boolean unit = m.find() && !cur.toString().isBlank() && namedAfter(p, m.end())
                    && !(sep.equals(" và ") && BODY_LEFT.matcher(cur).matches() && BODY_RIGHT.matcher(p).find());
            // "Các phòng, đơn vị thuộc Sở" is one group: a lower-case piece continues the unit.
            if (unit) {
                out.add(cur.toString());
                cur = new StringBuilder(p);
            } else {
                cur.append(sep).append(pieces[i]);
            }
        }
        out.add(cur.toString());
        return out;
    }
}

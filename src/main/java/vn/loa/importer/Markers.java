package vn.loa.importer;

import java.util.regex.Pattern;

/** The markers that open a line of an official document's body: its numbering, bullets and labels. */
final class Markers {

    /** {@code I. MỤC ĐÍCH}: a Roman numeral, its rest in group 2. */
    static final Pattern ROMAN = Pattern.compile("^(X{0,2}(?:IX|IV|V?I{0,3}))\\s*[.:/)\\-–]\\s*(\\S.*)$");
    /** {@code 1.}, {@code 2.1.}, {@code 3)}: number, terminator, rest. */
    static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})(\\.|\\))?\\s*(\\S.*)$");
    /** {@code a) …} */
    static final Pattern LETTER = Pattern.compile("^[a-zđ]\\)\\s*\\S.*");
    /** A bullet, a second bullet ({@code - +}) and the rest. */
    static final Pattern BULLET = Pattern.compile("^([-+•–—·●○▪◦∙►➢✓»])(?:\\s*([-+])(?=\\s))?\\s*(?=\\S)(.*)$");
    /** A label of an activity's details ({@code Thời gian:}, {@code Chủ trì:} …), on folded text. */
    static final Pattern LABEL = Pattern.compile("^(?:thoi gian|thoi han|chu tri|phoi hop|dia diem|don vi|co quan|thanh phan|"
            + "noi dung|hinh thuc|kinh phi|doi tuong|quy mo|san pham|tien do|so luong|yeu cau)[^:]{0,40}:.*");

    private Markers() {
    }
}

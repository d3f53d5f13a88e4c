package vn.loa.dates;

/**
 * A keyword, matched against a word token either exactly (tone marks as in the keyword) or, when the token is written
 * without any tone mark at all, against the keyword's ASCII form. So {@code tối} and {@code toi} are "evening", but
 * {@code tôi} ("I") is not; {@code đến} and {@code den} are "to", {@code đền} ("temple") is not.
 */
final class Word {
    final String accented;
    final String ascii;
    final int accentedHash;
    final int asciiHash;

    private Word(String accented) {
        this.accented = accented;
        this.ascii = Fold.fold(accented);
        this.accentedHash = this.accented.hashCode();
        this.asciiHash = this.ascii.hashCode();
    }

    static Word of(String accented) {
        return new Word(accented);
    }

    boolean matches(Token t) {
        return t != null && (t.isWord(accented, accentedHash) || (t.ascii && t.isWord(ascii, asciiHash)));
    }

    static boolean any(Token t, Word... words) {
        for (Word w : words) {
            if (w.matches(t)) {
                return true;
            }
        }
        return false;
    }

    static final Word NGAY = of("ngày");
    static final Word THANG = of("tháng");
    static final Word NAM = of("năm");
    static final Word QUY = of("quý");
    static final Word QUI = of("quí");
    static final Word TU = of("từ");
    static final Word KE = of("kể");
    static final Word BAT = of("bắt");
    static final Word DAU = of("đầu");
    static final Word GIUA = of("giữa");
    static final Word CUOI = of("cuối");
    static final Word THUONG = of("thượng");
    static final Word TRUNG = of("trung");
    static final Word HA = of("hạ");
    static final Word TUAN = of("tuần");
    static final Word DIP = of("dịp");
    static final Word NHAN = of("nhân");
    static final Word DEN = of("đến");
    static final Word TOI_TO = of("tới");
    static final Word CHO = of("cho");
    static final Word HET = of("hết");
    static final Word TRUOC = of("trước");
    static final Word TRONG = of("trong");
    static final Word SAU = of("sau");
    static final Word VA = of("và");
    static final Word HOAC = of("hoặc");
    static final Word CHAM = of("chậm");
    static final Word MUON = of("muộn");
    static final Word NHAT = of("nhất");
    static final Word HAN = of("hạn");
    static final Word CHOT = of("chót");
    static final Word LA = of("là");
    static final Word VAO = of("vào");
    static final Word LUC = of("lúc");
    static final Word GIO = of("giờ");
    static final Word PHUT = of("phút");
    static final Word H = of("h");
    static final Word G = of("g");
    static final Word P = of("p");
    static final Word PH = of("ph");
    static final Word BUOI = of("buổi");
    static final Word THU = of("thứ");
    static final Word CHU = of("chủ");
    static final Word NHAT_SUNDAY = of("nhật");
    static final Word VIET = of("việt");
    static final Word NAM_SOUTH = of("nam");
    static final Word THE = of("thế");
    static final Word GIOI = of("giới");
}

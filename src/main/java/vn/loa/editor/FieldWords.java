package vn.loa.editor;

import java.util.Map;

/**
 * The words the editor's forms show for each key of front matter: a Vietnamese label and, where
 * an editor needs one, a hint. Every key of the content model must have its words here
 * ({@code EditorConfigTest} fails otherwise), so a new key never appears as a bare field name.
 */
final class FieldWords {

    /** A label and a hint (null: none). */
    record Words(String label, String hint) {
    }

    private FieldWords() {
    }

    /** By key; a key of an event or a signer is named {@code events.title}, {@code signer.name}. */
    static final Map<String, Words> WORDS = Map.ofEntries(
            Map.entry("title", new Words("Tiêu đề", "Viết như một câu: chỉ viết hoa chữ đầu và tên riêng.")),
            Map.entry("date", new Words("Ngày", "Ngày đăng tin, hoặc ngày ban hành văn bản.")),
            Map.entry("summary", new Words("Tóm tắt", "Một hai câu, hiện trong danh sách bài và khi chia sẻ liên kết.")),
            Map.entry("tags", new Words("Từ khóa", "Mỗi từ khóa một mục, viết thường: “chuyển đổi số”.")),
            Map.entry("campaign", new Words("Chiến dịch", "Chọn khi bài thuộc một đợt kỷ niệm hằng năm.")),
            Map.entry("year", new Words("Năm của chiến dịch", "Bỏ trống: lấy năm của ngày.")),
            Map.entry("focus_week", new Words("Tuần trọng tâm", "Chỉ khi văn bản định tuần khác tuần thường lệ.")),
            Map.entry("focus_week.start", new Words("Từ ngày", null)),
            Map.entry("focus_week.end", new Words("Đến ngày", null)),
            Map.entry("draft", new Words("Bản nháp", "Bật khi chưa muốn đăng: bài nháp không có trên cổng.")),
            Map.entry("slug", new Words("Đường dẫn", "Bỏ trống: Loa lấy từ tiêu đề, bỏ dấu.")),
            Map.entry("image", new Words("Ảnh đại diện", null)),
            Map.entry("image_alt", new Words("Mô tả ảnh", "Tả điều ảnh cho thấy, cho người không xem được ảnh.")),
            Map.entry("events", new Words("Sự kiện", "Mỗi hoạt động có ngày của kế hoạch là một mục.")),
            Map.entry("reports_on", new Words("Đưa tin về sự kiện",
                    "Với bài tin: mã các sự kiện bài đưa tin, mỗi mã một mục. Bỏ trống: Loa tự nhận ra từ tên sự kiện trong tiêu đề và ngày đăng.")),
            Map.entry("events.title", new Words("Tên hoạt động", null)),
            Map.entry("events.id", new Words("Mã sự kiện", "Bỏ trống: Loa lấy từ tên; giữ nguyên khi đã có để lịch đã đăng ký không bị trùng.")),
            Map.entry("events.start", new Words("Bắt đầu", null)),
            Map.entry("events.end", new Words("Kết thúc", "Với hoạt động nhiều ngày, hoặc hạn hoàn thành.")),
            Map.entry("events.part_of_day", new Words("Buổi", "Khi văn bản chỉ ghi buổi, không ghi giờ.")),
            Map.entry("events.kind", new Words("Loại", null)),
            Map.entry("events.weekday", new Words("Thứ", "Như văn bản ghi (“thứ Sáu”); Loa báo lỗi khi thứ không khớp ngày.")),
            Map.entry("events.location", new Words("Địa điểm", null)),
            Map.entry("events.lead", new Words("Đơn vị chủ trì", null)),
            Map.entry("events.partners", new Words("Đơn vị phối hợp", null)),
            Map.entry("events.source", new Words("Câu trích trong văn bản", "Câu của văn bản nói về hoạt động; phải có trong nội dung.")),
            Map.entry("events.description", new Words("Mô tả", null)),
            Map.entry("kind", new Words("Loại văn bản", "Mặc định: Kế hoạch.")),
            Map.entry("issuer", new Words("Cơ quan ban hành", "Cơ quan cấp trên trước, cơ quan ban hành sau.")),
            Map.entry("number", new Words("Số, ký hiệu", "Ví dụ: 45/KH-SKHCN.")),
            Map.entry("place", new Words("Địa danh ban hành", null)),
            Map.entry("basis", new Words("Căn cứ", "Mỗi văn bản căn cứ một mục.")),
            Map.entry("themes", new Words("Chủ đề", null)),
            Map.entry("slogans", new Words("Khẩu hiệu", null)),
            Map.entry("recipients", new Words("Nơi nhận", null)),
            Map.entry("signer", new Words("Người ký", null)),
            Map.entry("signer.authority", new Words("Thẩm quyền ký", "Ví dụ: KT. GIÁM ĐỐC.")),
            Map.entry("signer.position", new Words("Chức vụ", null)),
            Map.entry("signer.name", new Words("Họ và tên", null)));

    static Words of(String key) {
        return WORDS.get(key);
    }
}

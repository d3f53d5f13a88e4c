package vn.loa.importer;

/**
 * What is uncertain about an event found in a document, as the review and the page's front matter say it
 * ({@code # cần kiểm tra: năm được đoán}), and how much it lowers the event's confidence.
 */
enum Doubt {
    /** The date states no year and the document states none either: the year is today's. */
    YEAR_GUESSED("năm được đoán", 1),
    /** The weekday written is not the date's. */
    WEEKDAY("thứ ghi trong văn bản không khớp với ngày", 2),
    /** The date's own clause names no activity: the words come from the sentence or heading next to it. */
    TEXT_NEARBY("tên lấy từ câu hoặc đề mục bên cạnh", 1),
    /** Nothing near the date names an activity: the document's subject stands for it. */
    TEXT_DOCUMENT("tên lấy từ trích yếu văn bản", 1),
    /** A long sentence taken whole as the activity's name. */
    TEXT_LONG("tên là cả một câu dài, nên rút gọn", 1),
    /** Mentions of one event that say different things (time, place) were merged. */
    MERGED("gộp các lần nhắc có chi tiết khác nhau", 1),
    /** The event was moved to another day. */
    MOVED("đã dời ngày", 1),
    /** A deadline that comes back every year: only this year's is written. */
    YEARLY("chỉ ghi hạn của năm nay", 1),
    /** A span with only an approximate start or end ({@code trong tháng 5}, {@code đầu tháng 4}). */
    VAGUE("thời gian chỉ ước chừng", 1),
    /** A span {@code từ nay đến …} of a document without a date of its own: only its end is known. */
    FROM_NOW("bắt đầu «từ nay» nhưng văn bản không ghi ngày", 2);

    private final String label;
    private final int weight;

    Doubt(String label, int weight) {
        this.label = label;
        this.weight = weight;
    }

    String label() {
        return label;
    }

    int weight() {
        return weight;
    }
}

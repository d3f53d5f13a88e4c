package vn.loa.dates;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the dates of Vietnamese official texts: {@code ngày 18/5/2024}, {@code từ ngày 03-14/5/2022},
 * {@code Chiều ngày 17/5/2024 (Thứ 6)}, {@code Hoàn thành trước ngày 10/5/2024}, {@code cuối tháng 10 năm 2022} …
 * See the package documentation for every form read and the choices made.
 *
 * <p>Immutable and thread-safe. Example:
 * <pre>{@code
 * VietnameseDateReader reader = VietnameseDateReader.forYear(2024);
 * for (DateExpression e : reader.read("Thời gian: Chiều ngày 17/5/2024 (Thứ 6).")) {
 *     e.kind();        // EVENT
 *     e.startDate();   // 2024-05-17
 *     e.partOfDay();   // CHIEU
 * }
 * }</pre>
 */
public final class VietnameseDateReader {
    private final int documentYear;

    private VietnameseDateReader(int documentYear) {
        this.documentYear = documentYear;
    }

    /**
     * A reader for a document of the given year: a date that leaves its year out ({@code 18/5}, {@code tháng 4}) is in
     * that year, except for the first part of a range that crosses New Year ({@code từ 30/12 đến 02/01/2024}).
     */
    public static VietnameseDateReader forYear(int documentYear) {
        if (documentYear < 1 || documentYear > 9999) {
            throw new IllegalArgumentException("documentYear out of range: " + documentYear);
        }
        return new VietnameseDateReader(documentYear);
    }

    /** The year used when a date leaves it out. */
    public int documentYear() {
        return documentYear;
    }

    /**
     * Every date expression in the text, in order, none overlapping. Dates that only identify a cited document
     * ({@code Công văn số 1217/BKHCN-UDCN ngày 12/4/2024}), that name a holiday ({@code Việt Nam (18/5)}) or that form the
     * document's own place-and-date line are left out.
     *
     * @param text NFC text; Markdown emphasis, non-breaking spaces and en/em dashes are tolerated
     */
    public List<DateExpression> read(String text) {
        Objects.requireNonNull(text, "text");
        return List.copyOf(new Parser(text, documentYear).readAll());
    }

    /** The first date expression of the text, if any. */
    public Optional<DateExpression> readOne(String text) {
        List<DateExpression> all = read(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * Reads a document's place-and-date line: {@code Đắk Nông, ngày 12 tháng 4 năm 2024}, also with the day left
     * blank ({@code Kon Tum, ngày    tháng 4 năm 2024}, day null) and with emphasis marks around it. The whole line
     * must be that and nothing else.
     */
    public static Optional<IssueDate> readIssueDate(String line) {
        return IssueDates.read(line);
    }
}

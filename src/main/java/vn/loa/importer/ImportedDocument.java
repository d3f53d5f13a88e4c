package vn.loa.importer;

import java.time.LocalDate;
import java.util.List;
import vn.loa.dates.IssueDate;
import vn.loa.load.Signer;

/**
 * What {@code loa import} read from one document: the parts of the official form, the body as clean Markdown, the
 * events, and warnings for the editor.
 *
 * @param kind         the document kind in sentence case ({@code KẾ HOẠCH} → {@code Kế hoạch}); null when no kind line
 * @param issuer       issuing body lines ({@code UBND TỈNH …}, {@code SỞ KHOA HỌC VÀ CÔNG NGHỆ}); often empty
 * @param number       as written after {@code Số:} without spaces or placeholder dots: {@code 45/KH-SKHCN}, or
 *                     {@code /KH-SKHCN} when the number is left blank
 * @param issued       the place-and-date line (day null when left blank); null when the document has none
 * @param title        the subject without the kind, lines joined with single spaces
 * @param basis        each document cited in the {@code Căn cứ …}/{@code Thực hiện …} paragraphs
 * @param sections     the Roman-numeral headings without their numeral
 * @param recipients   the {@code Nơi nhận} items without bullets or the closing {@code ;}/{@code .}
 * @param signer       the signature block; null when there is none
 * @param campaign     {@code ngay-sang-tao}, {@code ngay-khcn} or null, from the subject
 * @param year         the document's year, used for dates that leave it out
 * @param date         the issue date when complete; otherwise null
 * @param summary      a sentence for lists and feeds, from the body
 * @param markdown     the body as Markdown, metadata parts left out
 * @param warnings     what an editor should check, in Vietnamese
 */
public record ImportedDocument(String kind, List<String> issuer, String number, IssueDate issued, String title,
                               List<String> basis, List<String> themes, List<String> slogans, List<String> sections,
                               List<String> recipients, Signer signer, String campaign, int year, LocalDate date,
                               String summary, String markdown, List<ImportedEvent> events, List<String> warnings) {

    public ImportedDocument {
        issuer = List.copyOf(issuer);
        basis = List.copyOf(basis);
        themes = List.copyOf(themes);
        slogans = List.copyOf(slogans);
        sections = List.copyOf(sections);
        recipients = List.copyOf(recipients);
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
    }
}

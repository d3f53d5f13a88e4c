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
 * @param issued       the place-and-date line (day null when left blank); for a news post its dateline (no place), or
 *                     the date its HTML page states; null when the document has none
 * @param title        the subject without the kind, lines joined with single spaces, or a news post's headline;
 *                     typographic ({@link Typography}), in sentence case when it was typed in capitals ({@link TitleCase})
 * @param basis        each document cited in the {@code Căn cứ …}/{@code Thực hiện …} paragraphs
 * @param sections     the Roman-numeral headings without their numeral
 * @param recipients   the {@code Nơi nhận} items without bullets or the closing {@code ;}/{@code .}
 * @param themes       themes ({@code Chủ đề: …}, also quoted in prose), typographic
 * @param slogans      slogans ({@code Khẩu hiệu: …}, a quoted {@code thông điệp}), typographic
 * @param signer       the signature block; null when there is none (a news post's byline is never one)
 * @param campaign     {@code ngay-sang-tao}, {@code ngay-khcn} or null, from the subject
 * @param year         the document's year, used for dates that leave it out
 * @param date         the issue date when complete; otherwise null
 * @param summary      a sentence for lists and feeds: from the lead when there is one, else from the body
 * @param markdown     the body as Markdown, metadata parts left out
 * @param warnings     what an editor should check, in Vietnamese
 * @param author       a news post's byline, the person(s) as written after {@code Tin, ảnh:}, {@code Bài và ảnh:},
 *                     {@code Tin:}, {@code Ảnh:}, or a lone name or {@code PV} line ending the post; null when none
 * @param source       the publication a news post is taken from ({@code Theo …}, {@code Nguồn: …} at its end); null when none
 * @param lead         a news post's sapo (its first body paragraph, or the paragraph marked in bold), Markdown removed;
 *                     null for a document in the official form
 * @param check        the names of the fields (as in {@code loa import --json}) an editor should check because they were
 *                     guessed rather than read from a part the document marks: {@code title} when it is the first
 *                     line of a document without a kind line and no page title was given, or a subject written all in
 *                     capitals put in sentence case; {@code issued} when the document states no complete date of its
 *                     own (none, or the day left blank), so the page's date and the year of dates written without one
 *                     are guessed; {@code lead} when the first paragraph is taken as the sapo without being marked
 *                     (bold); {@code author} when a lone name line ending a post is taken as the byline without a
 *                     label ({@code Tin:} …)
 */
public record ImportedDocument(String kind, List<String> issuer, String number, IssueDate issued, String title,
                               List<String> basis, List<String> themes, List<String> slogans, List<String> sections,
                               List<String> recipients, Signer signer, String campaign, int year, LocalDate date,
                               String summary, String markdown, List<ImportedEvent> events, List<String> warnings,
                               String author, String source, String lead, List<String> check) {

    public ImportedDocument {
        issuer = List.copyOf(issuer);
        basis = List.copyOf(basis);
        themes = List.copyOf(themes);
        slogans = List.copyOf(slogans);
        sections = List.copyOf(sections);
        recipients = List.copyOf(recipients);
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
        check = List.copyOf(check);
    }

    /** A document read without the parts of a news post (no author, source, lead or guessed field). */
    public ImportedDocument(String kind, List<String> issuer, String number, IssueDate issued, String title,
                            List<String> basis, List<String> themes, List<String> slogans, List<String> sections,
                            List<String> recipients, Signer signer, String campaign, int year, LocalDate date,
                            String summary, String markdown, List<ImportedEvent> events, List<String> warnings) {
        this(kind, issuer, number, issued, title, basis, themes, slogans, sections, recipients, signer, campaign, year, date,
                summary, markdown, events, warnings, null, null, null, List.of());
    }
}

package vn.loa.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.loa.dates.IssueDate;
import vn.loa.dates.VietnameseDateReader;
import vn.loa.load.Signer;

/**
 * Reads a document out of its text, part by part of its own form, each part a class of its own run here in order.
 *
 * <p>An official document (Decree 30/2020/NĐ-CP), known by its kind line: {@link KindAndSubject} (the title),
 * {@link Header} (issuing body, number, place and date), the body ({@link BodyParser}, then {@link BodyStructure}:
 * {@link Basis}, sections, {@link Themes}) and {@link Closing} (recipients and signature). A news post (or any
 * document without a kind line): {@link Dateline}, {@link Header} when it has one of the form, {@link Byline} (author,
 * source), {@link Closing} only when it is a real signature block, {@link Headline}, the body, and its {@link Sapo}.
 * The body becomes clean Markdown; {@link EventFinder} then finds its events. Titles, themes and slogans are made
 * typographic ({@link Typography}, {@link TitleCase}).
 *
 * <p>Two modes: {@link Mode#TEXT} for text copied out of Word or PDF (and {@code .md} files made that way): emphasis
 * marks, {@code ####} and stray tags are dropped, and the text is escaped when written as Markdown.
 * {@link Mode#MARKDOWN} for Markdown made by a converter (HTML pages): inline Markdown (links, images, emphasis) is
 * kept as it is.
 */
final class PlanParser {

    enum Mode { TEXT, MARKDOWN }

    private PlanParser() {
    }

    static ImportedDocument parse(String source, Mode mode, String givenTitle, LocalDate givenDate, Integer yearHint) {
        return parse(source, mode, givenTitle, givenDate, yearHint, List.of());
    }

    /** As {@link #parse(String, Mode, String, LocalDate, Integer)}, with the document's pictures put in the body ({@link Pictures#place}). */
    static ImportedDocument parse(String source, Mode mode, String givenTitle, LocalDate givenDate, Integer yearHint,
                                  List<Pictures.Place> pictures) {
        List<String> warnings = new ArrayList<>();
        List<Line> ls = Byline.splitTail(new SourceLines(mode).lines(source));
        boolean[] used = new boolean[ls.size()];

        KindAndSubject title = KindAndSubject.read(ls, used);
        boolean official = title.found();
        Header header;
        Dateline dateline = null;
        int bodyStart;
        if (official) {
            header = Header.read(ls, title.kindAt(), used);
            header.readLate(ls, title.end(), used);
            if (header.issued != null) {
                title = title.withDayLine(ls, used);
            }
            bodyStart = title.end();
            if (header.issued == null) {
                dateline = Dateline.find(ls, bodyStart, used, 1); // a portal's date line right under the subject
            }
        } else {
            dateline = Dateline.find(ls, 0, used);
            if (dateline != null) {
                used[dateline.index()] = true;
            }
            int headerEnd = Header.leadingEnd(ls, used);
            boolean[] probe = used.clone();
            header = Header.read(ls, headerEnd, probe);
            if (header.ofTheForm()) {
                System.arraycopy(probe, 0, used, 0, used.length);
            } else {
                header = new Header(); // capitals alone at the top of a post are its headline, not an issuing body
                headerEnd = 0;
            }
            bodyStart = headerEnd;
            header.readLate(ls, bodyStart, used);
        }
        if (dateline != null) {
            used[dateline.index()] = true;
        }

        int end = ls.size();
        Byline byline = official ? null : Byline.read(ls, bodyStart, end, used);
        if (byline != null) {
            end = byline.start();
        }
        Closing closing = Closing.read(ls, bodyStart, end);
        if (!official && !closing.signatureBlock()) {
            closing = new Closing(end, List.of(), null);
        }
        for (int i = closing.start(); i < ls.size(); i++) {
            used[i] = true;
        }

        List<Line> body = new ArrayList<>();
        for (int i = bodyStart; i < closing.start(); i++) {
            if (!used[i]) {
                body.add(ls.get(i));
            }
        }
        String subject = title.subject();
        boolean titleGuessed = false;
        if (!official && givenTitle == null) {
            subject = Headline.take(body);
            titleGuessed = subject != null;
        }
        if (givenTitle != null && (!official || subject == null)) {
            subject = givenTitle;
        }
        if (TitleCase.allCapitals(subject)) {
            subject = TitleCase.sentenceCase(subject);
            titleGuessed = true;
        }
        subject = Typography.of(subject);
        List<Block> blocks = new BodyParser(body, mode).parse();

        IssueDate issued = header.issued;
        boolean issuedGuessed = false;
        if (issued == null && dateline != null) {
            issued = dateline.issued();
            issuedGuessed = official; // a post's dateline is its date; an official document's is its own line
        } else if (issued == null && !official && givenDate != null && DocumentYear.readable(givenDate.getYear())) {
            issued = new IssueDate(null, givenDate.getDayOfMonth(), givenDate.getMonthValue(), givenDate.getYear());
        }
        issuedGuessed |= issued == null || issued.date().isEmpty();
        int year = DocumentYear.of(issued, subject, source, yearHint, givenDate);
        BodyStructure st = BodyStructure.of(blocks, official);
        st.addCited(blocks, header.number);
        String campaign = Campaigns.detect(subject);
        Sapo sapo = official ? null : Sapo.find(blocks);

        LocalDate date = givenDate;
        if (date == null && issued != null) {
            date = issued.date().orElse(null);
        }
        // Only a year the document states (its date, its title) or the caller gives tells history from plans.
        boolean yearStated = (issued != null && DocumentYear.readable(issued.year()))
                || (givenDate != null && DocumentYear.readable(givenDate.getYear()))
                || yearHint != null || DocumentYear.titleYear(subject) != null;
        LocalDate own = issued != null ? issued.date().orElse(null) : null;
        List<ImportedEvent> events = new EventFinder(VietnameseDateReader.forYear(year), blocks, st.excluded, subject, warnings,
                yearStated, own != null ? own : givenDate).find();
        String markdown = HtmlImages.unmark(Markdown.write(Pictures.place(blocks, pictures)));

        List<String> check = new ArrayList<>();
        if (issuedGuessed) {
            check.add("issued");
        }
        if (titleGuessed) {
            check.add("title");
        }
        if (byline != null && byline.authorGuessed()) {
            check.add("author");
        }
        if (sapo != null && !sapo.marked()) {
            check.add("lead");
        }
        String summary = sapo != null ? BodyStructure.summary(sapo.text()) : st.summary;
        return new ImportedDocument(title.kindInSentenceCase(), header.issuer, header.number, issued, subject, st.basis,
                typographic(st.themes.themes), typographic(st.themes.slogans), st.sections, closing.recipients(), closing.signer(),
                campaign, year, date, summary, markdown, events, warnings, byline == null ? null : byline.author(),
                byline == null ? null : byline.source(), sapo == null ? null : sapo.text(), check);
    }

    /** Each text made typographic, once. */
    private static List<String> typographic(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            String x = Typography.of(t);
            if (!out.contains(x)) {
                out.add(x);
            }
        }
        return out;
    }

    /** The signer of a signature block's lines ({@link Closing#signer}). */
    static Signer signer(List<String> lines) {
        return Closing.signer(lines);
    }
}

package vn.loa.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.loa.dates.IssueDate;
import vn.loa.dates.VietnameseDateReader;
import vn.loa.load.Signer;

/**
 * Reads a document out of its text, part by part of its own form. An official document (Decree 30/2020/NĐ-CP):
 * {@link Header} (issuing body, number, place and date), {@link KindAndSubject} (the title), {@link Basis},
 * the body ({@link BodyParser}, then {@link BodyStructure}: sections, {@link Themes}) and {@link Closing}
 * (recipients and signature). The body becomes clean Markdown; {@link EventFinder} then finds its events.
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
        List<String> warnings = new ArrayList<>();
        List<Line> ls = new SourceLines(mode).lines(source);
        boolean[] used = new boolean[ls.size()];

        KindAndSubject title = KindAndSubject.read(ls, used);
        Header header = Header.read(ls, title.found() ? title.kindAt() : Header.leadingEnd(ls), used);
        int bodyStart = title.found() ? title.end() : Header.leadingEnd(ls);
        header.readLate(ls, bodyStart, used);
        Closing closing = Closing.read(ls, bodyStart);
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
        if (!title.found()) {
            // No kind line: a news post or a plan without its form. The first line is the title when none is given.
            int first = 0;
            while (first < body.size() && body.get(first).blank()) {
                first++;
            }
            if (givenTitle == null && first < body.size() && body.get(first).cells() == null
                    && body.get(first).plain().length() <= 250) {
                subject = body.get(first).plain();
                body.remove(first);
            }
        }
        if (givenTitle != null && (!title.found() || subject == null)) {
            subject = givenTitle;
        }
        List<Block> blocks = new BodyParser(body, mode).parse();

        IssueDate issued = header.issued;
        int year = DocumentYear.of(issued, subject, source, yearHint, givenDate);
        BodyStructure st = BodyStructure.of(blocks);
        String campaign = Campaigns.detect(subject);

        LocalDate date = givenDate;
        if (date == null && issued != null) {
            date = issued.date().orElse(null);
        }
        // Only a year the document states (its date, its title) or the caller gives tells history from plans.
        boolean yearStated = (issued != null && DocumentYear.readable(issued.year()))
                || (givenDate != null && DocumentYear.readable(givenDate.getYear()))
                || yearHint != null || DocumentYear.titleYear(subject) != null;
        List<ImportedEvent> events = new EventFinder(VietnameseDateReader.forYear(year), blocks, st.excluded, subject, warnings,
                yearStated).find();
        String markdown = Markdown.write(blocks);
        return new ImportedDocument(title.kindInSentenceCase(), header.issuer, header.number, issued, subject, st.basis,
                st.themes.themes, st.themes.slogans, st.sections, closing.recipients(), closing.signer(), campaign, year, date,
                st.summary, markdown, events, warnings);
    }

    /** The signer of a signature block's lines ({@link Closing#signer}). */
    static Signer signer(List<String> lines) {
        return Closing.signer(lines);
    }
}

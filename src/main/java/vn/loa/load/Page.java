package vn.loa.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One Markdown file of {@code content/}, loaded: its front matter read and checked, its body
 * still Markdown. {@code file} is relative to the site root ({@code content/ke-hoach/x.md});
 * {@code url} is site-absolute with a trailing slash ({@code /ke-hoach/x/}).
 */
public record Page(Path file, Section section, String slug, String url, String title, LocalDateTime date,
                   String summary, List<String> tags, String campaign, Integer campaignYear, boolean draft,
                   String image, String imageAlt, DocumentInfo document, FocusWeek focusWeek,
                   List<EventSpec> events, List<Attachment> attachments, String markdown, int bodyLine,
                   Map<String, Object> params) {

    public Page {
        tags = Shared.of(tags);
        campaign = Shared.of(campaign);
        events = List.copyOf(events);
        attachments = List.copyOf(attachments);
        if (params != null && !(params instanceof Params)) {
            // Kept as bytes, the strings the page holds already as references: 100,000 pages' maps took 150 MB.
            params = Params.compact(params, held(title, summary, slug, campaign, image, imageAlt, tags, document, events));
        }
    }

    /** The strings of a page's own fields, which its params may refer to instead of copying. */
    private static List<String> held(String title, String summary, String slug, String campaign, String image, String imageAlt,
                                     List<String> tags, DocumentInfo document, List<EventSpec> events) {
        List<String> out = new java.util.ArrayList<>(java.util.Arrays.asList(title, summary, slug, campaign, image, imageAlt));
        out.addAll(tags);
        if (document != null) {
            out.addAll(java.util.Arrays.asList(document.kind(), document.number(), document.place()));
            out.addAll(document.issuer());
            out.addAll(document.basis());
            out.addAll(document.themes());
            out.addAll(document.slogans());
            out.addAll(document.recipients());
            if (document.signer() != null) {
                out.addAll(java.util.Arrays.asList(document.signer().authority(), document.signer().position(), document.signer().name()));
            }
        }
        for (EventSpec e : events) {
            out.addAll(java.util.Arrays.asList(e.id(), e.title(), e.partOfDay(), e.weekday(), e.location(), e.source(), e.description()));
            out.addAll(e.lead());
            out.addAll(e.partners());
        }
        return out;
    }

    /** The page without its Markdown body: what lists, calendars and feeds may show of it. */
    public Page withoutBody() {
        return withBody("");
    }

    /** The page with another Markdown body. */
    public Page withBody(String body) {
        return new Page(file, section, slug, url, title, date, summary, tags, campaign, campaignYear, draft, image, imageAlt,
                document, focusWeek, events, attachments, body, bodyLine, params);
    }

    public boolean isPlan() {
        return section == Section.PLANS;
    }

    public LocalDate day() {
        return date == null ? null : date.toLocalDate();
    }

    /** The campaign year this page belongs to: its {@code year}, else the year of its date. */
    public Integer yearOfCampaign() {
        if (campaign == null) {
            return null;
        }
        return campaignYear != null ? campaignYear : (date == null ? null : date.getYear());
    }
}

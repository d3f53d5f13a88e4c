package vn.loa.theme;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import vn.loa.index.CampaignYear;
import vn.loa.index.Event;
import vn.loa.index.Tag;
import vn.loa.load.Attachment;
import vn.loa.load.Campaign;
import vn.loa.load.DocumentInfo;
import vn.loa.load.Page;
import vn.loa.render.RenderedPage;
import vn.loa.render.TocEntry;
import vn.loa.text.Vietnamese;

/** A page as templates see it: plain getters, links as site-absolute paths for {@code url()}. */
public final class PageView {

    private final RenderedPage rendered;
    private final Page page;
    private final Campaign campaign;
    private final List<Event> events;
    private final PageKeys pages;

    /** @param pages finds the page as it is now, for its body */
    PageView(RenderedPage rendered, Campaign campaign, List<Event> events, PageKeys pages) {
        this.rendered = rendered;
        this.pages = pages;
        this.page = rendered.page();
        this.campaign = campaign;
        this.events = events;
    }

    /** {@code plan}, {@code news} or {@code page}. */
    public String getKind() {
        return switch (page.section()) {
            case PLANS -> "plan";
            case NEWS -> "news";
            case PAGES -> "page";
        };
    }

    public String getTitle() {
        return page.title();
    }

    /** The title as a reader sees it: a plan's kind before its subject. */
    public String getFullTitle() {
        return page.document() == null ? page.title() : page.document().kind() + " " + page.title();
    }

    public String getUrl() {
        return page.url();
    }

    public LocalDateTime getDate() {
        return page.date();
    }

    public LocalDate getDay() {
        return page.day();
    }

    public String getSummary() {
        return page.summary() != null ? page.summary() : rendered.summary();
    }

    public String getHtml() {
        return pages.whole(rendered).html();
    }

    public List<TocEntry> getToc() {
        return pages.current(rendered).toc();
    }

    public String getSectionLabel() {
        return page.section().label();
    }

    public String getSectionUrl() {
        return page.section().isListed() ? page.section().urlPrefix() : null;
    }

    public List<Tag> getTags() {
        return page.tags().stream().map(t -> new Tag(t, Vietnamese.slugify(t), List.of())).toList();
    }

    public DocumentInfo getDocument() {
        return page.document();
    }

    public List<Attachment> getAttachments() {
        return page.attachments();
    }

    /** Attachment link, site-absolute. */
    public String attachmentUrl(Attachment a) {
        return page.url() + a.name();
    }

    public List<Event> getEvents() {
        return events;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Integer getCampaignYear() {
        return page.yearOfCampaign();
    }

    public String getCampaignYearUrl() {
        return campaign == null || page.yearOfCampaign() == null ? null : CampaignYear.urlOf(campaign.id(), page.yearOfCampaign());
    }

    /** The image as a site-absolute path, when the page has one. */
    public String getImage() {
        if (page.image() == null) {
            return null;
        }
        return vn.loa.render.RelativeUrls.isExternal(page.image()) || page.image().startsWith("/") ? page.image() : page.url() + page.image();
    }

    /**
     * The image for link previews: the page's image unless it is SVG, which previews do not show;
     * null otherwise (the theme's default image is used).
     */
    public String getShareImage() {
        String image = getImage();
        if (image == null) {
            return null;
        }
        String path = image.replaceAll("[?#].*", "").toLowerCase(java.util.Locale.ROOT);
        return path.endsWith(".svg") || path.endsWith(".svgz") ? null : image;
    }

    public String getImageAlt() {
        return page.imageAlt() != null ? page.imageAlt() : "";
    }

    public Map<String, Object> getParams() {
        return page.params();
    }

    public String getText() {
        return pages.current(rendered).text();
    }

    RenderedPage rendered() {
        return rendered;
    }
}

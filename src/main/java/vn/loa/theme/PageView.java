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
    /** The site's photos and links, for a page's own output only (its key covers its photos); null elsewhere. */
    private vn.loa.image.Photos photos;
    private vn.loa.render.RelativeUrls urls;
    /** The page whole, read and rendered again for it when the engine keeps it without its body; made once. */
    private RenderedPage whole;

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
        String html = whole().html();
        return photos == null ? html : PhotoHtml.rewrite(html, page.url(), photos, urls, getPhoto() == null);
    }

    /** The same page, its photos made responsive ({@link PhotoHtml}). */
    PageView withPhotos(vn.loa.image.Photos photos, vn.loa.render.RelativeUrls urls) {
        this.photos = photos;
        this.urls = urls;
        return this;
    }

    /** The page's own image ({@code image:}) when it is a photo of the content: its copies, width and height; else null. */
    public PhotoView getPhoto() {
        vn.loa.image.Photo p = photos == null || page.image() == null ? null : photos.resolve(page.url(), page.image());
        if (p == null || p.problem() != null) {
            return null;
        }
        return new PhotoView(PhotoHtml.link(urls, page.url(), p.at(p.defaultWidth())), PhotoHtml.srcset(p, page.url(), urls),
                p.largestWidth(), vn.loa.image.PhotoSizes.height(p.header(), p.largestWidth()));
    }

    /**
     * The share image of link previews ({@code og:image}) when the page has a photo: the one of its {@code image:},
     * else the first its body shows, cropped to 1200 × 630; {@code src} site-absolute. Null otherwise.
     */
    public PhotoView getShare() {
        vn.loa.image.Photo p = sharePhoto(photos, pages.current(rendered));
        if (p == null) {
            return null;
        }
        int[] size = vn.loa.image.PhotoSizes.shareSize(p.header());
        return new PhotoView("/" + p.share(), null, size[0], size[1]);
    }

    /** The photo a page's link previews show, or null. */
    static vn.loa.image.Photo sharePhoto(vn.loa.image.Photos photos, RenderedPage r) {
        if (photos == null) {
            return null;
        }
        List<String> candidates = new java.util.ArrayList<>();
        if (r.page().image() != null) {
            candidates.add(r.page().image());
        }
        candidates.addAll(r.links());
        for (String c : candidates) {
            vn.loa.image.Photo p = photos.resolve(r.page().url(), c);
            if (p != null && p.problem() == null) {
                return p;
            }
        }
        return null;
    }

    /** Its headings: a page the engine keeps without its body keeps none, and they come with its body. */
    public List<TocEntry> getToc() {
        RenderedPage now = pages.current(rendered);
        return now.html() != null || !now.toc().isEmpty() ? now.toc() : whole().toc();
    }

    private RenderedPage whole() {
        if (whole == null) {
            whole = pages.whole(rendered);
        }
        return whole;
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
        return pages.withText(rendered).text();
    }

    RenderedPage rendered() {
        return rendered;
    }
}

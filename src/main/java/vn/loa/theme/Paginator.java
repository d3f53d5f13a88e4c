package vn.loa.theme;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a paginated list. Page 1 lives at the list's URL ({@code /tin-tuc/}), page n at
 * {@code /tin-tuc/trang/n/}.
 */
public record Paginator(String baseUrl, int number, int total) {

    public static String urlOf(String baseUrl, int n) {
        return n == 1 ? baseUrl : baseUrl + "trang/" + n + "/";
    }

    public static int count(int items, int pageSize) {
        return Math.max(1, (items + pageSize - 1) / pageSize);
    }

    public String getUrl() {
        return urlOf(baseUrl, number);
    }

    public String getPrevious() {
        return number > 1 ? urlOf(baseUrl, number - 1) : null;
    }

    public String getNext() {
        return number < total ? urlOf(baseUrl, number + 1) : null;
    }

    public int getNumber() {
        return number;
    }

    public int getTotal() {
        return total;
    }

    /**
     * The page links: the first and last pages, and the two on each side of this one; a gap
     * (shown as "…") stands for the pages left out, so a list of 500 pages has a dozen links.
     */
    public List<Link> getPages() {
        List<Link> out = new ArrayList<>();
        int last = 0;
        for (int i = 1; i <= total; i++) {
            if (i == 1 || i == total || Math.abs(i - number) <= 2) {
                if (last > 0 && i > last + 1) {
                    out.add(new Link(0, null, false));
                }
                out.add(new Link(i, urlOf(baseUrl, i), i == number));
                last = i;
            }
        }
        return out;
    }

    /** A page link; {@code number} 0 (no URL) is a gap where pages are left out. */
    public record Link(int number, String url, boolean current) {
        public boolean gap() {
            return number == 0;
        }
    }
}

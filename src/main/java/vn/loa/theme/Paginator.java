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

    /** Every page's number and URL, for the page links. */
    public List<Link> getPages() {
        List<Link> out = new ArrayList<>();
        for (int i = 1; i <= total; i++) {
            out.add(new Link(i, urlOf(baseUrl, i), i == number));
        }
        return out;
    }

    public record Link(int number, String url, boolean current) {
    }
}

package vn.loa.image;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.loa.Key;

/**
 * The photos of one build, by the path they are published at, and the cache that makes their files.
 * Pages find theirs by the address they wrote ({@link #resolve}), as Markdown or as HTML.
 */
public final class Photos {

    public static final Photos NONE = new Photos(List.of(), new PhotoCache(null, false));

    private final Map<String, Photo> byTarget = new TreeMap<>();
    private final PhotoCache cache;
    private final long key;

    public Photos(Collection<Photo> photos, PhotoCache cache) {
        photos.forEach(p -> byTarget.put(p.target(), p));
        this.cache = cache;
        Key k = Key.of("photos").add(PhotoSizes.SETTINGS);
        byTarget.values().forEach(p -> k.add(p.target()).add(p.contentKey()));
        this.key = k.get();
    }

    /** The key of every photo's path and bytes. */
    public long key() {
        return key;
    }

    public Collection<Photo> all() {
        return byTarget.values();
    }

    public boolean isEmpty() {
        return byTarget.isEmpty();
    }

    /** The photo published at a path relative to the output, or null. */
    public Photo at(String target) {
        return byTarget.get(target);
    }

    /** The files of a photo, processed once ({@link PhotoCache}). */
    public Map<String, byte[]> files(Photo photo) {
        return cache.files(photo);
    }

    /**
     * The photo an address written on the page at {@code pageUrl} (a site-absolute folder such as
     * {@code /tin-tuc/hoi-thao/}) leads to: relative or site-absolute, percent-encoded or not; null for
     * another site's address or anything that is not a photo of the content.
     */
    public Photo resolve(String pageUrl, String address) {
        if (byTarget.isEmpty() || address == null) {
            return null;
        }
        String path = address.strip();
        if (path.startsWith("<") && path.endsWith(">")) {
            path = path.substring(1, path.length() - 1);
        }
        int cut = indexOfAny(path, "?#");
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        if (path.isEmpty() || path.startsWith("//") || path.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return null;
        }
        Photo direct = byTarget.get(normalise(pageUrl, path));
        if (direct != null) {
            return direct;
        }
        try {
            return byTarget.get(normalise(pageUrl, URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The path relative to the output that an address on a page leads to. */
    static String normalise(String pageUrl, String path) {
        String full = path.startsWith("/") ? path : (pageUrl.endsWith("/") ? pageUrl : pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1)) + path;
        Deque<String> parts = new ArrayDeque<>();
        for (String part : full.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}

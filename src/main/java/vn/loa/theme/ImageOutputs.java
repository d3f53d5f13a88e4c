package vn.loa.theme;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.loa.Key;
import vn.loa.LoaException;
import vn.loa.Parallel;
import vn.loa.image.Photo;
import vn.loa.image.PhotoProblem;
import vn.loa.image.PhotoProcessor;
import vn.loa.image.PhotoSizes;
import vn.loa.image.Photos;
import vn.loa.render.RenderedPage;

/**
 * The files made of each photo of the content ({@link vn.loa.image.PhotoSizes}): a copy at each width,
 * the copy at its own address (not for WebP), and the share image of link previews. Each reads
 * nothing but the photo's bytes: its key is the hash of those bytes and the settings of processing,
 * so a photo renamed, or a build in another process, makes no new key for unchanged bytes, and the
 * cache ({@link vn.loa.image.PhotoCache}) processes it once.
 *
 * <p>A photo Loa cannot read is an error of the first page that shows it (or of the file, when no
 * page does), found from its header when the site is planned or when it is decoded.
 */
final class ImageOutputs {

    private ImageOutputs() {
    }

    static void plan(OutputPlan plan) {
        Photos photos = plan.photos;
        if (photos.isEmpty()) {
            return;
        }
        Map<String, RenderedPage> shownBy = new HashMap<>();
        for (RenderedPage r : plan.site.pages()) {
            List<String> addresses = new ArrayList<>(r.links());
            if (r.page().image() != null) {
                addresses.add(0, r.page().image());
            }
            for (String a : addresses) {
                Photo p = photos.resolve(r.page().url(), a);
                if (p != null) {
                    shownBy.putIfAbsent(p.target(), r);
                }
            }
        }
        // The files of one photo are made from one decoding, which the first of them waits for. Were
        // they next to each other, every thread of the write stage would take a file of the same
        // photo and all but one would wait: a block of as many photos as threads, the first file of
        // each, then the second of each, and so on.
        List<List<Output>> files = new ArrayList<>();
        for (Photo p : photos.all()) {
            files.add(files(plan, p, shownBy.get(p.target())));
        }
        interleaved(files, Parallel.threads()).forEach(plan::add);
    }

    /** The items of each group in {@code block}s of groups: the first of each group of a block, then the second of each, and so on. */
    static <T> List<T> interleaved(List<List<T>> groups, int block) {
        List<T> out = new ArrayList<>();
        for (int from = 0; from < groups.size(); from += block) {
            List<List<T>> some = groups.subList(from, Math.min(groups.size(), from + block));
            int longest = some.stream().mapToInt(List::size).max().orElse(0);
            for (int i = 0; i < longest; i++) {
                for (List<T> g : some) {
                    if (i < g.size()) {
                        out.add(g.get(i));
                    }
                }
            }
        }
        return out;
    }

    /** A photo's files: the copy at its own address, one per width, the share image. */
    private static List<Output> files(OutputPlan plan, Photo p, RenderedPage page) {
        if (p.problem() != null) {
            throw error(p, page, p.problem());
        }
        long key = Key.of("photo").add(p.contentKey()).add(PhotoSizes.SETTINGS).get();
        List<Output> out = new ArrayList<>();
        if (p.publishesOriginal()) {
            out.add(file(plan, p, page, p.target(), key, PhotoProcessor.ORIGINAL));
        }
        for (int w : PhotoSizes.widths(p.header())) {
            out.add(file(plan, p, page, p.at(w), key, String.valueOf(w)));
        }
        out.add(file(plan, p, page, p.share(), key, PhotoProcessor.SHARE));
        return out;
    }

    private static Output file(OutputPlan plan, Photo p, RenderedPage page, String path, long key, String name) {
        return new Output(path, Key.of("photo-file").add(key).add(path).add(name).get(), () -> {
            try {
                return plan.photos.files(p).get(name);
            } catch (PhotoProblem e) {
                throw error(p, page, e);
            }
        });
    }

    private static LoaException error(Photo p, RenderedPage page, PhotoProblem problem) {
        Path image = Path.of("content").resolve(p.target());
        if (page == null) {
            return new LoaException(image, 0, "ảnh không dùng được: " + problem.getMessage(),
                    "thay bằng ảnh JPEG, PNG hoặc WebP lưu lại từ máy ảnh hoặc phần mềm sửa ảnh, hoặc xóa tệp", problem);
        }
        return new LoaException(page.page().file(), 0, "ảnh " + image.toString().replace('\\', '/') + " không dùng được: "
                + problem.getMessage(), "thay bằng ảnh JPEG, PNG hoặc WebP lưu lại từ máy ảnh hoặc phần mềm sửa ảnh", problem);
    }

    /** The key of the photos a page shows: their paths and bytes (their sizes go into its HTML). */
    static long keyOf(Photos photos, RenderedPage r) {
        Key k = Key.of("page-photos");
        if (r.page().image() != null) {
            Photo p = photos.resolve(r.page().url(), r.page().image());
            k.add(p == null ? 0 : p.contentKey());
        }
        for (String a : r.links()) {
            Photo p = photos.resolve(r.page().url(), a);
            if (p != null) {
                k.add(p.target()).add(p.contentKey());
            }
        }
        return k.get();
    }
}

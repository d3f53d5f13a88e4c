package vn.loa.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.loa.Key;
import vn.loa.image.Photo;
import vn.loa.image.PhotoCache;
import vn.loa.image.PhotoProblem;
import vn.loa.image.PhotoReader;
import vn.loa.load.Content;

/**
 * The photos among the content's files, read for each build: the hash of each one's bytes and its
 * header (never its pixels), kept while the file's size and time of change stay, so that a build
 * after an edit reads no photo again. A photo is published as the files Loa makes of it
 * ({@link vn.loa.theme.SiteRenderer}), never copied as it is: the original's metadata stays home.
 */
final class Photos {

    private record Read(List<Long> stamp, Photo photo) {
    }

    private final Map<Path, Read> read = new ConcurrentHashMap<>();
    private final PhotoCache cache;
    /** Where the stamps, hashes and headers are kept between processes; null: not kept. */
    private final Path index;
    private boolean loaded;
    private boolean dirty;
    /** The files of the last call and what it gave: serve's saves of Markdown alone keep the same list. */
    private List<Content.StaticFile> lastFiles;
    private vn.loa.image.Photos last;

    Photos(PhotoCache cache, Path index, boolean readIndex) {
        this.cache = cache;
        this.index = index;
        this.loaded = !readIndex;
    }

    /** The photos among these files, each read again only when its stamp changed. */
    vn.loa.image.Photos of(List<Content.StaticFile> files) {
        if (files == lastFiles && last != null) {
            return last; // no file looked at again: nothing but Markdown changed since (a watcher would have said)
        }
        if (!loaded) {
            loaded = true;
            PhotoIndex.load(index).forEach((source, r) -> read.put(source, new Read(r.stamp(), r.photo())));
        }
        List<Content.StaticFile> photos = files.stream().filter(f -> Photo.isPhoto(f.target())).toList();
        List<Photo> list = vn.loa.Parallel.map(photos, f -> {
            Path source = f.source().toAbsolutePath().normalize();
            List<Long> stamp = stamp(source);
            Read known = read.get(source);
            if (known != null && known.stamp().equals(stamp) && known.photo().target().equals(f.target())) {
                return known.photo();
            }
            Photo p = probe(f);
            read.put(source, new Read(stamp, p));
            dirty = true;
            return p;
        });
        java.util.Set<Path> now = new java.util.HashSet<>();
        photos.forEach(f -> now.add(f.source().toAbsolutePath().normalize()));
        dirty |= read.keySet().retainAll(now);
        lastFiles = files;
        last = new vn.loa.image.Photos(list, cache);
        return last;
    }

    /** Keeps what was read for the next process, when anything changed. */
    void save() {
        if (dirty && index != null) {
            Map<Path, PhotoIndex.Entry> entries = new java.util.TreeMap<>();
            read.forEach((source, r) -> {
                if (r.photo().problem() == null) {
                    entries.put(source, new PhotoIndex.Entry(r.stamp(), r.photo()));
                }
            });
            PhotoIndex.save(index, entries);
            dirty = false;
        }
    }

    /** The files copied as they are: all but the photos. */
    List<Content.StaticFile> copied(List<Content.StaticFile> files) {
        return files.stream().filter(f -> !Photo.isPhoto(f.target())).toList();
    }

    /** Reads a photo again at the next build, whatever its stamp says (a watcher saw it change). */
    void forget(Path source) {
        if (read.remove(source.toAbsolutePath().normalize()) != null) {
            last = null;
        }
    }

    private static Photo probe(Content.StaticFile f) {
        byte[] bytes;
        try {
            bytes = PhotoReader.read(f.source());
        } catch (PhotoProblem p) {
            return new Photo(f.target(), f.source(), 0, null, p);
        }
        long key = Key.bytes(bytes);
        try {
            return new Photo(f.target(), f.source(), key, PhotoReader.probe(bytes), null);
        } catch (PhotoProblem p) {
            return new Photo(f.target(), f.source(), key, null, p);
        }
    }

    private static List<Long> stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS), a.fileKey() == null ? 0L
                    : (long) a.fileKey().hashCode());
        } catch (IOException e) {
            return List.of(-1L);
        }
    }
}

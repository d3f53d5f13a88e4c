package vn.loa.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/** A folder on this machine or a mounted share. */
final class LocalTarget implements Target {

    private final Path root;

    LocalTarget(Path root) {
        this.root = root;
    }

    private Path at(String path) {
        Path p = root.resolve(path).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("path leaves the target: " + path);
        }
        return p;
    }

    @Override
    public String readText(String name) throws IOException {
        try {
            return Files.readString(at(name), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    @Override
    public boolean isEmpty() throws IOException {
        if (!Files.exists(root)) {
            return true;
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.findAny().isEmpty();
        }
    }

    @Override
    public void upload(String path, Path local, LongConsumer sent) throws IOException {
        Path dest = at(path);
        Files.createDirectories(dest.getParent());
        Path temp = at(Target.temporary(path));
        try (InputStream in = Files.newInputStream(local);
             OutputStream out = Files.newOutputStream(temp)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                total += n;
                sent.accept(total);
            }
        }
        move(temp, dest);
    }

    /** A rename in one step; a share that cannot promise that (some SMB mounts) still gets a plain rename. */
    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void writeText(String name, String text) throws IOException {
        Files.createDirectories(root);
        Path temp = at(Target.temporary(name));
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        move(temp, at(name));
    }

    @Override
    public void appendText(String name, String text) throws IOException {
        Files.createDirectories(root);
        Files.writeString(at(name), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
    }

    @Override
    public void delete(String path) throws IOException {
        Files.deleteIfExists(at(path));
        List<String> parents = Target.parents(path);
        for (int i = parents.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(at(parents.get(i)));
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
    }
}

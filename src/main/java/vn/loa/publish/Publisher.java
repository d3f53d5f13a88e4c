package vn.loa.publish;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.loa.LoaException;

/**
 * {@code loa publish}: sends the built site to a {@link Destination}, only what changed since the last publish there,
 * in the order {@link Plan} gives, keeping {@link Manifest}'s journal as it goes so an interrupted run can resume.
 */
public final class Publisher {

    /** What to publish where, and how to log in. {@code home} is the user's home folder (for {@code ~/.ssh}). */
    public record Options(Path site, Destination destination, boolean dryRun, Path identity, Path knownHosts,
                          boolean acceptNewHostKey, Map<String, String> env, Path home) {
    }

    /** What a publish did (or, on a dry run, would do). */
    public record Summary(long added, long changed, long deleted, long bytes, boolean dryRun) {
        public String line(String where) {
            String counts = "thêm " + added + " tệp, sửa " + changed + " tệp, xóa " + deleted + " tệp";
            if (dryRun) {
                return "Chạy thử, chưa thay đổi gì trên " + where + ": sẽ " + counts + ", gửi " + Bytes.of(bytes) + ".";
            }
            if (added + changed + deleted == 0) {
                return "Không có gì thay đổi: " + where + " đã giống hệt bản trên máy.";
            }
            return "Đã xuất bản lên " + where + ": " + counts + ", đã gửi " + Bytes.of(bytes) + ".";
        }
    }

    private final Options options;
    private final PrintStream out;
    private int failAfter = -1;

    public Publisher(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** For tests: the connection "drops" after this many files were sent or removed. */
    Publisher failAfter(int steps) {
        this.failAfter = steps;
        return this;
    }

    public Summary publish() {
        Destination dest = options.destination();
        Path site = options.site().toAbsolutePath().normalize();
        if (dest.kind() == Destination.Kind.LOCAL && (dest.folder().startsWith(site) || site.startsWith(dest.folder()))) {
            throw new LoaException(null, 0, "thư mục xuất bản " + dest.folder() + " trùng, nằm trong hoặc chứa thư mục site " + site,
                    "chọn một thư mục khác, bên ngoài thư mục của cổng");
        }
        SortedMap<String, FileState> local = SiteFiles.scan(site);
        try (Target target = open(dest)) {
            return publish(site, local, target, dest.display());
        } catch (IOException e) {
            throw lost(dest, e);
        }
    }

    private Target open(Destination dest) throws IOException {
        Credentials credentials = Credentials.from(options.env(), options.identity(), options.home());
        return switch (dest.kind()) {
            case LOCAL -> new LocalTarget(dest.folder());
            case SFTP -> SftpTarget.open(dest, credentials, options.knownHosts(), options.acceptNewHostKey());
            case FTP, FTPS -> FtpTarget.open(dest, credentials, out);
        };
    }

    private Summary publish(Path site, SortedMap<String, FileState> local, Target target, String where) throws IOException {
        String manifest = target.readText(Manifest.NAME);
        String journal = target.readText(Manifest.JOURNAL);
        if (manifest == null && journal == null && !target.isEmpty()) {
            throw new LoaException(null, 0, where + " đã có tệp nhưng không phải do 'loa publish' đặt vào (không có tệp "
                    + Manifest.NAME + "); Loa không ghi đè hay xóa những tệp nó không biết",
                    "xuất bản vào một thư mục trống, hoặc tự chuyển các tệp cũ đi nơi khác trước");
        }
        SortedMap<String, FileState> published = Manifest.read(manifest, journal);
        Plan plan = Plan.between(local, published);
        Summary summary = new Summary(plan.count(Plan.Action.ADD), plan.count(Plan.Action.CHANGE), plan.count(Plan.Action.DELETE),
                plan.bytes(), options.dryRun());
        if (options.dryRun()) {
            plan.steps().forEach(s -> out.println("  " + Progress.verb(s.action()) + " " + vn.loa.safety.Terminal.line(s.path())
                    + (s.action() == Plan.Action.DELETE ? "" : " (" + Bytes.of(s.file().size()) + ")")));
            return summary;
        }
        if (journal != null) {
            out.println("Lần xuất bản trước bị ngắt giữa chừng: tiếp tục, chỉ gửi những tệp còn thiếu.");
        }
        SortedMap<String, FileState> state = new TreeMap<>(published);
        Progress progress = new Progress(out, plan.steps().size(), plan.bytes());
        int done = 0;
        for (Plan.Step step : plan.steps()) {
            if (done == failAfter) {
                throw new IOException("kết nối bị ngắt (thử nghiệm)");
            }
            if (step.action() == Plan.Action.DELETE) {
                target.delete(step.path());
                target.appendText(Manifest.JOURNAL, Manifest.removed(step.path()));
                state.remove(step.path());
            } else {
                target.upload(step.path(), site.resolve(step.path()), progress.file(step.path(), step.file().size()));
                target.appendText(Manifest.JOURNAL, Manifest.added(step.path(), step.file()));
                state.put(step.path(), step.file());
            }
            progress.step(step);
            done++;
        }
        if (!plan.isEmpty() || journal != null || manifest == null) {
            target.writeText(Manifest.NAME, Manifest.format(state));
            target.delete(Manifest.JOURNAL);
        }
        return summary;
    }

    private static LoaException lost(Destination dest, IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return new LoaException(null, 0, "việc xuất bản lên " + dest.display() + " dừng giữa chừng (" + reason + ")",
                "chạy lại lệnh khi kết nối ổn định: những tệp đã gửi được giữ lại, lần sau chỉ gửi những tệp còn thiếu");
    }
}

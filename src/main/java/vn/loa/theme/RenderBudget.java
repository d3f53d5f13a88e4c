package vn.loa.theme;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the output being rendered on this thread may still spend, and where in the theme it is:
 * the templates calling one another (include, embed, macro, block), the loops running, and the
 * chain of {@code extends} of each template hierarchy. {@link RenderGuard} opens one per output;
 * the guarded tags of {@link GuardedTags} report to it, and it throws
 * {@link TemplateLimitException} when a limit is passed. Outside a guarded render there is none
 * and nothing is checked.
 */
final class RenderBudget {

    private static final ThreadLocal<RenderBudget> CURRENT = new ThreadLocal<>();

    /** A template calling another: where (template and line) and what (the tag). */
    record Frame(String template, int line, String what) {
        String at() {
            return template + ":" + line;
        }
    }

    private final String template;
    private final RenderLimits limits;
    private final long deadline;
    private final List<Frame> frames = new ArrayList<>();
    private final List<Frame> loops = new ArrayList<>();
    private final Map<Object, List<String>> chains = new IdentityHashMap<>();

    private RenderBudget(String template, RenderLimits limits) {
        this.template = template;
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.maxTime().toNanos();
    }

    /** Opens the budget of one output on this thread; {@link #close} it when done. */
    static RenderBudget open(String template, RenderLimits limits) {
        RenderBudget b = new RenderBudget(template, limits);
        CURRENT.set(b);
        return b;
    }

    void close() {
        CURRENT.remove();
    }

    /** The budget of the output rendered on this thread, or null. */
    static RenderBudget current() {
        return CURRENT.get();
    }

    RenderLimits limits() {
        return limits;
    }

    /** Fails once the output has taken longer than it may. */
    void checkTime() {
        if (System.nanoTime() - deadline > 0) {
            Frame at = innermost();
            throw new TemplateLimitException(at.template(), at.line(), "mẫu chạy quá " + limits.seconds() + " cho một tệp xuất"
                    + (loops.isEmpty() ? "" : "; vòng lặp ở dòng này có lẽ lặp quá nhiều lần"),
                    "giảm số vòng lặp (range(), các {% for %} lồng nhau, macro gọi lại chính nó); một trang chỉ cần vài phần giây");
        }
    }

    /** Fails: the output is larger than it may be. */
    TemplateLimitException tooLarge() {
        Frame at = innermost();
        return new TemplateLimitException(at.template(), at.line(), "mẫu tạo ra hơn " + limits.megabytes() + " cho một tệp xuất",
                "xem lại vòng lặp hoặc macro sinh nội dung lặp lại; một trang thường chỉ vài trăm KB");
    }

    /** A loop begins at this tag. */
    void loopStarts(Frame loop) {
        loops.add(loop);
    }

    void loopEnds() {
        loops.remove(loops.size() - 1);
    }

    /** A template calls another (include, embed) or a macro or block of its own. */
    void enter(Frame f) {
        checkTime();
        if (frames.size() >= limits.maxDepth()) {
            throw tooDeep(f);
        }
        frames.add(f);
    }

    void exit() {
        frames.remove(frames.size() - 1);
    }

    /**
     * A template of the hierarchy {@code hierarchy} extends {@code parent}: fails when the chain
     * of {@code extends} comes back to a template already in it.
     */
    void extendsTo(Object hierarchy, String template, int line, String parent) {
        List<String> chain = chains.computeIfAbsent(hierarchy, k -> new ArrayList<>(List.of(template)));
        if (chain.contains(parent)) {
            List<String> cycle = new ArrayList<>(chain.subList(chain.indexOf(parent), chain.size()));
            cycle.add(parent);
            throw new TemplateLimitException(template, line, "mẫu kế thừa chính nó qua một vòng '{% extends %}' không bao giờ xong: "
                    + String.join(" → ", cycle),
                    "cho '{% extends %}' ở dòng này trỏ tới một mẫu khác không kế thừa ngược lại mẫu này, ví dụ \"base.peb\"");
        }
        chain.add(parent);
    }

    /** Where to blame a limit: the innermost loop running, else the innermost call, else the template. */
    Frame innermost() {
        if (!loops.isEmpty()) {
            return loops.get(loops.size() - 1);
        }
        if (!frames.isEmpty()) {
            return frames.get(frames.size() - 1);
        }
        return new Frame(template, 0, "");
    }

    /** The innermost call, or null. */
    Frame deepest() {
        return frames.isEmpty() ? null : frames.get(frames.size() - 1);
    }

    private TemplateLimitException tooDeep(Frame f) {
        int last = frames.lastIndexOf(f);
        String problem;
        if (last >= 0) {
            List<String> cycle = new ArrayList<>();
            frames.subList(last, frames.size()).forEach(x -> cycle.add(x.at()));
            cycle.add(f.at());
            problem = "mẫu gọi lại chính nó mãi không dừng: " + f.what() + " ở " + String.join(" → ", cycle) + " → … (quá "
                    + limits.maxDepth() + " tầng lồng nhau)";
        } else {
            problem = "các mẫu gọi lồng nhau quá " + limits.maxDepth() + " tầng (" + f.what() + " ở " + f.at() + ")";
        }
        return new TemplateLimitException(f.template(), f.line(), problem,
                "bỏ lệnh gọi ở dòng này, hoặc đặt nó trong một {% if %} để vòng gọi dừng lại sau vài tầng");
    }
}

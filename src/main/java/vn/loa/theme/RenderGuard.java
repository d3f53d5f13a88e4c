package vn.loa.theme;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import vn.loa.LoaException;

/**
 * Compiles and renders theme templates so that no template can hang the build, exhaust its
 * memory or overflow its stack: each output is rendered within a {@link RenderBudget} (size,
 * time, nesting depth, see {@link RenderLimits}), and whatever goes wrong ends as a
 * {@link LoaException} naming the theme file and line, never as a Java error.
 */
final class RenderGuard {

    /** How Pebble's {@code LimitedSizeWriter} begins its message. */
    static final String PEBBLE_SIZE_LIMIT = "Tried to write more than";

    private RenderGuard() {
    }

    /** Pebble's own size limit, which also counts what macros write before it is printed. */
    static int maxRenderedChars() {
        return (int) Math.min(Integer.MAX_VALUE, RenderLimits.DEFAULT.maxBytes());
    }

    /** Compiles a template; a template nested too deep for the parser is an error of that template. */
    static PebbleTemplate compile(Theme theme, PebbleEngine engine, String name) {
        try {
            return engine.getTemplate(name);
        } catch (PebbleException e) {
            throw TemplateErrors.of(theme, name, e);
        } catch (StackOverflowError e) {
            throw new LoaException(theme.describe(name), 0, "mẫu lồng nhau quá sâu, Loa không đọc hết được (tràn ngăn xếp)",
                    "bớt các ngoặc, thẻ hoặc lệnh lồng vào nhau trong mẫu này");
        }
    }

    /** Renders one output within the default limits. */
    static byte[] render(Theme theme, PebbleTemplate template, String name, Map<String, Object> ctx) {
        return render(theme, template, name, ctx, RenderLimits.DEFAULT);
    }

    static byte[] render(Theme theme, PebbleTemplate template, String name, Map<String, Object> ctx, RenderLimits limits) {
        RenderBudget budget = RenderBudget.open(name, limits);
        String page = ctx.get(LoaExtension.PAGE_URL) instanceof String s ? s : null;
        try {
            BoundedWriter w = new BoundedWriter(budget);
            template.evaluate(w, ctx);
            return w.toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw translate(theme, name, page, budget, e);
        } catch (StackOverflowError e) {
            RenderBudget.Frame at = budget.deepest();
            throw new LoaException(theme.describe(at == null ? name : at.template()), at == null ? 0 : at.line(),
                    "các mẫu lồng nhau quá sâu nên không hiển thị được (tràn ngăn xếp" + on(page) + ")",
                    "kiểm tra các lệnh include, macro và extends gọi lại nhau từ đây; bớt tầng lồng nhau");
        } catch (OutOfMemoryError e) {
            RenderBudget.Frame at = budget.innermost();
            throw new LoaException(theme.describe(at.template()), at.line(), "mẫu dùng hết bộ nhớ" + (page == null ? "" : " khi tạo " + page),
                    "xem lại vòng lặp hoặc phép nối chuỗi sinh nội dung rất lớn; nếu trang thật sự lớn, tăng bộ nhớ cho Java bằng biến LOA_JAVA_OPTS");
        } finally {
            budget.close();
        }
    }

    private static String on(String page) {
        return page == null ? "" : ", khi tạo " + page;
    }

    /** A failure while rendering, as the user's error: a limit passed, a template error, or as it was. */
    private static RuntimeException translate(Theme theme, String name, String page, RenderBudget budget, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PebbleException p && String.valueOf(p.getPebbleMessage()).startsWith(PEBBLE_SIZE_LIMIT)) {
                t = budget.tooLarge();
            }
            if (t instanceof TemplateLimitException limit) {
                return new LoaException(theme.describe(limit.template()), limit.line(),
                        limit.problem() + on(page), limit.fix());
            }
            if (t instanceof LoaException loa) {
                return loa;
            }
        }
        if (e instanceof PebbleException p) {
            return TemplateErrors.of(theme, name, p);
        }
        return e;
    }
}

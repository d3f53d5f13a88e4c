package vn.loa.theme;

/**
 * A template went past a limit of {@link RenderLimits} while rendering: thrown from deep inside
 * Pebble, and turned into a {@link vn.loa.LoaException} naming the theme file by
 * {@link RenderGuard}, which knows the theme.
 */
final class TemplateLimitException extends RuntimeException {

    private final String template;
    private final int line;
    private final String problem;
    private final String fix;

    TemplateLimitException(String template, int line, String problem, String fix) {
        super(template + ":" + line + ": " + problem, null, false, false);
        this.template = template;
        this.line = line;
        this.problem = problem;
        this.fix = fix;
    }

    /** The template's name in the theme ({@code partials/a.peb}). */
    String template() {
        return template;
    }

    int line() {
        return line;
    }

    String problem() {
        return problem;
    }

    String fix() {
        return fix;
    }
}

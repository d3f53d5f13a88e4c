package vn.loa.theme;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.BlockNode;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.ExtendsNode;
import io.pebbletemplates.pebble.node.ForNode;
import io.pebbletemplates.pebble.node.MacroNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.BlockTokenParser;
import io.pebbletemplates.pebble.tokenParser.EmbedTokenParser;
import io.pebbletemplates.pebble.tokenParser.ExtendsTokenParser;
import io.pebbletemplates.pebble.tokenParser.ForTokenParser;
import io.pebbletemplates.pebble.tokenParser.IncludeTokenParser;
import io.pebbletemplates.pebble.tokenParser.MacroTokenParser;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Pebble's tags that can loop or call templates, parsed by Pebble's own parsers and wrapped so
 * that the output's {@link RenderBudget} sees them: each turn of a {@code for} checks the time;
 * {@code include}, {@code embed}, a macro's body and a block's body count as one level of
 * nesting (a template that includes itself stops at the depth limit instead of overflowing the
 * stack); {@code extends} checks its chain for a cycle. Everything else is Pebble's.
 */
final class GuardedTags {

    private GuardedTags() {
    }

    /** Replaces Pebble's parsers of the same tags (an extension's parsers win over the core's). */
    static List<TokenParser> parsers() {
        return List.of(
                new Wrapped(new ForTokenParser(), (node, at) -> {
                    ForNode f = (ForNode) node;
                    BodyNode body = new BodyNode(f.getLineNumber(), List.of(new LoopTurn(), f.getBody()));
                    return new Framed(new ForNode(f.getLineNumber(), f.getIterationVariable(), f.getIterable(), body, f.getElseBody()),
                            at.apply("for"), true);
                }),
                new Wrapped(new IncludeTokenParser(), (node, at) -> new Framed(node, at.apply("{% include %}"), false)),
                new Wrapped(new EmbedTokenParser(), (node, at) -> new Framed(node, at.apply("{% embed %}"), false)),
                new Wrapped(new MacroTokenParser(), (node, at) -> {
                    MacroNode m = (MacroNode) node;
                    return new MacroNode(m.getName(), m.getArgs(), nested(m.getBody(), at.apply("macro '" + m.getName() + "'")));
                }),
                new Wrapped(new BlockTokenParser(), (node, at) -> {
                    BlockNode b = (BlockNode) node;
                    return new BlockNode(b.getLineNumber(), b.getName(), nested(b.getBody(), at.apply("khối '" + b.getName() + "'")));
                }),
                new Wrapped(new ExtendsTokenParser(), (node, at) -> new Extends((ExtendsNode) node)));
    }

    private static BodyNode nested(BodyNode body, RenderBudget.Frame frame) {
        return new BodyNode(body.getLineNumber(), List.of(new Framed(body, frame, false)));
    }

    /** How a parsed node is wrapped, given where its tag is: a frame for what the tag does. */
    private interface Wrapping {
        RenderableNode wrap(RenderableNode parsed, java.util.function.Function<String, RenderBudget.Frame> at);
    }

    private record Wrapped(TokenParser parser, Wrapping wrapping) implements TokenParser {
        @Override
        public String getTag() {
            return parser.getTag();
        }

        @Override
        public RenderableNode parse(Token token, Parser p) {
            String template = p.getStream().getFilename();
            int line = token.getLineNumber();
            return wrapping.wrap(parser.parse(token, p), what -> new RenderBudget.Frame(template, line, what));
        }
    }

    /** A node that renders another, which Pebble's visitors see in its place. */
    private abstract static class Around implements RenderableNode {
        final RenderableNode inner;

        Around(RenderableNode inner) {
            this.inner = inner;
        }

        @Override
        public void accept(NodeVisitor visitor) {
            inner.accept(visitor);
        }
    }

    /**
     * A node the budget follows while it renders: one level of nesting (an include, an embed, a macro's or a block's
     * body), or a for loop, named while it runs so that a limit passed inside it is blamed on it.
     */
    private static final class Framed extends Around {
        private final RenderBudget.Frame frame;
        private final boolean loop;

        Framed(RenderableNode inner, RenderBudget.Frame frame, boolean loop) {
            super(inner);
            this.frame = frame;
            this.loop = loop;
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
            RenderBudget budget = RenderBudget.current();
            if (budget == null) {
                inner.render(self, writer, context);
                return;
            }
            if (loop) {
                budget.loopStarts(frame);
            } else {
                budget.enter(frame);
            }
            try {
                inner.render(self, writer, context);
            } catch (PebbleException e) {
                throw sizeLimit(budget, e);
            } finally {
                if (loop) {
                    budget.loopEnds();
                } else {
                    budget.exit();
                }
            }
        }
    }

    /**
     * Pebble's own size limit (which counts what macros write before it is printed) says nothing
     * of where it was passed: blamed on the innermost loop or call, while they are known.
     */
    private static RuntimeException sizeLimit(RenderBudget budget, PebbleException e) {
        return String.valueOf(e.getPebbleMessage()).startsWith(RenderGuard.PEBBLE_SIZE_LIMIT) ? budget.tooLarge() : e;
    }

    /** The first node of a loop's body: checks the time at every turn. */
    private static final class LoopTurn implements RenderableNode {
        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) {
            RenderBudget budget = RenderBudget.current();
            if (budget != null) {
                budget.checkTime();
            }
        }

        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visit(this);
        }
    }

    /** {@code extends}, refused when its chain comes back to a template already in it. */
    private static final class Extends extends Around {
        private final ExtendsNode node;

        Extends(ExtendsNode node) {
            super(node);
            this.node = node;
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
            RenderBudget budget = RenderBudget.current();
            if (budget != null && node.getParentExpression().evaluate(self, context) instanceof String parent) {
                budget.extendsTo(context.getHierarchy(), self.getName(), node.getLineNumber(), self.resolveRelativePath(parent));
            }
            inner.render(self, writer, context);
        }
    }
}

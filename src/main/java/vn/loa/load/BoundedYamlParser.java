package vn.loa.load;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * SnakeYAML Engine's parser with the limits its composer lacks, checked on the events before any node is made. The
 * parser itself reads iteratively; its composer recurses once per level, and follows aliases, so that
 * <ul>
 * <li>{@code [[[[…} a hundred thousand levels deep ends in a {@code StackOverflowError}: at most {@link #MAX_DEPTH}
 *     levels of lists and groups are read;</li>
 * <li>{@code x: &a [*a]} is a list that holds itself, and {@code x: &a {<<: *a}} makes the composer loop forever: an
 *     alias to a list or group still open is refused;</li>
 * <li>an alias to a list or group copies it wherever it is used ("billion laughs"): at most {@link #MAX_ALIASES} such
 *     aliases are read (aliases to single values are free);</li>
 * <li>a tag that begins or ends with a space or an invisible character ({@code !a%20}, {@code !<%0A>}) makes the
 *     composer throw an {@code IllegalArgumentException}: such a tag is refused.</li>
 * </ul>
 * A limit reached is a {@link Limit} with the line, which {@link Yaml} turns into a content error.
 */
final class BoundedYamlParser implements Parser {

    /** Lists and groups inside each other; front matter needs four ({@code events → item → lead → name}). */
    static final int MAX_DEPTH = 32;
    /** Aliases to lists and groups in one file; the same as the composer's own limit, which then never fires. */
    static final int MAX_ALIASES = 10;

    /** What went over a limit, and where (0-based line of the YAML text). */
    static final class Limit extends RuntimeException {
        enum Kind { DEPTH, RECURSIVE_ALIAS, ALIASES, TAG }

        final Kind kind;
        final int line;
        final String anchor;

        Limit(Kind kind, Optional<Mark> mark, String anchor) {
            super(kind.name(), null, false, false);
            this.kind = kind;
            this.line = mark.map(Mark::getLine).orElse(0);
            this.anchor = anchor;
        }
    }

    private final Parser parser;
    private int depth;
    private int aliases;
    /** The start events of the lists and groups open now. */
    private final Deque<Event> open = new ArrayDeque<>();
    private final Set<Event> openSet = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The node each anchor names now, by its start event (an anchor may be defined again further down). */
    private final Map<Anchor, Event> anchors = new HashMap<>();

    BoundedYamlParser(Parser parser) {
        this.parser = parser;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event e = parser.next();
        Optional<String> tag = e instanceof ScalarEvent s ? s.getTag()
                : e instanceof CollectionStartEvent c ? c.getTag() : Optional.empty();
        if (tag.isPresent() && !composable(tag.get())) {
            throw new Limit(Limit.Kind.TAG, e.getStartMark(), null);
        }
        switch (e.getEventId()) {
            case SequenceStart, MappingStart -> {
                if (++depth > MAX_DEPTH) {
                    throw new Limit(Limit.Kind.DEPTH, e.getStartMark(), null);
                }
                ((NodeEvent) e).getAnchor().ifPresent(a -> anchors.put(a, e));
                open.push(e);
                openSet.add(e);
            }
            case SequenceEnd, MappingEnd -> {
                depth--;
                openSet.remove(open.pop());
            }
            case Scalar -> ((NodeEvent) e).getAnchor().ifPresent(a -> anchors.put(a, e));
            case Alias -> {
                Anchor a = ((AliasEvent) e).getAlias();
                Event target = anchors.get(a);
                if (target != null && openSet.contains(target)) {
                    throw new Limit(Limit.Kind.RECURSIVE_ALIAS, e.getStartMark(), a.getValue());
                }
                if (target != null && target.getEventId() != Event.ID.Scalar && ++aliases > MAX_ALIASES) {
                    throw new Limit(Limit.Kind.ALIASES, e.getStartMark(), a.getValue());
                }
            }
            default -> {
            }
        }
        return e;
    }

    /** Whether the composer takes the tag: SnakeYAML Engine's {@code Tag} refuses one empty or not equal to its trim. */
    static boolean composable(String tag) {
        return !tag.isEmpty() && tag.charAt(0) > ' ' && tag.charAt(tag.length() - 1) > ' ';
    }
}

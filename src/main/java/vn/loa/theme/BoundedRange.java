package vn.loa.theme;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * {@code range(start, end, increment)} (and {@code start..end}, which Pebble turns into a call to
 * it) as Pebble has it, numbers or single characters, end included, but computed when read
 * instead of stored: Pebble's own fills a list, so {@code range(0, 2000000000)} ran out of memory
 * before the loop began. It also refuses more values than {@link RenderLimits#maxRange()}, since
 * a filter such as {@code join} or {@code sort} would still store them all.
 */
final class BoundedRange implements Function {

    private static final List<String> ARGS = List.of("start", "end", "increment");

    @Override
    public List<String> getArgumentNames() {
        return ARGS;
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        Object start = args.get("start");
        Object end = args.get("end");
        Object increment = args.get("increment") == null ? 1L : args.get("increment");
        if (!(increment instanceof Number n)) {
            throw new PebbleException(null, "The increment of the range function must be a number " + increment, lineNumber, self.getName());
        }
        long step = n.longValue();
        if (step == 0) {
            throw new PebbleException(null, "The increment of the range function must be different than 0", lineNumber, self.getName());
        }
        boolean chars;
        long from;
        long to;
        if (start instanceof Number a && end instanceof Number b) {
            chars = false;
            from = a.longValue();
            to = b.longValue();
        } else if (start instanceof String a && end instanceof String b && a.length() == 1 && b.length() == 1) {
            chars = true;
            from = a.charAt(0);
            to = b.charAt(0);
        } else {
            throw new PebbleException(null, "Arguments of range function must be of type Number or String with a length of 1",
                    lineNumber, self.getName());
        }
        long size = size(from, to, step);
        RenderBudget budget = RenderBudget.current();
        long max = budget == null ? RenderLimits.DEFAULT.maxRange() : budget.limits().maxRange();
        if (size < 0 || size > max || size > Integer.MAX_VALUE) {
            throw new TemplateLimitException(self.getName(), lineNumber, "range(" + from + ", " + to + (step == 1 ? "" : ", " + step)
                    + ") cho " + (size < 0 ? "quá nhiều" : String.format(vn.loa.text.Vietnamese.LOCALE, "%,d", size))
                    + " giá trị, quá giới hạn " + String.format(vn.loa.text.Vietnamese.LOCALE, "%,d", max) + " của một range()",
                    "thu hẹp khoảng của range() ở dòng này");
        }
        return new Values((int) size, from, step, chars);
    }

    /** How many values; -1 when more than a long can count. */
    static long size(long from, long to, long step) {
        if (step > 0 ? to < from : to > from) {
            return 0;
        }
        BigInteger n = BigInteger.valueOf(to).subtract(BigInteger.valueOf(from)).divide(BigInteger.valueOf(step)).add(BigInteger.ONE);
        return n.bitLength() < 64 ? n.longValue() : -1;
    }

    /** The values, each computed when read: Longs, or Characters for a range of letters. */
    private static final class Values extends AbstractList<Object> implements RandomAccess {
        private final int size;
        private final long from;
        private final long step;
        private final boolean chars;

        Values(int size, long from, long step, boolean chars) {
            this.size = size;
            this.from = from;
            this.step = step;
            this.chars = chars;
        }

        @Override
        public Object get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            long v = from + index * step;
            return chars ? (Object) (char) v : (Object) v;
        }

        @Override
        public int size() {
            return size;
        }
    }
}

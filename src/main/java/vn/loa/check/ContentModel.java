package vn.loa.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys Loa reads in front matter, as the check stage knows them ({@link Schema}), for other
 * stages that describe content to people: the editor's forms are generated from this list, so a
 * key added to the schema is a field of the editor the next time it starts.
 */
public final class ContentModel {

    /** What a key holds. */
    public enum Kind { TEXT, DATE, LIST, NUMBER, YES_NO, GROUP, GROUP_LIST, GROUP_BY_NAME }

    /**
     * One key: its name, what it holds, the keys of a group or of each item of a list of groups,
     * and whether only plans read it.
     */
    public record Field(String name, Kind kind, List<Field> fields, boolean planOnly) {
        public Field {
            fields = List.copyOf(fields);
        }
    }

    private ContentModel() {
    }

    /** The keys of a page's front matter, in the schema's order. */
    public static List<Field> frontMatter() {
        return fields(Schema.FRONT_MATTER);
    }

    private static List<Field> fields(Schema.Level level) {
        List<Field> out = new ArrayList<>();
        for (Schema.Key k : level.keys().values()) {
            out.add(new Field(k.name(), kind(k.type()), k.nested() == null ? List.of() : fields(k.nested()),
                    k.planOnly()));
        }
        return out;
    }

    private static Kind kind(Schema.Type type) {
        return switch (type) {
            case STRING -> Kind.TEXT;
            case DATE -> Kind.DATE;
            case LIST -> Kind.LIST;
            case INTEGER -> Kind.NUMBER;
            case BOOLEAN -> Kind.YES_NO;
            case MAP -> Kind.GROUP;
            case MAP_LIST -> Kind.GROUP_LIST;
            case MAP_OF -> Kind.GROUP_BY_NAME;
        };
    }
}

package vn.loa.load;

import java.util.List;
import java.util.stream.Collectors;
import vn.loa.LoaException;

/** Several content problems found in one pass, so that an editor can fix them all at once. */
public final class ContentErrors extends RuntimeException {

    private final List<LoaException> errors;

    public ContentErrors(List<LoaException> errors) {
        super(errors.stream().map(LoaException::getMessage).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<LoaException> errors() {
        return errors;
    }
}

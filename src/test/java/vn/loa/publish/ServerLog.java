package vn.loa.publish;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What a test server saw a publish do: the files renamed into place and the files removed, in order. */
abstract class ServerLog {

    final List<String> renamedInto = Collections.synchronizedList(new ArrayList<>());
    final List<String> removed = Collections.synchronizedList(new ArrayList<>());

    /** The files sent into place, without Loa's manifest. */
    List<String> sent() {
        synchronized (renamedInto) {
            return renamedInto.stream().filter(p -> !p.contains(Manifest.NAME)).toList();
        }
    }

    /** Starts a new log, for the next publish. */
    void forget() {
        renamedInto.clear();
        removed.clear();
    }
}

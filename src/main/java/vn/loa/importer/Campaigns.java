package vn.loa.importer;

import java.util.List;
import java.util.Map;
import vn.loa.text.Vietnamese;

/** The campaign a plan belongs to, from its subject: the first campaign day the subject names. */
final class Campaigns {

    /** Folded names that identify each built-in campaign. */
    private static final Map<String, List<String>> NAMES = Map.of(
            "ngay-sang-tao", List.of("ngay sang tao va doi moi sang tao", "ngay sang tao", "doi moi sang tao the gioi",
                    "world creativity and innovation day"),
            "ngay-khcn", List.of("ngay khoa hoc va cong nghe viet nam", "ngay khoa hoc va cong nghe", "ngay kh&cn",
                    "ngay kh va cn", "ngay khcn", "ngay khoa hoc, cong nghe"));

    private Campaigns() {
    }

    /** {@code ngay-sang-tao}, {@code ngay-khcn} or null. */
    static String detect(String subject) {
        if (subject == null) {
            return null;
        }
        String f = " " + Vietnamese.fold(subject).replaceAll("\\s+", " ") + " ";
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        for (var e : NAMES.entrySet()) {
            for (String name : e.getValue()) {
                int at = f.indexOf(name);
                if (at >= 0 && at < bestAt) {
                    best = e.getKey();
                    bestAt = at;
                }
            }
        }
        return best;
    }
}

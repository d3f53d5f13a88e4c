package vn.loa.load;

import java.util.List;

/** A YAML sequence with the line of each item. */
record YamlList(int line, List<Object> items, List<Integer> itemLines) {
}

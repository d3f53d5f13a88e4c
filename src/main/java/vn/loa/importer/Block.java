package vn.loa.importer;

import java.util.List;

/**
 * A block of a document's body once its structure is recognised. {@code text} is what goes into the Markdown
 * (inline Markdown, already escaped), {@code plain} what a reader sees once it is rendered.
 */
sealed interface Block {

    String plain();

    /** {@code ## I. …} (level 2), {@code ### 1. …} (3), {@code #### 2.1. …} (4); {@code number} as written, or null. */
    record Heading(int level, String number, String text, String plain) implements Block {
        /** The heading's words without its number. */
        String title() {
            return number == null ? plain : plain.substring(Math.min(plain.length(), number.length())).strip();
        }
    }

    /** A paragraph; {@code number} when it is a long numbered item ({@code 2. Biểu dương …}) kept as a paragraph. */
    record Paragraph(String number, String text, String plain) implements Block {
    }

    /** A list item: level 0 from {@code -}, level 1 from {@code +} under it. */
    record Item(int level, String text, String plain) implements Block {
    }

    /** A table: the first row is its header. Cells are inline Markdown and plain text. */
    record Table(List<List<String>> rows, List<List<String>> plainRows) implements Block {
        @Override
        public String plain() {
            StringBuilder b = new StringBuilder();
            for (List<String> r : plainRows) {
                b.append(String.join(" ", r)).append('\n');
            }
            return b.toString().strip();
        }
    }
}

package vn.loa.dates;

/**
 * The lead words before a date: none, {@code từ} (FROM), {@code đến} (UNTIL), a deadline word, {@code Trước, trong và
 * sau} (AROUND), {@code sau} (AFTER), {@code trong} (WITHIN).
 */
enum Lead { NONE, FROM, UNTIL, DEADLINE, AROUND, AFTER, WITHIN }

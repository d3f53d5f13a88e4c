package vn.loa.dates;

/**
 * The lead words before a date: none, {@code từ} (FROM), {@code đến} (UNTIL), a deadline word, {@code Trước, trong và
 * sau} (AROUND), {@code sau} (AFTER), {@code trong} (WITHIN), {@code (nhân) dịp} (OCCASION).
 */
enum Lead { NONE, FROM, UNTIL, DEADLINE, AROUND, AFTER, WITHIN, OCCASION }

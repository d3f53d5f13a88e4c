package vn.loa.dates;

/** A part of the day as written ({@code buổi sáng}), ending before token {@code end}. */
record PodMention(PartOfDay pod, int end) {
}

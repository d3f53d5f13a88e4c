package vn.loa.publish;

/** A file as published: the SHA-256 of its content (hexadecimal) and its size in bytes. */
public record FileState(String hash, long size) {
}

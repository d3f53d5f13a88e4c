package vn.loa.load;

/** The signature block: {@code KT. GIÁM ĐỐC} / {@code PHÓ GIÁM ĐỐC} / name. */
public record Signer(String authority, String position, String name) {
}

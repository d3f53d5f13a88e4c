package vn.loa.load;

/** The signature block: {@code KT. GIÁM ĐỐC} / {@code PHÓ GIÁM ĐỐC} / name. */
public record Signer(String authority, String position, String name) {

    public Signer {
        authority = Shared.of(authority); // the few signers of a site, one copy each
        position = Shared.of(position);
        name = Shared.of(name);
    }
}

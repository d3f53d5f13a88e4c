package vn.loa.load;

import java.util.List;

/**
 * The official metadata of a plan (Decree 30/2020/NĐ-CP form): issuing body, number and symbol,
 * place, legal basis, themes, slogans, recipients and signer. The issue date is the page date.
 */
public record DocumentInfo(String kind, List<String> issuer, String number, String place, List<String> basis,
                           List<String> themes, List<String> slogans, List<String> recipients, Signer signer) {

    public DocumentInfo {
        kind = Shared.of(kind);
        issuer = Shared.of(issuer);
        place = Shared.of(place);
        basis = List.copyOf(basis);
        themes = List.copyOf(themes);
        slogans = List.copyOf(slogans);
        recipients = Shared.of(recipients);
    }

    /** Whether the number was left blank, as in drafts: {@code Số: /KH-SKHCN}. */
    public boolean numberBlank() {
        return number == null || number.startsWith("/");
    }
}

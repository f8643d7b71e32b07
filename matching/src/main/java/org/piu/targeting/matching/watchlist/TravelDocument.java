package org.piu.targeting.matching.watchlist;

import java.util.Objects;

/** A travel document on a list entry: type ("P" passport, "ID", ... free text), number, ISO 3166 issuing country. */
public record TravelDocument(String type, String number, String issuingCountry) {
    public TravelDocument {
        Objects.requireNonNull(number, "document number");
        if (number.isBlank()) throw new IllegalArgumentException("document number is blank");
        type = type == null ? "" : type.strip();
        issuingCountry = issuingCountry == null ? "" : issuingCountry.strip().toUpperCase(java.util.Locale.ROOT);
    }
}

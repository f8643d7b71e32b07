package org.piu.targeting.matching.watchlist;

import java.util.Objects;

/**
 * A travel document as a watchlist entry lists it: type ("P" passport, "ID", ... free text), number, ISO 3166 issuing
 * country. Not the model's {@code TravelDocument} (a passenger's document as reported, with expiry): a list entry
 * often knows only the number.
 */
public record ListedDocument(String type, String number, String issuingCountry) {
    public ListedDocument {
        Objects.requireNonNull(number, "document number");
        if (number.isBlank()) {
            throw new IllegalArgumentException("document number is blank");
        }
        type = type == null ? "" : type.strip();
        issuingCountry = issuingCountry == null ? "" : issuingCountry.strip().toUpperCase(java.util.Locale.ROOT);
    }
}

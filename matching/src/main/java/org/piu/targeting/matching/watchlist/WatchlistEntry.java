package org.piu.targeting.matching.watchlist;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One person on a watchlist. {@code names} holds the primary name first, then aliases, in any script.
 * Nationalities are ISO 3166 codes or country names as the source gives them.
 */
public record WatchlistEntry(
        String entryId,
        List<String> names,
        List<DateOfBirth> datesOfBirth,
        Gender gender,
        List<String> nationalities,
        List<ListedDocument> documents) {

    public WatchlistEntry {
        Objects.requireNonNull(entryId, "entryId");
        if (entryId.isBlank()) {
            throw new IllegalArgumentException("entryId is blank");
        }
        names = names == null
                ? List.of()
                : names.stream()
                        .filter(n -> n != null && !n.isBlank())
                        .map(String::strip)
                        .toList();
        datesOfBirth = datesOfBirth == null ? List.of() : List.copyOf(datesOfBirth);
        gender = gender == null ? Gender.UNKNOWN : gender;
        nationalities = nationalities == null
                ? List.of()
                : nationalities.stream()
                        .filter(n -> n != null && !n.isBlank())
                        .map(String::strip)
                        .toList();
        documents = documents == null ? List.of() : List.copyOf(documents);
        if (names.isEmpty() && documents.isEmpty()) {
            throw new IllegalArgumentException("entry " + entryId + " has neither a name nor a travel document");
        }
    }

    public Optional<String> primaryName() {
        return names.stream().findFirst();
    }
}

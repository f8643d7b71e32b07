package org.piu.targeting.matching.watchlist;

import java.util.Objects;
import java.util.Optional;

/**
 * A person to screen, usually a passenger. Either {@code name} (free form: "SURNAME, Given", PNR
 * "SURNAME/GIVEN MR", MRZ "SURNAME&lt;&lt;GIVEN", or plain) or {@code surname} + {@code givenNames}.
 * Optional fields are null when unknown.
 */
public record PersonQuery(
        String id,
        String name,
        String surname,
        String givenNames,
        DateOfBirth dateOfBirth,
        Gender gender,
        String nationality,
        String documentNumber,
        String documentIssuingCountry) {

    public PersonQuery {
        Objects.requireNonNull(id, "person id");
        gender = gender == null ? Gender.UNKNOWN : gender;
    }

    public static PersonQuery ofName(String id, String name) {
        return new PersonQuery(id, name, null, null, null, Gender.UNKNOWN, null, null, null);
    }

    public Optional<DateOfBirth> dateOfBirthIfKnown() {
        return Optional.ofNullable(dateOfBirth);
    }

    /** True when there is something to screen: a name or a document number. */
    public boolean hasName() {
        return (name != null && !name.isBlank())
                || (surname != null && !surname.isBlank())
                || (givenNames != null && !givenNames.isBlank());
    }
}

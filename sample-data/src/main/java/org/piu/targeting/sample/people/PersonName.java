package org.piu.targeting.sample.people;

/** Surname and given name of a generated person, each in MRZ romanization and native spelling. */
public record PersonName(NameForm surname, NameForm given) {

    /** "GIVEN SURNAME" in MRZ romanization, as a payer name in a PNR. */
    public String mrzFullName() {
        return given.mrz() + " " + surname.mrz();
    }

    /** "Surname Given" in the native spelling, as national lists write it. */
    public String nativeFullName() {
        return surname.nativeForm() + " " + given.nativeForm();
    }
}

package org.piu.targeting.sample.people;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * What the generators need to know about the people of one country: their names (MRZ and native spelling),
 * how women's surnames are formed, the format of passport numbers and mobile numbers, their usual e-mail
 * providers and currency.
 *
 * @param passportFormat one character per position: {@code L} letter, {@code D} digit, {@code A} a letter or digit
 *                       of the German passport alphabet, anything else literal
 * @param phonePrefixes  international prefixes of mobile operators, e.g. {@code +37369}
 * @param phoneDigits    digits that follow the prefix
 */
public record Nationality(
        String code,
        List<NameForm> surnames,
        List<NameForm> maleNames,
        List<NameForm> femaleNames,
        SurnameGender surnameGender,
        String passportFormat,
        int passportYears,
        List<String> phonePrefixes,
        int phoneDigits,
        List<String> emailDomains,
        String currency) {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPRSTUVWXYZ";
    private static final String GERMAN_ALPHABET = "CFGHJKLMNPRTVWXYZ0123456789";

    /** A random person's name of this nationality; {@code female} decides the given name and the surname form. */
    public PersonName name(RandomGenerator rng, boolean female) {
        NameForm surname = surnames.get(rng.nextInt(surnames.size()));
        NameForm given = female
                ? femaleNames.get(rng.nextInt(femaleNames.size()))
                : maleNames.get(rng.nextInt(maleNames.size()));
        return new PersonName(female ? surnameGender.feminine(surname) : surname, given);
    }

    /** The same surname family in the form a woman of this nationality carries it. */
    public NameForm feminine(NameForm masculine) {
        return surnameGender.feminine(masculine);
    }

    public String passportNumber(RandomGenerator rng) {
        StringBuilder sb = new StringBuilder(passportFormat.length());
        for (char c : passportFormat.toCharArray()) {
            switch (c) {
                case 'L' -> sb.append(LETTERS.charAt(rng.nextInt(LETTERS.length())));
                case 'D' -> sb.append((char) ('0' + rng.nextInt(10)));
                case 'A' -> sb.append(GERMAN_ALPHABET.charAt(rng.nextInt(GERMAN_ALPHABET.length())));
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A regular expression that every number of {@link #passportNumber} matches. */
    public String passportPattern() {
        StringBuilder sb = new StringBuilder();
        for (char c : passportFormat.toCharArray()) {
            sb.append(
                    switch (c) {
                        case 'L' -> "[A-Z]";
                        case 'D' -> "[0-9]";
                        case 'A' -> "[CFGHJKLMNPRTVWXYZ0-9]";
                        default -> String.valueOf(c);
                    });
        }
        return sb.toString();
    }

    /** A mobile number in E.164 as PNRs carry it, e.g. {@code +37369123456}. */
    public String mobilePhone(RandomGenerator rng) {
        StringBuilder sb = new StringBuilder(phonePrefixes.get(rng.nextInt(phonePrefixes.size())));
        for (int i = 0; i < phoneDigits; i++) {
            sb.append((char) ('0' + rng.nextInt(10)));
        }
        return sb.toString();
    }

    /** An upper-case e-mail address built from the name, as reservation systems store it. */
    public String email(RandomGenerator rng, PersonName name) {
        String local = switch (rng.nextInt(4)) {
            case 0 -> name.given().mrz() + "." + name.surname().mrz();
            case 1 -> name.given().mrz().charAt(0) + name.surname().mrz() + (1960 + rng.nextInt(45));
            case 2 -> name.surname().mrz() + "_" + name.given().mrz() + rng.nextInt(100);
            default -> name.given().mrz() + name.surname().mrz().charAt(0) + (rng.nextInt(900) + 100);
        };
        local = local.replace(" ", "").replace("-", "");
        return (local + "@" + emailDomains.get(rng.nextInt(emailDomains.size()))).toUpperCase(Locale.ROOT);
    }
}

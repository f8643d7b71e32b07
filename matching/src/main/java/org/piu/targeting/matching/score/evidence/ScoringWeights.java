package org.piu.targeting.matching.score.evidence;

/**
 * How much each kind of evidence moves a name score: the matcher's calibration in one table, so that it can be
 * reviewed and diffed (README "How a name is matched", step 3). Every weight is in 0..1 and is one of two kinds:
 *
 * <ul>
 *   <li>a <b>share</b>: supporting evidence closes that share of the gap to 1, {@code s + (1 - s) * share}. Support
 *       can raise a likely name to near-certainty but never turns a weak name into a strong one;
 *   <li>a <b>factor</b>: contradicting evidence multiplies the score, {@code s * factor}.
 * </ul>
 *
 * <p>Evidence is applied in a fixed order (date of birth, gender, nationality), each step to the score the previous
 * one left. The defaults were calibrated on the evaluation sets ({@code ./piu evaluate all}); changing one is a
 * calibration change: run the evaluation again and update README's results. The name similarity's own parameters
 * (how parts pair, what a missing middle name costs) belong to {@code NameAlignment} and {@code TokenSimilarity}.
 *
 * @param dateOfBirthFromName the name score from which a supporting date of birth counts at all: a matching date
 *     does not make a different name the same person
 * @param exactDateOfBirth share: the same full date
 * @param sameYearOfBirth share: the same year (or year and month) when one side has no full date, or a year inside
 *     a listed range
 * @param mistypedDateOfBirth share: full dates with day and month swapped or one digit keyed wrong, which passports
 *     and manual entry produce
 * @param nearDateOfBirth factor: dates about a year apart (listed dates are often approximate)
 * @param sameYearOtherDay factor: the same year but another month or day
 * @param datesUpTo3YearsApart factor: dates 2 to 3 years apart
 * @param datesUpTo5YearsApart factor: dates 4 to 5 years apart
 * @param datesUpTo7YearsApart factor: dates 6 to 7 years apart
 * @param datesFurtherApart factor: dates 8 or more years apart, low enough that an identical common name with a date
 *     a decade away stays below the default review threshold
 * @param genderConflict factor: both genders known and different
 * @param sameNationality share: a listed nationality is the passenger's (no support when the dates contradict)
 * @param otherNationality factor: nationalities known on both sides and none shared
 * @param documentNumber the score the same canonical travel-document number earns by itself
 * @param documentCountryConflict factor: the same document number, but both issuing countries known and different
 *     (screening still reports such a match, at least for review)
 */
public record ScoringWeights(
        double dateOfBirthFromName,
        double exactDateOfBirth,
        double sameYearOfBirth,
        double mistypedDateOfBirth,
        double nearDateOfBirth,
        double sameYearOtherDay,
        double datesUpTo3YearsApart,
        double datesUpTo5YearsApart,
        double datesUpTo7YearsApart,
        double datesFurtherApart,
        double genderConflict,
        double sameNationality,
        double otherNationality,
        double documentNumber,
        double documentCountryConflict) {

    public ScoringWeights {
        inUnitInterval("dateOfBirthFromName", dateOfBirthFromName);
        inUnitInterval("exactDateOfBirth", exactDateOfBirth);
        inUnitInterval("sameYearOfBirth", sameYearOfBirth);
        inUnitInterval("mistypedDateOfBirth", mistypedDateOfBirth);
        inUnitInterval("nearDateOfBirth", nearDateOfBirth);
        inUnitInterval("sameYearOtherDay", sameYearOtherDay);
        inUnitInterval("datesUpTo3YearsApart", datesUpTo3YearsApart);
        inUnitInterval("datesUpTo5YearsApart", datesUpTo5YearsApart);
        inUnitInterval("datesUpTo7YearsApart", datesUpTo7YearsApart);
        inUnitInterval("datesFurtherApart", datesFurtherApart);
        inUnitInterval("genderConflict", genderConflict);
        inUnitInterval("sameNationality", sameNationality);
        inUnitInterval("otherNationality", otherNationality);
        inUnitInterval("documentNumber", documentNumber);
        inUnitInterval("documentCountryConflict", documentCountryConflict);
    }

    /** The calibrated weights (README "How a name is matched" and "Results"). */
    public static ScoringWeights defaults() {
        return new ScoringWeights(
                0.6, // dateOfBirthFromName
                0.5, // exactDateOfBirth: half the gap
                0.25, // sameYearOfBirth: a quarter
                0.15, // mistypedDateOfBirth
                0.96, // nearDateOfBirth
                0.85, // sameYearOtherDay
                0.85, // datesUpTo3YearsApart
                0.78, // datesUpTo5YearsApart
                0.72, // datesUpTo7YearsApart
                0.65, // datesFurtherApart
                0.85, // genderConflict
                0.1, // sameNationality: a tenth of the gap
                0.95, // otherNationality
                1.0, // documentNumber
                0.75); // documentCountryConflict
    }

    private static void inUnitInterval(String name, double weight) {
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("scoring weight " + name + " must be in 0..1, was " + weight);
        }
    }
}

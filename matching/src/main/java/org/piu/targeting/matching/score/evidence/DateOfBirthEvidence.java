package org.piu.targeting.matching.score.evidence;

import java.util.function.Supplier;

/**
 * Date-of-birth evidence: a matching date supports a name that already looks alike, a date years away speaks
 * against it, the more the further apart (listed dates are often approximate, so a few years weigh less than
 * decades).
 */
public final class DateOfBirthEvidence {

    private final ScoringWeights weights;

    public DateOfBirthEvidence(ScoringWeights weights) {
        this.weights = weights;
    }

    /** Weighs a comparison of the passenger's date with the listed ones, given the name score it would move. */
    public Finding weigh(DateOfBirthComparison dates, double nameScore) {
        Supplier<String> line = dates::describe;
        boolean namesAlike = nameScore >= weights.dateOfBirthFromName();
        return switch (dates.kind()) {
            case EXACT -> support(namesAlike, weights.exactDateOfBirth(), line);
            case SAME_YEAR_MONTH, SAME_YEAR, IN_RANGE -> support(namesAlike, weights.sameYearOfBirth(), line);
            case SWAPPED_DAY_MONTH, ONE_DIGIT -> support(namesAlike, weights.mistypedDateOfBirth(), line);
            case NEAR -> Finding.contradicts(weights.nearDateOfBirth(), line);
            case SAME_YEAR_OTHER_DAY -> Finding.contradicts(weights.sameYearOtherDay(), line);
            case CONFLICT -> Finding.contradicts(yearsApartFactor(dates.yearsApart()), line);
            case UNKNOWN -> Finding.neutral(line);
        };
    }

    /** The factor for dates that many whole years apart. */
    double yearsApartFactor(int yearsApart) {
        if (yearsApart <= 3) {
            return weights.datesUpTo3YearsApart();
        }
        if (yearsApart <= 5) {
            return weights.datesUpTo5YearsApart();
        }
        if (yearsApart <= 7) {
            return weights.datesUpTo7YearsApart();
        }
        return weights.datesFurtherApart();
    }

    private static Finding support(boolean namesAlike, double share, Supplier<String> line) {
        return namesAlike ? Finding.supports(share, line) : Finding.neutral(line);
    }
}

package org.piu.targeting.matching.score.evidence;

import java.util.List;
import org.piu.targeting.matching.watchlist.DateOfBirth;

/**
 * Date-of-birth evidence between a passenger and a list entry. Lists often hold only a year, a range or several
 * candidate dates; passports carry full dates with occasional keying errors, so a swapped day and month or one
 * mistyped digit is weak support rather than a contradiction, while dates years apart count against the match.
 */
public record DateOfBirthComparison(Kind kind, DateOfBirth query, DateOfBirth listed) {

    public enum Kind {
        EXACT("=", "exact"),
        SAME_YEAR_MONTH("≈", "same year and month"),
        SAME_YEAR("≈", "same year"),
        IN_RANGE("≈", "within listed range"),
        SWAPPED_DAY_MONTH("≈", "day and month swapped"),
        ONE_DIGIT("≈", "one digit differs"),
        NEAR("~", "one year apart"),
        SAME_YEAR_OTHER_DAY("≠", "partly different"),
        CONFLICT("≠", "far apart"),
        UNKNOWN("?", "not comparable");

        final String symbol;
        final String label;

        Kind(String symbol, String label) {
            this.symbol = symbol;
            this.label = label;
        }
    }

    public static DateOfBirthComparison compare(DateOfBirth query, List<DateOfBirth> listed) {
        if (query == null || listed.isEmpty()) {
            return new DateOfBirthComparison(Kind.UNKNOWN, query, null);
        }
        DateOfBirthComparison best = null;
        for (DateOfBirth d : listed) {
            DateOfBirthComparison c = new DateOfBirthComparison(kindOf(query, d), query, d);
            if (best == null || c.kind.ordinal() < best.kind.ordinal()) {
                best = c;
            }
        }
        return best;
    }

    /** Whole years between the two dates (0 when unknown or overlapping). */
    public int yearsApart() {
        if (query == null || listed == null) {
            return 0;
        }
        if (query.year() <= listed.toYear() && listed.year() <= query.toYear()) {
            return 0;
        }
        return Math.min(Math.abs(query.year() - listed.toYear()), Math.abs(listed.year() - query.toYear()));
    }

    /**
     * True when the dates speak against the same person (far apart, or the same year but another day), as opposed
     * to being unknown, supporting, or only a year off (which listed approximate dates often are).
     */
    public boolean contradicts() {
        return kind == Kind.CONFLICT || kind == Kind.SAME_YEAR_OTHER_DAY;
    }

    /** 1 January is how many sources write "year only": compare such dates by year. */
    private static DateOfBirth precision(DateOfBirth d) {
        return d.isFullDate() && d.month() == 1 && d.day() == 1 ? DateOfBirth.ofYear(d.year()) : d;
    }

    static Kind kindOf(DateOfBirth query, DateOfBirth listed) {
        DateOfBirth q = precision(query);
        DateOfBirth l = precision(listed);
        if (l.isRange() || q.isRange()) {
            return q.year() <= l.toYear() && l.year() <= q.toYear()
                    ? Kind.IN_RANGE
                    : Math.min(Math.abs(q.year() - l.toYear()), Math.abs(l.year() - q.toYear())) <= 1
                            ? Kind.NEAR
                            : Kind.CONFLICT;
        }
        if (q.isFullDate() && l.isFullDate()) {
            if (q.year() == l.year() && q.month() == l.month() && q.day() == l.day()) {
                return Kind.EXACT;
            }
            if (q.year() == l.year() && q.month() == l.day() && q.day() == l.month()) {
                return Kind.SWAPPED_DAY_MONTH;
            }
            if (digitsDiffer(q, l) == 1) {
                return Kind.ONE_DIGIT;
            }
            if (q.year() == l.year()) {
                return Kind.SAME_YEAR_OTHER_DAY;
            }
            if (q.month() == l.month() && q.day() == l.day() && Math.abs(q.year() - l.year()) <= 2) {
                return Kind.NEAR;
            }
            return Math.abs(q.year() - l.year()) <= 1 ? Kind.NEAR : Kind.CONFLICT;
        }
        if (q.year() == l.year()) {
            if (q.month() > 0 && l.month() > 0) {
                return q.month() == l.month() ? Kind.SAME_YEAR_MONTH : Kind.SAME_YEAR_OTHER_DAY;
            }
            return Kind.SAME_YEAR;
        }
        int apart = Math.abs(q.year() - l.year());
        // a mistyped year digit is plausible, but with only a year to compare a decade apart is no support
        if (oneDigitApart(q.year(), l.year())) {
            return apart < 10 ? Kind.ONE_DIGIT : Kind.SAME_YEAR_OTHER_DAY;
        }
        return apart <= 1 ? Kind.NEAR : Kind.CONFLICT;
    }

    private static int digitsDiffer(DateOfBirth a, DateOfBirth b) {
        String x = String.format("%04d%02d%02d", a.year(), a.month(), a.day());
        String y = String.format("%04d%02d%02d", b.year(), b.month(), b.day());
        int d = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                d++;
            }
        }
        return d;
    }

    private static boolean oneDigitApart(int a, int b) {
        String x = Integer.toString(a);
        String y = Integer.toString(b);
        int d = 0;
        for (int i = 0; i < 4; i++) {
            if (x.charAt(i) != y.charAt(i)) {
                d++;
            }
        }
        return d == 1;
    }

    /** Reviewer-readable line, e.g. "DOB 1985-03-02 = 1985-03-02 (exact)". */
    public String describe() {
        if (kind == Kind.UNKNOWN) {
            return query == null ? "DOB not given for passenger" : "DOB not on list entry";
        }
        return "DOB " + query + " " + kind.symbol + " " + listed + " (" + kind.label + ")";
    }
}

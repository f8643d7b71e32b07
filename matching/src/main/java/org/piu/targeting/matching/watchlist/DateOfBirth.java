package org.piu.targeting.matching.watchlist;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth as lists and passengers carry it: a full date, a year and month, a year, or a range of years
 * ("1960-1965", "circa" dates on sanctions lists). {@code month} and {@code day} are 0 when unknown.
 */
public record DateOfBirth(int year, int month, int day, int toYear) {

    private static final Pattern FULL = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4})\\s*(?:-|\\.\\.|to)\\s*(\\d{4})");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");

    public DateOfBirth {
        if (year < 1000 || year > 2999) {
            throw new IllegalArgumentException("year " + year + " is out of range 1000-2999");
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month " + month + " is out of range 1-12");
        }
        if (day < 0 || day > 31 || (day > 0 && month == 0)) {
            throw new IllegalArgumentException("day " + day + " is invalid");
        }
        if (day > 0) {
            LocalDate.of(year, month, day);
        } // throws DateTimeException for 2023-02-30
        if (toYear < year) {
            toYear = year;
        }
    }

    public static DateOfBirth of(int year, int month, int day) {
        return new DateOfBirth(year, month, day, year);
    }

    public static DateOfBirth ofYear(int year) {
        return new DateOfBirth(year, 0, 0, year);
    }

    public static DateOfBirth between(int fromYear, int toYear) {
        return new DateOfBirth(fromYear, 0, 0, toYear);
    }

    public boolean isFullDate() {
        return day > 0;
    }

    public boolean isRange() {
        return toYear > year;
    }

    /**
     * Parses {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}, a year range {@code YYYY-YYYY} or {@code DD.MM.YYYY}.
     * Blank gives empty; anything else throws IllegalArgumentException naming the text.
     */
    public static Optional<DateOfBirth> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            Matcher m;
            if ((m = FULL.matcher(t)).matches()) {
                return Optional.of(of(i(m, 1), i(m, 2), i(m, 3)));
            }
            if ((m = RANGE.matcher(t)).matches()) {
                return Optional.of(between(i(m, 1), i(m, 2)));
            }
            if ((m = YEAR_MONTH.matcher(t)).matches()) {
                return Optional.of(new DateOfBirth(i(m, 1), i(m, 2), 0, i(m, 1)));
            }
            if ((m = YEAR.matcher(t)).matches()) {
                return Optional.of(ofYear(i(m, 1)));
            }
            if ((m = DMY.matcher(t)).matches()) {
                return Optional.of(of(i(m, 3), i(m, 2), i(m, 1)));
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid date of birth '" + t + "': " + e.getMessage(), e);
        }
        throw new IllegalArgumentException(
                "invalid date of birth '" + t + "': expected YYYY-MM-DD, YYYY-MM, YYYY or YYYY-YYYY");
    }

    private static int i(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }

    @Override
    public String toString() {
        if (isRange()) {
            return year + "-" + toYear;
        }
        if (day > 0) {
            return LocalDate.of(year, month, day).toString();
        }
        if (month > 0) {
            return YearMonth.of(year, month).toString();
        }
        return Integer.toString(year);
    }
}

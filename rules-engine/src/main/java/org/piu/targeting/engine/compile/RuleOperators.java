package org.piu.targeting.engine.compile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.piu.targeting.engine.rule.CheckedCondition.Range;

/**
 * The semantics of every operator, in one place: the generated DRL calls these methods and the reason writer
 * calls the same ones, so a hit's explanation always agrees with why it fired.
 * <p>
 * A missing (null) value satisfies only {@code empty}: every other test on it is false, including {@code ne} and
 * {@code not_in} (unknown is not "different"). Wrap a test in {@code not} to include missing values.
 */
public final class RuleOperators {

    private RuleOperators() {}

    public static boolean eq(Object value, Object operand) {
        return value != null && value.equals(operand);
    }

    public static boolean ne(Object value, Object operand) {
        return value != null && !value.equals(operand);
    }

    public static boolean lt(Object value, Object operand) {
        return value != null && compare(value, operand) < 0;
    }

    public static boolean le(Object value, Object operand) {
        return value != null && compare(value, operand) <= 0;
    }

    public static boolean gt(Object value, Object operand) {
        return value != null && compare(value, operand) > 0;
    }

    public static boolean ge(Object value, Object operand) {
        return value != null && compare(value, operand) >= 0;
    }

    public static boolean between(Object value, Object range) {
        Range r = (Range) range;
        return value != null && compare(value, r.low()) >= 0 && compare(value, r.high()) <= 0;
    }

    public static boolean in(Object value, Object set) {
        return value != null && ((Set<?>) set).contains(value);
    }

    public static boolean notIn(Object value, Object set) {
        return value != null && !((Set<?>) set).contains(value);
    }

    public static boolean startsWith(Object value, Object prefix) {
        return value instanceof String s && s.startsWith((String) prefix);
    }

    public static boolean endsWith(Object value, Object suffix) {
        return value instanceof String s && s.endsWith((String) suffix);
    }

    public static boolean contains(Object value, Object part) {
        return value instanceof String s && s.contains((String) part);
    }

    public static boolean empty(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }

    public static boolean notEmpty(Object value) {
        return !empty(value);
    }

    /** The instant lies at most {@code hours} before or after the flight's departure. */
    public static boolean withinHours(Object value, Object departure, Object hours) {
        if (!(value instanceof Instant t) || !(departure instanceof Instant d)) {
            return false;
        }
        double h = Math.abs(Duration.between(t, d).toSeconds()) / 3600.0;
        return h <= (Double) hours;
    }

    /** The date (or instant) lies at most {@code days} before or after the flight's departure (date). */
    public static boolean withinDays(Object value, Object departureDate, Object departure, Object days) {
        double n = (Double) days;
        if (value instanceof LocalDate date && departureDate instanceof LocalDate d) {
            return Math.abs(ChronoUnit.DAYS.between(date, d)) <= n;
        }
        return withinHours(value, departure, n * 24.0);
    }

    /** The rule's scope: the passenger's direction and the flight's route. */
    public static boolean inScope(Object direction, Object origin, Object destination, Object scope) {
        return ((RuleScopeCheck) scope).admits((String) direction, (String) origin, (String) destination);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object value, Object operand) {
        return ((Comparable) value).compareTo(operand);
    }
}

package org.piu.targeting.engine.assess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.piu.targeting.engine.catalog.Operator;
import org.piu.targeting.engine.compile.RuleOperators;
import org.piu.targeting.engine.facts.PassengerFacts;
import org.piu.targeting.engine.facts.WatchlistFacts;
import org.piu.targeting.engine.rule.CheckedCondition;

/**
 * Explains a hit: re-evaluates the rule's condition tree for the passenger with the same operators the DRL uses
 * and writes one line per matched test, with the actual value: {@code booking.leadTimeHours = 6 (< 48)}.
 * For {@code any}, only the branches that held are listed; under {@code not}, the tests that did not hold.
 */
final class ReasonWriter {

    private static final int MAX_VALUES_SHOWN = 8;

    private ReasonWriter() {}

    static List<String> explain(CheckedCondition c, PassengerFacts p, WatchlistFacts w) {
        List<String> out = new ArrayList<>();
        explain(c, p, w, false, out);
        return out;
    }

    private static void explain(
            CheckedCondition c, PassengerFacts p, WatchlistFacts w, boolean negated, List<String> out) {
        switch (c) {
            case CheckedCondition.All a -> {
                for (CheckedCondition child : a.children()) {
                    if (holds(child, p, w) != negated) {
                        explain(child, p, w, negated, out);
                    }
                }
            }
            case CheckedCondition.Any a -> {
                for (CheckedCondition child : a.children()) {
                    if (holds(child, p, w) != negated) {
                        explain(child, p, w, negated, out);
                    }
                }
            }
            case CheckedCondition.Not n -> explain(n.child(), p, w, !negated, out);
            case CheckedCondition.Test t -> out.add(describe(t, p, w, negated));
        }
    }

    static boolean holds(CheckedCondition c, PassengerFacts p, WatchlistFacts w) {
        return switch (c) {
            case CheckedCondition.All a -> a.children().stream().allMatch(x -> holds(x, p, w));
            case CheckedCondition.Any a -> a.children().stream().anyMatch(x -> holds(x, p, w));
            case CheckedCondition.Not n -> !holds(n.child(), p, w);
            case CheckedCondition.Test t -> test(t, p, w);
        };
    }

    private static boolean test(CheckedCondition.Test t, PassengerFacts p, WatchlistFacts w) {
        Object v = FactReader.read(t.field(), p, w);
        Object k = t.operand();
        return switch (t.op()) {
            case EQ -> RuleOperators.eq(v, k);
            case NE -> RuleOperators.ne(v, k);
            case LT -> RuleOperators.lt(v, k);
            case LE -> RuleOperators.le(v, k);
            case GT -> RuleOperators.gt(v, k);
            case GE -> RuleOperators.ge(v, k);
            case BETWEEN -> RuleOperators.between(v, k);
            case IN -> RuleOperators.in(v, k);
            case NOT_IN -> RuleOperators.notIn(v, k);
            case STARTS_WITH -> RuleOperators.startsWith(v, k);
            case ENDS_WITH -> RuleOperators.endsWith(v, k);
            case CONTAINS -> RuleOperators.contains(v, k);
            case EMPTY -> RuleOperators.empty(v);
            case NOT_EMPTY -> RuleOperators.notEmpty(v);
            case WITHIN_HOURS -> RuleOperators.withinHours(v, p.flightDeparture(), k);
            case WITHIN_DAYS -> RuleOperators.withinDays(v, p.flightDepartureDate(), p.flightDeparture(), k);
        };
    }

    private static String describe(CheckedCondition.Test t, PassengerFacts p, WatchlistFacts w, boolean negated) {
        Object actual = FactReader.read(t.field(), p, w);
        String expectation = expectation(t, p);
        return t.field().id() + " = " + format(actual) + " (" + (negated ? "not " : "") + expectation + ")";
    }

    private static String expectation(CheckedCondition.Test t, PassengerFacts p) {
        Operator op = t.op();
        if (t.pattern() != null) {
            return t.pattern() + ": >= " + format(t.operand()) + " bookings";
        }
        return switch (op.operand()) {
            case NONE -> op.symbol();
            case RANGE -> {
                CheckedCondition.Range r = (CheckedCondition.Range) t.operand();
                yield "between " + format(r.low()) + " and " + format(r.high());
            }
            case MANY ->
                t.listId() != null
                        ? op.symbol() + " list " + t.listId()
                        : op.symbol() + " " + formatSet((Collection<?>) t.operand());
            case ONE ->
                switch (op) {
                    case WITHIN_HOURS ->
                        "within " + format(t.operand()) + " h of departure " + format(p.flightDeparture());
                    case WITHIN_DAYS ->
                        "within " + format(t.operand()) + " days of departure " + format(p.flightDepartureDate());
                    default -> op.symbol() + " " + format(t.operand());
                };
        };
    }

    private static String formatSet(Collection<?> values) {
        List<String> shown = values.stream()
                .map(ReasonWriter::format)
                .sorted()
                .limit(MAX_VALUES_SHOWN)
                .collect(Collectors.toCollection(ArrayList::new));
        if (values.size() > MAX_VALUES_SHOWN) {
            shown.add("... " + (values.size() - MAX_VALUES_SHOWN) + " more");
        }
        return "[" + String.join(", ", shown) + "]";
    }

    static String format(Object v) {
        if (v == null) {
            return "(empty)";
        }
        if (v instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            return String.valueOf(Math.round(d * 100.0) / 100.0);
        }
        return v.toString();
    }
}

package org.piu.targeting.engine.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.piu.targeting.engine.catalog.FieldDefinition;
import org.piu.targeting.engine.catalog.FieldDefinition.FactSource;
import org.piu.targeting.engine.catalog.FieldType;
import org.piu.targeting.engine.rule.CheckedCondition;
import org.piu.targeting.engine.rule.CheckedRule;

/**
 * Generates DRL from validated rules. The only things written into DRL are fixed keywords, the generated rule
 * name {@code r<index>}, catalog properties (checked against a strict pattern) and constant positions
 * {@code RuleConstants.v(slot, n)}; every value lives in {@link RuleConstants}.
 */
class DrlWriter {

    static final String PACKAGE = "org.piu.targeting.rules";
    private static final Pattern PROPERTY = Pattern.compile("[a-z][A-Za-z0-9]*");

    /** The DRL of a set of rules and, for each line, which rule it belongs to (-1 for the header). */
    record Assembled(String text, int[] ruleOfLine) {
        int ruleAt(int line) {
            return line >= 1 && line <= ruleOfLine.length ? ruleOfLine[line - 1] : -1;
        }
    }

    String header() {
        return "package " + PACKAGE + ";\n"
                + "import org.piu.targeting.engine.facts.PassengerFacts;\n"
                + "import org.piu.targeting.engine.facts.WatchlistFacts;\n"
                + "import org.piu.targeting.engine.compile.RuleOperators;\n"
                + "import org.piu.targeting.engine.compile.RuleConstants;\n"
                + "global org.piu.targeting.engine.compile.HitSink sink;\n";
    }

    Assembled assemble(List<CompiledRule> rules) {
        StringBuilder sb = new StringBuilder(header());
        List<Integer> owners = new ArrayList<>();
        sb.chars().filter(ch -> ch == '\n').forEach(x -> owners.add(-1));
        for (CompiledRule r : rules) {
            sb.append(r.drl());
            r.drl().chars().filter(ch -> ch == '\n').forEach(x -> owners.add(r.index()));
        }
        return new Assembled(
                sb.toString(), owners.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The DRL of one rule; registers its values in {@code k}. */
    String rule(int index, CheckedRule rule, RuleConstants k) {
        boolean watchlist = rule.usesWatchlist();
        List<String> constraints = new ArrayList<>();
        if (!rule.directions().isEmpty() || !rule.routes().isEmpty()) {
            int s = k.add(new RuleScopeCheck(rule.directions(), rule.routes()));
            constraints.add("RuleOperators.inScope(" + passenger("direction", watchlist) + ", "
                    + passenger("flightOrigin", watchlist) + ", " + passenger("flightDestination", watchlist)
                    + ", " + ref(k, s) + ")");
        }
        if (rule.when() instanceof CheckedCondition.All all) {
            for (CheckedCondition c : all.children()) {
                constraints.add(expression(c, k, watchlist));
            }
        } else {
            constraints.add(expression(rule.when(), k, watchlist));
        }
        if (rule.unless() != null) {
            constraints.add("!(" + expression(rule.unless(), k, watchlist) + ")");
        }
        constraints.addAll(extraConstraints(index, rule));
        StringBuilder sb = new StringBuilder();
        sb.append("rule \"r").append(index).append("\"\n");
        sb.append("dialect \"mvel\"\n");
        sb.append("when\n");
        if (watchlist) {
            sb.append("  $p : PassengerFacts()\n");
            sb.append("  $w : WatchlistFacts( passengerOrdinal == $p.ordinal");
            for (String c : constraints) {
                sb.append(",\n    ").append(c);
            }
            sb.append(" )\n");
            sb.append("then\n  sink.watchlistHit(").append(index).append(", $p, $w);\nend\n");
        } else {
            sb.append("  $p : PassengerFacts(");
            for (int i = 0; i < constraints.size(); i++) {
                sb.append(i == 0 ? "\n    " : ",\n    ").append(constraints.get(i));
            }
            sb.append(" )\n");
            sb.append("then\n  sink.hit(").append(index).append(", $p);\nend\n");
        }
        return sb.toString();
    }

    /** Hook for tests that need Drools itself to reject a rule; production adds nothing. */
    List<String> extraConstraints(int index, CheckedRule rule) {
        return List.of();
    }

    private String expression(CheckedCondition c, RuleConstants k, boolean watchlist) {
        return switch (c) {
            case CheckedCondition.All a -> join(a.children(), " && ", k, watchlist);
            case CheckedCondition.Any a -> join(a.children(), " || ", k, watchlist);
            case CheckedCondition.Not n -> "!(" + expression(n.child(), k, watchlist) + ")";
            case CheckedCondition.Test t -> test(t, k, watchlist);
        };
    }

    private String join(List<CheckedCondition> children, String op, RuleConstants k, boolean watchlist) {
        List<String> parts = new ArrayList<>();
        for (CheckedCondition c : children) {
            parts.add(expression(c, k, watchlist));
        }
        return "(" + String.join(op, parts) + ")";
    }

    private String test(CheckedCondition.Test t, RuleConstants k, boolean watchlist) {
        String v = reference(t.field(), watchlist);
        String plain = plainConstraint(t, v);
        if (plain != null) {
            return plain;
        }
        return switch (t.op()) {
            case EQ -> call("eq", v, k, t.operand());
            case NE -> call("ne", v, k, t.operand());
            case LT -> call("lt", v, k, t.operand());
            case LE -> call("le", v, k, t.operand());
            case GT -> call("gt", v, k, t.operand());
            case GE -> call("ge", v, k, t.operand());
            case BETWEEN -> call("between", v, k, t.operand());
            case IN -> call("in", v, k, t.operand());
            case NOT_IN -> call("notIn", v, k, t.operand());
            case STARTS_WITH -> call("startsWith", v, k, t.operand());
            case ENDS_WITH -> call("endsWith", v, k, t.operand());
            case CONTAINS -> call("contains", v, k, t.operand());
            case EMPTY -> "RuleOperators.empty(" + v + ")";
            case NOT_EMPTY -> "RuleOperators.notEmpty(" + v + ")";
            case WITHIN_HOURS ->
                "RuleOperators.withinHours(" + v + ", " + passenger("flightDeparture", watchlist) + ", "
                        + ref(k, k.add(t.operand())) + ")";
            case WITHIN_DAYS ->
                "RuleOperators.withinDays(" + v + ", " + passenger("flightDepartureDate", watchlist) + ", "
                        + passenger("flightDeparture", watchlist) + ", " + ref(k, k.add(t.operand())) + ")";
        };
    }

    /**
     * Equality on codes, booleans and numbers, and numeric comparisons, as plain Drools constraints: Drools hashes
     * equality tests on the same field across rules and jits them, which keeps 1,000 rules fast. The value is
     * rendered by {@link DrlLiteral} from its typed form (never from the author's text) and the null guard gives
     * the same semantics as {@link RuleOperators} (a missing value fails every test but empty).
     */
    private static String plainConstraint(CheckedCondition.Test t, String v) {
        FieldType type = t.field().type();
        boolean literalType = type == FieldType.CODE || type == FieldType.BOOLEAN || type == FieldType.NUMBER;
        if (!literalType || t.operand() == null) {
            return null;
        }
        return switch (t.op()) {
            case EQ -> v + " == " + DrlLiteral.of(t.operand());
            case LT, LE, GT, GE ->
                type == FieldType.NUMBER
                        ? "(" + v + " != null && " + v + " " + t.op().symbol() + " " + DrlLiteral.of(t.operand()) + ")"
                        : null;
            default -> null;
        };
    }

    private static String call(String method, String value, RuleConstants k, Object operand) {
        return "RuleOperators." + method + "(" + value + ", " + ref(k, k.add(operand)) + ")";
    }

    private static String ref(RuleConstants k, int index) {
        return "RuleConstants.v(" + k.slot() + ", " + index + ")";
    }

    private static String reference(FieldDefinition f, boolean watchlist) {
        if (f.source() == FactSource.WATCHLIST) {
            return property(f.property());
        }
        return passenger(f.property(), watchlist);
    }

    /** In the watchlist pattern the passenger is the bound {@code $p}; in its own pattern it is the fact. */
    private static String passenger(String property, boolean watchlist) {
        return (watchlist ? "$p." : "") + property(property);
    }

    private static String property(String property) {
        if (!PROPERTY.matcher(property).matches()) {
            throw new IllegalStateException("catalog property '" + property + "' is not a plain Java name");
        }
        return property;
    }

    static boolean isTemporal(FieldType t) {
        return t == FieldType.DATE || t == FieldType.DATETIME;
    }
}

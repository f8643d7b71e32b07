package org.piu.targeting.engine.rule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.piu.targeting.engine.catalog.BlockedTerm;
import org.piu.targeting.engine.catalog.FieldCatalog;
import org.piu.targeting.engine.catalog.FieldDefinition;
import org.piu.targeting.engine.catalog.FieldType;
import org.piu.targeting.engine.catalog.Operator;
import org.piu.targeting.engine.catalog.PatternType;
import org.piu.targeting.engine.facts.Direction;

/**
 * Checks a rule document against the field catalog, the sensitive-data policy and the named lists, and types its
 * values. Every problem names the rule id and the document path ({@code when.all[2].value}) so the workbench can
 * point at it. A rule with an ERROR is never compiled.
 */
public final class RuleValidator {

    /** Rule and list ids become file names and appear in reasons; keep them plain. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{0,34}");
    private static final Pattern ROUTE = Pattern.compile("([A-Z]{3}|\\*)-([A-Z]{3}|\\*)");
    private static final int MAX_DEPTH = 16;
    private static final int MAX_TESTS = 200;
    private static final int MAX_TEXT = 200;
    private static final int MAX_SCORE = 1000;

    private final FieldCatalog catalog;
    private final Clock clock;

    public RuleValidator(FieldCatalog catalog) {
        this(catalog, Clock.systemUTC());
    }

    public RuleValidator(FieldCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The outcome of checking one rule: its problems, and the typed rule when there is no ERROR. */
    public record Validation(List<RuleProblem> problems, Optional<CheckedRule> rule) {
        public boolean valid() {
            return rule.isPresent();
        }
    }

    /** All problems of a rule (errors and warnings); empty when it is fit for a release. */
    public List<RuleProblem> validate(RuleDocument rule, Collection<NamedList> lists) {
        return check(new RuleRevision(rule, "draft"), index(lists)).problems();
    }

    /** The problems of a named list: id, values present, no proxy codes for special categories of data. */
    public List<RuleProblem> validate(NamedList list) {
        List<RuleProblem> problems = new ArrayList<>();
        String owner = "list:" + list.id();
        if (list.id() == null || !ID.matcher(list.id()).matches()) {
            problems.add(RuleProblem.error(
                    owner,
                    "id",
                    "list id must be 1-80 letters, digits, '.', '_' or '-' " + "starting with a letter or digit, got "
                            + quote(list.id())));
        }
        if (list.values().isEmpty()) {
            problems.add(RuleProblem.warning(owner, "values", "list has no values: rules using it match nothing"));
        }
        for (int i = 0; i < list.values().size(); i++) {
            String v = list.values().get(i);
            if (v == null || v.isBlank()) {
                problems.add(RuleProblem.error(owner, "values[" + i + "]", "empty value"));
                continue;
            }
            Optional<BlockedTerm> blocked = catalog.policy().blockedValue(v);
            if (blocked.isPresent()) {
                problems.add(blockedProblem(owner, "values[" + i + "]", blocked.get()));
            }
        }
        return problems;
    }

    public Validation check(RuleRevision revision, Map<String, NamedList> lists) {
        RuleDocument r = revision.rule();
        String id = r.id() == null ? "(no id)" : r.id();
        Context cx = new Context(id, lists);
        if (r.id() == null || !ID.matcher(r.id()).matches()) {
            cx.error(
                    "id",
                    "rule id must be 1-80 letters, digits, '.', '_' or '-' starting with a letter or digit, got "
                            + quote(r.id()));
        }
        cx.requireText(r.title(), "title");
        cx.requireText(r.category(), "category");
        cx.requireText(r.justification(), "justification");
        cx.requireText(r.owner(), "owner");
        if (r.severity() == null) {
            cx.error("severity", "severity is required: LOW, MEDIUM, HIGH or CRITICAL");
        }
        if (r.score() == null || r.score() < 0 || r.score() > MAX_SCORE) {
            cx.error("score", "score must be a whole number from 0 to " + MAX_SCORE + ", got " + r.score());
        }
        if (r.reviewBy() == null) {
            cx.error("reviewBy", "a review date is required: criteria must be reviewed regularly");
        } else if (r.reviewBy().isBefore(LocalDate.now(clock))) {
            cx.warning("reviewBy", "review date " + r.reviewBy() + " has passed: review the rule");
        }
        Set<String> directions = new LinkedHashSet<>();
        Set<String> routes = new LinkedHashSet<>();
        if (r.scope() != null) {
            List<String> ds = r.scope().directions();
            for (int i = 0; i < ds.size(); i++) {
                String d = ds.get(i) == null ? "" : ds.get(i).strip().toUpperCase(Locale.ROOT);
                if (Arrays.stream(Direction.values()).noneMatch(x -> x.name().equals(d))) {
                    cx.error(
                            "scope.directions[" + i + "]",
                            "unknown direction " + quote(ds.get(i)) + ", use one of "
                                    + Arrays.toString(Direction.values()));
                } else {
                    directions.add(d);
                }
            }
            List<String> rs = r.scope().routes();
            for (int i = 0; i < rs.size(); i++) {
                String route = rs.get(i) == null ? "" : rs.get(i).strip().toUpperCase(Locale.ROOT);
                if (!ROUTE.matcher(route).matches()) {
                    cx.error(
                            "scope.routes[" + i + "]",
                            "a route is ORIGIN-DESTINATION with IATA airport codes or *, "
                                    + "e.g. IST-KIV or *-KIV, got " + quote(rs.get(i)));
                } else {
                    routes.add(route);
                }
            }
        }
        CheckedCondition when = null;
        if (r.when() == null) {
            cx.error("when", "a rule needs incriminating conditions ('when')");
        } else {
            when = cx.node(r.when(), "when", 0);
        }
        CheckedCondition unless = r.unless() == null ? null : cx.node(r.unless(), "unless", 0);
        if (cx.tests > MAX_TESTS) {
            cx.error("when", "rule has " + cx.tests + " tests; split it (at most " + MAX_TESTS + ")");
        }
        boolean ok = cx.problems.stream().noneMatch(RuleProblem::isError);
        List<RuleProblem> warnings =
                cx.problems.stream().filter(p -> !p.isError()).toList();
        return new Validation(
                List.copyOf(cx.problems),
                ok
                        ? Optional.of(new CheckedRule(
                                revision, when, unless, Set.copyOf(directions), Set.copyOf(routes), warnings))
                        : Optional.empty());
    }

    public static Map<String, NamedList> index(Collection<NamedList> lists) {
        return lists.stream().collect(Collectors.toMap(NamedList::id, Function.identity(), (a, b) -> a));
    }

    private RuleProblem blockedProblem(String ruleId, String path, BlockedTerm term) {
        return new RuleProblem(
                ruleId,
                path,
                RuleProblem.Level.ERROR,
                "'" + term.term() + "' is not allowed in " + "targeting rules: it is " + term.why() + " and reveals "
                        + term.category(),
                term.legalReason());
    }

    private static String quote(Object s) {
        if (s == null) {
            return "nothing";
        }
        String t = s.toString();
        if (t.length() > 60) {
            t = t.substring(0, 60) + "...";
        }
        return "'" + t.replace("\n", "\\n").replace("\r", "\\r") + "'";
    }

    private final class Context {
        final String ruleId;
        final Map<String, NamedList> lists;
        final List<RuleProblem> problems = new ArrayList<>();
        int tests;

        Context(String ruleId, Map<String, NamedList> lists) {
            this.ruleId = ruleId;
            this.lists = lists;
        }

        void error(String path, String message) {
            problems.add(RuleProblem.error(ruleId, path, message));
        }

        void warning(String path, String message) {
            problems.add(RuleProblem.warning(ruleId, path, message));
        }

        void requireText(String value, String path) {
            if (value == null || value.isBlank()) {
                error(path, path + " is required");
            }
        }

        CheckedCondition node(Condition c, String path, int depth) {
            if (depth > MAX_DEPTH) {
                error(path, "conditions nested deeper than " + MAX_DEPTH + " levels");
                return null;
            }
            List<String> kinds = new ArrayList<>();
            if (c.all() != null) kinds.add("all");
            if (c.any() != null) kinds.add("any");
            if (c.not() != null) kinds.add("not");
            if (c.field() != null || c.op() != null) kinds.add("field");
            if (c.pattern() != null) kinds.add("pattern");
            if (kinds.size() != 1) {
                error(
                        path,
                        kinds.isEmpty()
                                ? "empty condition: give all, any, not, field+op or pattern"
                                : "a condition has exactly one of all, any, not, field+op or pattern; found " + kinds);
                return null;
            }
            return switch (kinds.get(0)) {
                case "all" -> new CheckedCondition.All(path, children(c.all(), path + ".all", depth));
                case "any" -> new CheckedCondition.Any(path, children(c.any(), path + ".any", depth));
                case "not" -> {
                    CheckedCondition child = node(c.not(), path + ".not", depth + 1);
                    yield child == null ? null : new CheckedCondition.Not(path, child);
                }
                case "pattern" -> pattern(c.pattern(), path);
                default -> test(c, path);
            };
        }

        private List<CheckedCondition> children(List<Condition> list, String path, int depth) {
            if (list.isEmpty()) {
                error(path, "empty list of conditions");
            }
            List<CheckedCondition> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) {
                    error(path + "[" + i + "]", "empty condition");
                    continue;
                }
                CheckedCondition child = node(list.get(i), path + "[" + i + "]", depth + 1);
                if (child != null) {
                    out.add(child);
                }
            }
            return out;
        }

        private CheckedCondition pattern(Condition.Pattern p, String path) {
            tests++;
            Optional<PatternType> type = PatternType.fromCode(p.type());
            if (type.isEmpty()) {
                error(
                        path + ".pattern.type",
                        "unknown pattern " + quote(p.type()) + ", use one of "
                                + Arrays.stream(PatternType.values())
                                        .map(PatternType::code)
                                        .toList());
                return null;
            }
            int min = p.minBookings() == null ? 2 : p.minBookings();
            if (min < 1 || min > 10_000) {
                error(path + ".pattern.minBookings", "minBookings must be from 1 to 10000, got " + p.minBookings());
                return null;
            }
            return new CheckedCondition.Test(
                    path,
                    catalog.patternField(type.get()),
                    Operator.GE,
                    (double) min,
                    null,
                    type.get().code());
        }

        private CheckedCondition test(Condition c, String path) {
            tests++;
            int before = problems.size();
            if (c.field() == null) {
                error(path + ".field", "a test needs a field");
                return null;
            }
            Optional<BlockedTerm> blocked = catalog.policy().blockedField(c.field());
            if (blocked.isPresent()) {
                problems.add(blockedProblem(ruleId, path + ".field", blocked.get()));
                return null;
            }
            Optional<FieldDefinition> field = catalog.field(c.field());
            if (field.isEmpty()) {
                error(
                        path + ".field",
                        "unknown field " + quote(c.field()) + ": use a field id of the catalog, e.g. "
                                + "passenger.nationality or booking.leadTimeHours");
                return null;
            }
            FieldDefinition f = field.get();
            Optional<Operator> op = Operator.fromCode(c.op());
            if (op.isEmpty()) {
                error(
                        path + ".op",
                        "unknown operator " + quote(c.op()) + ", use one of "
                                + Arrays.stream(Operator.values())
                                        .map(Operator::code)
                                        .toList());
                return null;
            }
            Operator o = op.get();
            if (!f.allows(o)) {
                error(
                        path + ".op",
                        "operator " + o.code() + " does not apply to " + f.type() + " field " + f.id() + "; allowed: "
                                + f.operators().stream().map(Operator::code).toList());
                return null;
            }
            Object operand = null;
            String listId = null;
            switch (o.operand()) {
                case NONE -> {
                    if (c.value() != null || c.values() != null || c.list() != null) {
                        error(path + ".value", "operator " + o.code() + " takes no value");
                    }
                }
                case ONE -> {
                    if (c.values() != null || c.list() != null) {
                        error(path + ".values", "operator " + o.code() + " takes one 'value', not 'values' or 'list'");
                    } else if (c.value() == null) {
                        error(path + ".value", "operator " + o.code() + " needs a value");
                    } else {
                        FieldType t = (o == Operator.WITHIN_HOURS || o == Operator.WITHIN_DAYS)
                                ? FieldType.NUMBER
                                : (o == Operator.STARTS_WITH || o == Operator.ENDS_WITH || o == Operator.CONTAINS)
                                        ? FieldType.STRING
                                        : f.type();
                        operand = typed(c.value(), t, path + ".value");
                        if ((o == Operator.WITHIN_HOURS || o == Operator.WITHIN_DAYS)
                                && operand instanceof Double d
                                && d < 0) {
                            error(
                                    path + ".value",
                                    o.code() + " needs a number of " + (o == Operator.WITHIN_HOURS ? "hours" : "days")
                                            + " of 0 or more, got " + c.value());
                        }
                    }
                }
                case RANGE -> {
                    if (c.values() == null || c.values().size() != 2) {
                        error(path + ".values", "between needs values: [low, high]");
                    } else {
                        Object lo = typed(c.values().get(0), f.type(), path + ".values[0]");
                        Object hi = typed(c.values().get(1), f.type(), path + ".values[1]");
                        if (lo instanceof Comparable<?> l && hi != null && compare(l, hi) > 0) {
                            error(
                                    path + ".values",
                                    "between: low " + c.values().get(0) + " is above high "
                                            + c.values().get(1));
                        }
                        operand = new CheckedCondition.Range(lo, hi);
                    }
                }
                case MANY -> {
                    if ((c.values() == null) == (c.list() == null)) {
                        error(path + ".values", "operator " + o.code() + " needs either values: [...] or list: NAME");
                    } else if (c.list() != null) {
                        listId = c.list();
                        NamedList list = lists.get(c.list());
                        if (list == null) {
                            error(path + ".list", "named list " + quote(c.list()) + " does not exist");
                        } else {
                            Set<Object> set = new LinkedHashSet<>();
                            for (int i = 0; i < list.values().size(); i++) {
                                Object v = typed(
                                        list.values().get(i),
                                        f.type(),
                                        path + ".list(" + list.id() + ").values[" + i + "]");
                                if (v != null) {
                                    set.add(v);
                                }
                            }
                            operand = Set.copyOf(set);
                        }
                    } else if (c.values().isEmpty()) {
                        error(path + ".values", "operator " + o.code() + " needs at least one value");
                    } else {
                        Set<Object> set = new LinkedHashSet<>();
                        for (int i = 0; i < c.values().size(); i++) {
                            Object v = typed(c.values().get(i), f.type(), path + ".values[" + i + "]");
                            if (v != null) {
                                set.add(v);
                            }
                        }
                        operand = Set.copyOf(set);
                    }
                }
            }
            if (problems.size() > before
                    && problems.subList(before, problems.size()).stream().anyMatch(RuleProblem::isError)) {
                return null;
            }
            return new CheckedCondition.Test(path, f, o, operand, listId, null);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private int compare(Comparable a, Object b) {
            return a.compareTo(b);
        }

        /** Types a written value for a field; adds a problem and returns null when it does not fit. */
        private Object typed(Object raw, FieldType type, String path) {
            if (raw == null) {
                error(path, "missing value");
                return null;
            }
            Optional<BlockedTerm> blocked = catalog.policy().blockedValue(raw);
            if (blocked.isPresent()) {
                problems.add(blockedProblem(ruleId, path, blocked.get()));
                return null;
            }
            String text = raw.toString().strip();
            switch (type) {
                case NUMBER -> {
                    if (raw instanceof Number n) {
                        double d = n.doubleValue();
                        if (Double.isFinite(d)) {
                            return d;
                        }
                    } else {
                        try {
                            double d = Double.parseDouble(text);
                            if (Double.isFinite(d) && text.matches("-?[0-9]+(\\.[0-9]+)?")) {
                                return d;
                            }
                        } catch (NumberFormatException ignored) {
                            // reported below
                        }
                    }
                    error(path, "expected a number, got " + quote(raw));
                    return null;
                }
                case BOOLEAN -> {
                    if (raw instanceof Boolean b) {
                        return b;
                    }
                    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                        return Boolean.parseBoolean(text);
                    }
                    error(path, "expected true or false, got " + quote(raw));
                    return null;
                }
                case DATE -> {
                    try {
                        return LocalDate.parse(text);
                    } catch (DateTimeParseException e) {
                        error(path, "expected a date YYYY-MM-DD, got " + quote(raw));
                        return null;
                    }
                }
                case DATETIME -> {
                    try {
                        return OffsetDateTime.parse(text).toInstant();
                    } catch (DateTimeParseException e) {
                        try {
                            return Instant.parse(text);
                        } catch (DateTimeParseException e2) {
                            error(
                                    path,
                                    "expected a date-time with offset, e.g. 2026-11-22T07:40:00+03:00, got "
                                            + quote(raw));
                            return null;
                        }
                    }
                }
                case CODE -> {
                    String code = text.toUpperCase(Locale.ROOT);
                    if (!(raw instanceof String || raw instanceof Number)
                            || !CODE.matcher(code).matches()) {
                        error(
                                path,
                                "expected a code (letters, digits, '.', '_' or '-', at most 35), got " + quote(raw));
                        return null;
                    }
                    return code;
                }
                default -> {
                    if (!(raw instanceof String || raw instanceof Number || raw instanceof Boolean)) {
                        error(path, "expected text, got " + quote(raw));
                        return null;
                    }
                    if (text.isEmpty()) {
                        error(path, "empty text: use the empty operator to test for a missing value");
                        return null;
                    }
                    if (text.length() > MAX_TEXT) {
                        error(path, "text longer than " + MAX_TEXT + " characters");
                        return null;
                    }
                    for (int i = 0; i < text.length(); i++) {
                        char ch = text.charAt(i);
                        if (Character.isISOControl(ch)) {
                            error(path, "text contains a control character (line break, tab, ...) at position " + i);
                            return null;
                        }
                    }
                    return text.toUpperCase(Locale.ROOT);
                }
            }
        }
    }
}

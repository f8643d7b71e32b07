package org.piu.targeting.engine.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.piu.targeting.engine.fixture.Rules.rule;
import static org.piu.targeting.engine.rule.Condition.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.catalog.FieldCatalog;

class RuleValidatorTest {

    private final RuleValidator validator = new RuleValidator(
            FieldCatalog.standard(), Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));
    private final List<NamedList> lists = List.of(new NamedList("airports", "x", List.of("IST", "SAW")));

    private List<RuleProblem> problems(RuleDocument r) {
        return validator.validate(r, lists);
    }

    @Test
    void a_complete_rule_has_no_problems() {
        assertThat(problems(rule(
                        "OK",
                        all(
                                test("booking.leadTimeHours", "lt", 48),
                                inList("flight.origin", "in", "airports"),
                                not(test("passenger.type", "eq", "CREW"))))))
                .isEmpty();
    }

    @Test
    void names_rule_id_and_condition_path_of_a_wrong_value() {
        List<RuleProblem> p = problems(rule(
                "R-7",
                all(
                        test("booking.leadTimeHours", "lt", 48),
                        test("payment.cash", "eq", true),
                        test("booking.leadTimeHours", "lt", "soon"))));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.ruleId()).isEqualTo("R-7");
            assertThat(x.path()).isEqualTo("when.all[2].value");
            assertThat(x.message()).contains("expected a number", "soon");
            assertThat(x.isError()).isTrue();
        });
    }

    @Test
    void reports_unknown_fields_operators_that_do_not_fit_and_missing_lists() {
        List<RuleProblem> p = problems(rule(
                "R-8",
                any(
                        test("passenger.shoeSize", "eq", 42),
                        test("passenger.nationality", "lt", "MDA"),
                        inList("flight.origin", "in", "nope"),
                        values("passenger.ageYears", "between", 40, 20),
                        test("passenger.nationality", "equals", "MDA"))));
        assertThat(p)
                .extracting(RuleProblem::path)
                .containsExactly(
                        "when.any[0].field",
                        "when.any[1].op",
                        "when.any[2].list",
                        "when.any[3].values",
                        "when.any[4].op");
        assertThat(p.get(0).message()).contains("unknown field 'passenger.shoeSize'");
        assertThat(p.get(1).message()).contains("lt does not apply to CODE");
    }

    @Test
    void requires_the_accountability_fields_and_warns_on_a_passed_review_date() {
        RuleDocument bare = new RuleDocument(
                "R-9",
                " ",
                null,
                null,
                null,
                5000,
                null,
                null,
                LocalDate.of(2020, 1, 1),
                null,
                test("payment.cash", "eq", true),
                null);
        List<RuleProblem> p = problems(bare);
        assertThat(p)
                .filteredOn(RuleProblem::isError)
                .extracting(RuleProblem::path)
                .contains("title", "category", "justification", "owner", "severity", "score");
        assertThat(p)
                .filteredOn(x -> !x.isError())
                .extracting(RuleProblem::path)
                .containsExactly("reviewBy");
    }

    @Test
    void checks_scope_and_the_shape_of_condition_nodes() {
        RuleDocument r = rule(
                        "R-10",
                        new Condition(
                                List.of(test("payment.cash", "eq", true)),
                                null,
                                null,
                                "payment.cash",
                                "eq",
                                true,
                                null,
                                null,
                                null))
                .withScope(new RuleScope(List.of("SIDEWAYS"), List.of("IST-KIV", "istanbul")));
        assertThat(problems(r))
                .extracting(RuleProblem::path)
                .containsExactly("scope.directions[0]", "scope.routes[1]", "when");
        assertThat(problems(rule("R-11", pattern("shared_tattoo", 3))))
                .extracting(RuleProblem::path)
                .containsExactly("when.pattern.type");
    }
}

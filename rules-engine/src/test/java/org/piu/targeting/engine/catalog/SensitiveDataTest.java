package org.piu.targeting.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.piu.targeting.engine.fixture.Rules.rev;
import static org.piu.targeting.engine.fixture.Rules.rule;
import static org.piu.targeting.engine.rule.Condition.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.compile.CompiledRelease;
import org.piu.targeting.engine.compile.ReleaseCompiler;
import org.piu.targeting.engine.rule.NamedList;
import org.piu.targeting.engine.rule.RuleProblem;
import org.piu.targeting.engine.rule.RuleValidator;

class SensitiveDataTest {

    private final RuleValidator validator = new RuleValidator(FieldCatalog.standard());

    private static void assertLegalReason(RuleProblem p) {
        assertThat(p.isError()).isTrue();
        assertThat(p.legalReason()).contains("2016/681", "art. 6(4)", "13(4)", "C-817/19");
    }

    @Test
    void rejects_rule_that_targets_religious_meal() {
        List<RuleProblem> p =
                validator.validate(rule("MEAL", values("agency.name", "in", "BOSPHORUS", "moml")), List.of());
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("when.values[1]");
            assertThat(x.message()).contains("MOML", "Muslim meal", "religion");
            assertLegalReason(x);
        });
    }

    @Test
    void rejects_medical_ssr_codes_as_values_and_in_named_lists() {
        assertThat(validator.validate(rule("MED", test("contact.email", "contains", "WCHR")), List.of()))
                .singleElement()
                .satisfies(SensitiveDataTest::assertLegalReason);
        NamedList proxies = new NamedList("assist", "x", List.of("DEAF", "IST"));
        assertThat(validator.validate(proxies)).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("values[0]");
            assertLegalReason(x);
        });
        assertThat(validator.validate(rule("VIA-LIST", inList("flight.origin", "in", "assist")), List.of(proxies)))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.path()).isEqualTo("when.list(assist).values[0]");
                    assertLegalReason(x);
                });
    }

    @Test
    void rejects_blocked_attributes_and_free_text_remarks_as_fields() {
        for (String field : List.of(
                "passenger.religion",
                "passenger.ethnicity",
                "booking.remarks",
                "booking.osi",
                "passenger.health",
                "booking.ssr",
                "PASSENGER.SEXUALORIENTATION")) {
            assertThat(validator.validate(rule("F", test(field, "eq", "X")), List.of()))
                    .as(field)
                    .singleElement()
                    .satisfies(x -> {
                        assertThat(x.path()).isEqualTo("when.field");
                        assertLegalReason(x);
                    });
        }
    }

    @Test
    void a_rejected_rule_stays_out_of_the_release_with_its_legal_reason() {
        CompiledRelease release = new ReleaseCompiler(FieldCatalog.standard())
                .compile(
                        "rel",
                        List.of(
                                rev(rule("OK", test("payment.cash", "eq", true))),
                                rev(rule(
                                        "KOSHER",
                                        any(
                                                test("payment.cash", "eq", true),
                                                test("booking.recordLocator", "eq", "KSML"))))),
                        List.of());
        assertThat(release.rules()).extracting(r -> r.ruleId()).containsExactly("OK");
        assertThat(release.problems("KOSHER")).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("when.any[1].value");
            assertLegalReason(x);
        });
    }
}

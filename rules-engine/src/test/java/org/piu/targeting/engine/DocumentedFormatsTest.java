package org.piu.targeting.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.piu.targeting.engine.assess.Assessment;
import org.piu.targeting.engine.catalog.FieldCatalog;
import org.piu.targeting.engine.compile.CompiledRelease;
import org.piu.targeting.engine.compile.ReleaseCompiler;
import org.piu.targeting.engine.rule.NamedList;
import org.piu.targeting.engine.rule.RuleDocument;
import org.piu.targeting.engine.rule.RuleDocuments;
import org.piu.targeting.engine.rule.RuleRevision;
import org.piu.targeting.engine.rule.RuleValidator;
import org.piu.targeting.engine.scenario.Scenario;
import org.piu.targeting.engine.scenario.ScenarioResult;
import org.piu.targeting.engine.scenario.ScenarioRunner;
import org.piu.targeting.model.docs.Docs;
import tools.jackson.databind.node.ObjectNode;

/**
 * The format pages under {@code docs/formats} against the code: their examples are read (strictly, so a field the
 * code does not know fails) and run, and every field of the records is documented.
 */
class DocumentedFormatsTest {

    private static final String RULES = "formats/rule-language.md";
    private static final Clock DOCS_DAY = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void every_documented_rule_and_list_is_valid_without_a_warning() {
        List<NamedList> lists = lists();
        RuleValidator validator = new RuleValidator(FieldCatalog.standard(), DOCS_DAY);
        for (NamedList list : lists) {
            assertThat(validator.validate(list)).as(list.id()).isEmpty();
        }
        for (RuleDocument rule : rules()) {
            assertThat(validator.validate(rule, lists)).as(rule.id()).isEmpty();
        }
    }

    @Test
    void the_documented_scenario_passes_against_the_documented_rules() {
        List<RuleRevision> revisions =
                rules().stream().map(r -> new RuleRevision(r, "docs")).toList();
        CompiledRelease release =
                new ReleaseCompiler(FieldCatalog.standard(), DOCS_DAY).compile("docs", revisions, lists());
        assertThat(release.problems()).isEmpty();
        for (String text : Docs.examples(RULES, "scenario")) {
            Scenario scenario = RuleDocuments.parseScenario(text);
            ScenarioResult result = new ScenarioRunner(EngineSettings.defaults()).run(scenario, release);
            assertThat(result.pass()).as(result.diff()).isTrue();
            assertThat(result.outcomes()).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void the_documented_manifest_uses_only_fields_of_the_model() {
        for (String json : Docs.examples("formats/flight-manifest.md", "manifest")) {
            // the scenario's given.manifest is read strictly: an unknown or misspelt field fails here
            Scenario.Given given =
                    RuleDocuments.read("{\"manifest\": " + json + "}", RuleDocuments.Format.JSON, Scenario.Given.class);
            assertThat(given.manifest().passengers()).isNotEmpty();
            assertThat(given.manifest().bookings()).isNotEmpty();
            assertThat(given.manifest().flight().key()).isEqualTo("9U172-2026-11-22-ISTKIV");
        }
    }

    @Test
    void every_field_of_the_manifest_records_is_documented() throws NoSuchFieldException {
        Type manifest = Scenario.Given.class.getDeclaredField("manifest").getGenericType();
        String page = Docs.text(Docs.page("formats/flight-manifest.md"));
        for (String path : paths(manifest, "")) {
            assertThat(page)
                    .as("docs/formats/flight-manifest.md documents %s", path)
                    .containsAnyOf("`" + path + "`", "`" + path + "[]`");
        }
    }

    @Test
    void the_documented_assessment_is_an_assessment() {
        for (String json : Docs.examples("formats/assessment.md", "assessment")) {
            ObjectNode answer = (ObjectNode) RuleDocuments.manifestMapper().readTree(json);
            // what the application adds about the request; the rest must be the engine's record, field for field
            answer.remove(List.of("contentHash", "duplicate", "archived"));
            Assessment a = RuleDocuments.read(answer.toString(), RuleDocuments.Format.JSON, Assessment.class);
            assertThat(a.passengers()).isNotEmpty();
            assertThat(a.totals().passengers()).isEqualTo(a.passengers().size());
        }
    }

    @Test
    void every_field_of_the_assessment_records_is_documented() {
        String page = Docs.text(Docs.page("formats/assessment.md"));
        for (String path : paths(Assessment.class, "")) {
            assertThat(page)
                    .as("docs/formats/assessment.md documents %s", path)
                    .containsAnyOf("`" + path + "`", "`" + path + "[]`");
        }
    }

    private static List<RuleDocument> rules() {
        return Docs.examples(RULES, "rule").stream()
                .map(RuleDocuments::parseRule)
                .toList();
    }

    private static List<NamedList> lists() {
        return Docs.examples(RULES, "list").stream()
                .map(RuleDocuments::parseList)
                .toList();
    }

    /**
     * The JSON paths of a record type: {@code flight.carrier}, {@code passengers[].documents[].type}; a nested record
     * contributes its fields, a list of records itself and its elements' fields, a list of values one path.
     */
    static List<String> paths(Type type, String prefix) {
        List<String> out = new ArrayList<>();
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        for (RecordComponent c : raw.getRecordComponents()) {
            String path = prefix + c.getName();
            Type t = c.getGenericType();
            Type element = t instanceof ParameterizedType p && List.class.equals(p.getRawType())
                    ? p.getActualTypeArguments()[0]
                    : null;
            if (element instanceof Class<?> e && e.isRecord()) {
                out.add(path + "[]");
                out.addAll(paths(e, path + "[]."));
            } else if (c.getType().isRecord()) {
                out.addAll(paths(c.getType(), path + "."));
            } else {
                out.add(path);
            }
        }
        return out;
    }
}

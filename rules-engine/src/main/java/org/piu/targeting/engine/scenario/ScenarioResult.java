package org.piu.targeting.engine.scenario;

import java.util.List;
import org.piu.targeting.engine.assess.Assessment;

/**
 * The outcome of a scenario: pass when every expectation held; one outcome per expectation; a readable diff
 * (expected vs actual, failures first); and the assessment itself for inspection.
 */
public record ScenarioResult(
        String scenarioId, String releaseId, boolean pass, List<Outcome> outcomes, String diff, Assessment assessment) {

    /** One expectation, what was expected and what happened. */
    public record Outcome(String expectation, boolean pass, String expected, String actual) {}

    public ScenarioResult {
        outcomes = List.copyOf(outcomes);
    }
}

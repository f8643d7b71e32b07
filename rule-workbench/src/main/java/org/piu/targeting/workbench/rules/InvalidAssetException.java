package org.piu.targeting.workbench.rules;

import java.util.List;
import java.util.Map;
import org.piu.targeting.engine.rule.RuleProblem;
import org.piu.targeting.workbench.base.api.ProblemException;
import org.springframework.http.HttpStatus;

/** A rule, list or scenario that may not be saved as it is; each problem names the path and, where the law is the reason, the legal basis. */
public class InvalidAssetException extends ProblemException {
    private final List<RuleProblem> problems;

    public InvalidAssetException(String assetId, List<RuleProblem> problems) {
        super(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "Invalid document",
                assetId + " cannot be saved: "
                        + problems.stream()
                                .map(p -> p.path() + ": " + p.message())
                                .reduce((a, b) -> a + "; " + b)
                                .orElse("invalid"));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("problems", problems);
    }
}

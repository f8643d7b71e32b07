package org.piu.targeting.repo.release;

import java.util.List;
import org.piu.targeting.repo.RulesRepositoryException;

/** Publishing was refused (gate problems or nothing to publish); the refusal is in the audit trail. */
public class ReleaseRefusedException extends RulesRepositoryException {
    private final List<String> problems;

    public ReleaseRefusedException(String message, List<String> problems) {
        super(problems.isEmpty() ? message : message + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

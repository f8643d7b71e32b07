package org.piu.targeting.repo.release;

import java.util.List;

/**
 * The check a release must pass before it is created. The repository does not interpret rules: the application
 * implements this by compiling every rule and running every scenario against the candidate texts.
 */
@FunctionalInterface
public interface ReleaseGate {

    /** @return the problems found (each says which asset and what is wrong); empty to allow the release */
    List<String> check(List<ReleaseCandidate> candidates);

    /** A gate that accepts everything; for tests and for repositories without rules. */
    static ReleaseGate acceptAll() {
        return candidates -> List.of();
    }
}

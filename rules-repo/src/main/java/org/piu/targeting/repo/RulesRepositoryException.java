package org.piu.targeting.repo;

/** Base of the repository's refusals: the message says what was refused and why. */
public class RulesRepositoryException extends RuntimeException {
    public RulesRepositoryException(String message) {
        super(message);
    }

    public RulesRepositoryException(String message, Throwable cause) {
        super(message, cause);
    }
}

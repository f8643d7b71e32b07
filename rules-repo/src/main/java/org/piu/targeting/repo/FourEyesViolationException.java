package org.piu.targeting.repo;

/** An author tried to approve a revision they wrote; the refusal is recorded in the audit trail. */
public class FourEyesViolationException extends RulesRepositoryException {
    public FourEyesViolationException(String message) {
        super(message);
    }
}

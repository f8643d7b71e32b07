package org.piu.targeting.repo;

/** A transition that the asset's current status does not allow (e.g. approving a draft that was not submitted). */
public class LifecycleViolationException extends RulesRepositoryException {
    public LifecycleViolationException(String message) {
        super(message);
    }
}

package org.piu.targeting.repo.audit;

/** Whether an audited action happened, was refused by a rule of the repository, or lost a write race. */
public enum AuditOutcome {
    SUCCESS,
    REFUSED,
    CONFLICT
}

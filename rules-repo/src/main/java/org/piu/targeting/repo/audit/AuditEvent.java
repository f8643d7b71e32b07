package org.piu.targeting.repo.audit;

import java.time.Instant;

/**
 * One audited action. {@code asset} is {@code rules/R-1} style or empty for repository-wide actions (publish,
 * export, verify); {@code commitId} is the commit that records the event (on main, releases or the audit ref).
 */
public record AuditEvent(
        Instant time,
        String user,
        String action,
        String asset,
        String revision,
        AuditOutcome outcome,
        String detail,
        String commitId) {}

package org.piu.targeting.workbench.audit;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.piu.targeting.repo.audit.AuditEvent;
import org.piu.targeting.repo.audit.AuditOutcome;

/**
 * One line of the audit trail as compliance officers read it: an event of the rules repository's Git history (rule
 * changes, their refusals) or an entry of the {@link AuditLog} (everything else), in one shape.
 *
 * @param subjectType what the action concerned: {@code rules}, {@code lists}, {@code scenarios} for assets,
 *                    {@code passenger}, {@code endpoint}, {@code user}, …; empty when nothing in particular
 * @param subjectId   which one (the asset id, {@code <flightKey>/<passengerId>}, …)
 * @param revision    the asset revision or release concerned (rules repository only)
 * @param detail      the justification or comment, or the details in one line
 * @param details     the details by name (audit log only)
 * @param count       occurrences this line stands for (more than 1 for coalesced repeats)
 * @param lastTime    the last of them, when more than one
 * @param source      {@code rules-repository} or {@code audit-log}
 * @param reference   where it is recorded: the Git commit id, or the audit log's sequence number
 */
public record AuditTrailEntry(
        Instant time,
        String user,
        String action,
        String subjectType,
        String subjectId,
        String revision,
        AuditOutcome outcome,
        String detail,
        Map<String, String> details,
        int count,
        Instant lastTime,
        String source,
        String reference) {

    public static final String RULES_REPOSITORY = "rules-repository";
    public static final String AUDIT_LOG = "audit-log";

    static AuditTrailEntry of(AuditEvent e) {
        String asset = e.asset() == null ? "" : e.asset();
        int slash = asset.indexOf('/');
        return new AuditTrailEntry(
                e.time(),
                e.user(),
                e.action(),
                slash < 0 ? "" : asset.substring(0, slash),
                slash < 0 ? asset : asset.substring(slash + 1),
                e.revision(),
                e.outcome(),
                e.detail(),
                Map.of(),
                1,
                null,
                RULES_REPOSITORY,
                e.commitId());
    }

    static AuditTrailEntry of(AuditLogEntry e) {
        String detail = new TreeMap<>(e.details())
                .entrySet().stream().map(d -> d.getKey() + "=" + d.getValue()).collect(Collectors.joining(", "));
        if (e.count() > 1) {
            detail = (detail.isEmpty() ? "" : detail + "; ") + e.count() + " times until " + e.lastTime();
        }
        return new AuditTrailEntry(
                e.time(),
                e.actor(),
                e.action(),
                e.subjectType(),
                e.subjectId(),
                "",
                e.outcome(),
                detail,
                e.details(),
                e.count(),
                e.lastTime(),
                AUDIT_LOG,
                Long.toString(e.sequence()));
    }

    /** {@code type/id}, {@code id} or empty: how the views show the subject. */
    public String subject() {
        return subjectType.isEmpty() ? subjectId : subjectId.isEmpty() ? subjectType : subjectType + "/" + subjectId;
    }
}

package org.piu.targeting.workbench.audit;

import java.time.Instant;
import org.piu.targeting.repo.audit.AuditOutcome;

/**
 * Which audit entries to read: those with {@code from <= time < to} matching every filter given (null = any).
 *
 * @param user        the actor, exactly
 * @param action      the action, exactly (e.g. {@code sign-in}, {@code consultation}, {@code approve})
 * @param subjectType the kind of subject, exactly (e.g. {@code passenger}, {@code rules}, {@code endpoint})
 * @param subject     the subject: its id exactly, or {@code <type>/<id>} (e.g. {@code rules/R-1})
 * @param outcome     SUCCESS, REFUSED or CONFLICT
 * @param limit       at most this many entries (the oldest of them)
 */
public record AuditQuery(
        Instant from,
        Instant to,
        String user,
        String action,
        String subjectType,
        String subject,
        AuditOutcome outcome,
        int limit) {

    /** The most a query returns at once; exports read everything. */
    public static final int MAX_LIMIT = 10_000;

    public AuditQuery {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException(
                    "an audit query needs a period whose start is before its end, not " + from + " – " + to);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        user = blankToNull(user);
        action = blankToNull(action);
        subjectType = blankToNull(subjectType);
        subject = blankToNull(subject);
    }

    /** Everything of a period, up to the limit. */
    public static AuditQuery period(Instant from, Instant to, int limit) {
        return new AuditQuery(from, to, null, null, null, null, null, limit);
    }

    /** The same query without a limit short of the maximum (exports page through everything). */
    AuditQuery unlimited() {
        return new AuditQuery(from, to, user, action, subjectType, subject, outcome, MAX_LIMIT);
    }

    /** Whether an entry of the rules repository's trail (or the log) matches the filters (not the period). */
    boolean matches(
            String entryUser,
            String entryAction,
            String entrySubjectType,
            String entrySubjectId,
            AuditOutcome entryOutcome) {
        return (user == null || user.equals(entryUser))
                && (action == null || action.equals(entryAction))
                && (subjectType == null || subjectType.equals(entrySubjectType))
                && (subject == null
                        || subject.equals(entrySubjectId)
                        || subject.equals(entrySubjectType + "/" + entrySubjectId))
                && (outcome == null || outcome == entryOutcome);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

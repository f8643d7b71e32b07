package org.piu.targeting.workbench.audit;

import java.util.List;

/**
 * What {@link AuditLog#verify} found: whether the chain is intact and, if not, where it breaks.
 *
 * @param entriesChecked entries read
 * @param anchorsChecked anchors of the chain in the rules repository's anchor log compared with the entries
 * @param headSequence   the sequence number of the last entry read
 */
public record AuditLogVerification(
        boolean intact, long entriesChecked, int anchorsChecked, long headSequence, List<Problem> problems) {

    /** How the chain was broken. */
    public enum Kind {
        /** Entries are missing: a gap in the sequence numbers, or fewer entries than the head or an anchor records. */
        DELETED,
        /** An entry's content no longer matches its hash, or the next entry (or an anchor) recorded another hash. */
        ALTERED
    }

    /**
     * One break.
     *
     * @param sequence the first entry concerned
     * @param kind     deleted or altered
     * @param message  what was found, with the sequence numbers (and anchor-log line) involved
     */
    public record Problem(long sequence, Kind kind, String message) {}

    public AuditLogVerification {
        problems = List.copyOf(problems);
    }
}

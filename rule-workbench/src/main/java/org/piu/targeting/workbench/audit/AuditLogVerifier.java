package org.piu.targeting.workbench.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.piu.targeting.repo.integrity.ChainAnchor;
import org.piu.targeting.workbench.audit.AuditLogVerification.Kind;
import org.piu.targeting.workbench.audit.AuditLogVerification.Problem;

/**
 * Walks the audit log in sequence order and says where the chain breaks: a gap in the sequence numbers is a deletion;
 * an entry whose content no longer hashes to its hash was altered; an entry whose hash is intact but which the next
 * entry recorded with another hash was replaced (altered and re-hashed). The chain head must be where the entries
 * end, and every anchor kept in the rules repository must still find its entry with its hash: so deleting the newest
 * entries, or rewriting the whole chain from some entry on, is detected too as far as the last anchor.
 */
final class AuditLogVerifier {

    private final AuditLogStore store;

    AuditLogVerifier(AuditLogStore store) {
        this.store = store;
    }

    AuditLogVerification verify(List<ChainAnchor> anchors) {
        List<Problem> problems = new ArrayList<>();
        Set<Long> anchored = new HashSet<>();
        anchors.forEach(a -> anchored.add(a.sequence()));
        Map<Long, String> anchoredHashes = new HashMap<>();
        var walk = new Object() {
            long expected = 1;
            long read;
            String previousHash = AuditLogEntry.GENESIS;
        };
        store.scan(entry -> {
            walk.read++;
            long seq = entry.sequence();
            boolean gap = seq > walk.expected;
            if (gap) {
                problems.add(deleted(walk.expected, seq - 1, "before entry " + seq));
            }
            if (!entry.hashMatches()) {
                problems.add(new Problem(
                        seq, Kind.ALTERED, "entry " + seq + " was altered: its content no longer matches its hash"));
            } else if (!gap && !entry.previousHash().equals(walk.previousHash)) {
                problems.add(new Problem(
                        seq - 1,
                        Kind.ALTERED,
                        "entry " + (seq - 1) + " was altered or replaced: entry " + seq + " recorded its hash as "
                                + entry.previousHash() + ", it is now " + walk.previousHash));
            }
            if (anchored.contains(seq)) {
                anchoredHashes.put(seq, entry.hash());
            }
            walk.previousHash = entry.hash();
            walk.expected = seq + 1;
        });
        long last = walk.expected - 1;
        AuditLogStore.Head head = store.head();
        ChainAnchor newestAnchor = anchors.stream()
                .max((a, b) -> Long.compare(a.sequence(), b.sequence()))
                .orElse(null);
        if (newestAnchor != null && newestAnchor.sequence() > last && newestAnchor.sequence() >= head.sequence()) {
            problems.add(deleted(last + 1, newestAnchor.sequence(), "at the end" + where(newestAnchor)));
        } else if (head.sequence() > last) {
            problems.add(
                    deleted(last + 1, head.sequence(), "at the end: the chain head records entry " + head.sequence()));
        } else if (head.sequence() == last && last > 0 && !head.hash().equals(walk.previousHash)) {
            problems.add(new Problem(
                    last,
                    Kind.ALTERED,
                    "entry " + last + " was altered or replaced: the chain head records its hash as " + head.hash()));
        }
        for (ChainAnchor anchor : anchors) {
            String hash = anchoredHashes.get(anchor.sequence());
            if (hash != null && !hash.equals(anchor.hash())) {
                problems.add(new Problem(
                        anchor.sequence(),
                        Kind.ALTERED,
                        "entry " + anchor.sequence() + " does not have the hash anchored for it" + where(anchor)
                                + ": the chain was rewritten from there or before"));
            }
        }
        return new AuditLogVerification(problems.isEmpty(), walk.read, anchors.size(), last, problems);
    }

    private static String where(ChainAnchor anchor) {
        return " (anchored in the rules repository's anchor log, line " + anchor.anchorLine() + ", at " + anchor.time()
                + ")";
    }

    private static Problem deleted(long first, long last, String where) {
        String which = first == last ? "entry " + first + " is" : "entries " + first + " to " + last + " are";
        return new Problem(first, Kind.DELETED, which + " missing (deleted) " + where);
    }
}

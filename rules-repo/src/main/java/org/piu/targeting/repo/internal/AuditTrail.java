package org.piu.targeting.repo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.piu.targeting.repo.audit.AuditEvent;
import org.piu.targeting.repo.audit.AuditOutcome;
import org.piu.targeting.repo.lifecycle.LifecycleAction;

/**
 * Reads audit events out of the repository's branches: every commit on main and on the release branch is a
 * successful action; every commit on the audit ref carries its outcome (refusals, conflicts, exports).
 */
public final class AuditTrail {

    /** Walk this far past {@code from}: a clock stepped back (NTP) must not hide events. */
    private static final Duration CLOCK_SLACK = Duration.ofHours(1);

    private final GitStore store;

    public AuditTrail(GitStore store) {
        this.store = store;
    }

    /**
     * Every audited event with {@code from <= time < to}, oldest first: successful actions (from the main and
     * release branches) and refusals, conflicts, exports (from {@code refs/piu/audit}).
     */
    public List<AuditEvent> events(Instant from, Instant to) {
        Snapshot s = store.snapshot();
        List<AuditEvent> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(store.git())) {
            for (ObjectId head : Arrays.asList(s.main(), s.releasesHead())) {
                collect(walk, head, from, to, out, AuditOutcome.SUCCESS);
            }
            collect(walk, s.auditHead(), from, to, out, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit trail", e);
        }
        out.sort(Comparator.comparing(AuditEvent::time));
        return out;
    }

    private static void collect(
            RevWalk walk, ObjectId head, Instant from, Instant to, List<AuditEvent> out, AuditOutcome outcome)
            throws IOException {
        if (head == null) {
            return;
        }
        walk.reset();
        walk.markStart(walk.parseCommit(head));
        long stopBefore = from.minus(CLOCK_SLACK).getEpochSecond();
        for (RevCommit c : walk) {
            if (c.getCommitTime() < stopBefore) {
                break; // the branches are linear and written in time order
            }
            Instant time = c.getAuthorIdent().getWhenAsInstant();
            if (time.isBefore(from) || !time.isBefore(to)) {
                continue;
            }
            CommitMessage msg = CommitMessage.parse(c.getFullMessage());
            String action = Objects.toString(msg.trailer(CommitMessage.ACTION), "");
            String asset = Objects.toString(msg.trailer(CommitMessage.ASSET), "");
            boolean createsRevision = LifecycleAction.SAVE.trailerValue().equals(action)
                    || LifecycleAction.IMPORT.trailerValue().equals(action);
            String revision = msg.trailer(CommitMessage.RELEASE) != null
                    ? "release-" + msg.trailer(CommitMessage.RELEASE)
                    : Objects.toString(msg.trailer(CommitMessage.REVISION), createsRevision ? c.name() : "");
            AuditOutcome o = outcome != null
                    ? outcome
                    : AuditOutcome.valueOf(Objects.toString(msg.trailer(CommitMessage.OUTCOME), "SUCCESS"));
            out.add(new AuditEvent(
                    time, c.getAuthorIdent().getName(), action, asset, revision, o, msg.body(), c.name()));
        }
    }
}

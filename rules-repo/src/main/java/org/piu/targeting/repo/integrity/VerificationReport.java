package org.piu.targeting.repo.integrity;

import java.time.Instant;
import java.util.List;

/**
 * Result of {@code verify()}: {@code intact} is true when the anchor chain is unbroken, every anchored commit is
 * still reachable from its ref, every release tag points where it was created and every release's content hash
 * still matches its files.
 */
public record VerificationReport(
        boolean intact, Instant checkedAt, int anchorsChecked, int releasesChecked, List<Problem> problems) {

    /** Where the history breaks: the ref, the object it should contain and the anchor-log line that recorded it. */
    public record Problem(String ref, String objectId, int anchorLine, String message) {}

    public VerificationReport {
        problems = List.copyOf(problems);
    }
}

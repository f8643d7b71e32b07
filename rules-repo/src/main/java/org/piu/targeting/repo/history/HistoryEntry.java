package org.piu.targeting.repo.history;

import java.time.Instant;
import org.piu.targeting.repo.AssetStatus;
import org.piu.targeting.repo.lifecycle.LifecycleAction;

/**
 * One event in an asset's life, oldest first in {@code history()}.
 *
 * @param commitId      the commit that recorded the event (a release commit for PUBLISH/ROLLBACK)
 * @param revision      the content revision the event concerns
 * @param justification the justification or comment the user gave
 * @param status        the revision's status after the event
 * @param release       the release number for PUBLISH/ROLLBACK entries, 0 otherwise
 */
public record HistoryEntry(
        String commitId,
        String revision,
        String actor,
        Instant time,
        LifecycleAction action,
        String justification,
        AssetStatus status,
        int release) {}

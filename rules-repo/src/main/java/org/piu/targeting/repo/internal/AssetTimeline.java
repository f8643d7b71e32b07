package org.piu.targeting.repo.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The commits on main that concern one asset, oldest first, and its current content revision. This is what makes
 * one asset's history O(its own events) instead of a walk over the whole log.
 */
record AssetTimeline(List<ObjectId> events, ObjectId revision) {

    AssetTimeline {
        events = Collections.unmodifiableList(new ArrayList<>(events));
    }

    AssetTimeline append(ObjectId commit, boolean newRevision) {
        List<ObjectId> e = new ArrayList<>(events.size() + 1);
        e.addAll(events);
        e.add(commit);
        return new AssetTimeline(e, newRevision ? commit : revision);
    }
}
